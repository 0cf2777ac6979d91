import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './trpc-error';

type Props = { error: unknown; onRetry?: () => void };

/** An inline error for a failed query, with an optional retry. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      title={t('common:loadFailed')}
      description={errorMessage(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry} data-neutral>
            {t('common:retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
