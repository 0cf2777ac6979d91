import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { name: string; title: string; onRetry: () => void; incompatible?: string[] };

/**
 * Shown in place of a remote that could not be loaded, or whose build needs shared versions the console does not
 * provide (`incompatible`: then why, and no retry, which could not help); the rest of the shell keeps working.
 */
export function RemoteUnavailable({ name, title, onRetry, incompatible }: Props) {
  const { t } = useTranslation('shell');
  return (
    <ResultScreen
      status="warning"
      data-testid="remote-unavailable"
      data-remote={name}
      title={t('remote.unavailableTitle', { name: title })}
      subTitle={
        incompatible ? t('remote.incompatible', { needs: incompatible.join(', ') }) : t('remote.unavailableHint')
      }
      extra={
        !incompatible && (
          <Button type="primary" onClick={onRetry} data-testid="remote-retry">
            {t('common:retry')}
          </Button>
        )
      }
    />
  );
}
