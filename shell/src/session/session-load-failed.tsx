import { errorMessage, ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The session could not be read: what went wrong, and a retry. */
export default function SessionLoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ResultScreen
      status="error"
      title={t('common:loadFailed')}
      subTitle={errorMessage(error, t)}
      extra={<Button onClick={onRetry}>{t('common:retry')}</Button>}
    />
  );
}
