import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { name: string; title: string; onRetry: () => void };

/** Shown in place of a remote that could not be loaded; the rest of the shell keeps working. */
export function RemoteUnavailable({ name, title, onRetry }: Props) {
  const { t } = useTranslation('shell');
  return (
    <ResultScreen
      status="warning"
      data-testid="remote-unavailable"
      data-remote={name}
      title={t('remote.unavailableTitle', { name: title })}
      subTitle={t('remote.unavailableHint')}
      extra={
        <Button type="primary" onClick={onRetry} data-testid="remote-retry">
          {t('common:retry')}
        </Button>
      }
    />
  );
}
