import { errorMessage } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';

/** Restore, purge and purge-the-expired; each says what happened and refreshes the bin and the article lists. */
export function useRecycleBinActions() {
  const trpc = useTRPC();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  const onError = (error: unknown) => message.error(errorMessage(error, t));
  const done = (text: string) => {
    message.success(text);
    return refresh();
  };
  return {
    restore: useMutation(
      trpc.content.recycleBin.restore.mutationOptions({ onSuccess: () => done(t('recycleBin.restored')), onError }),
    ),
    purge: useMutation(
      trpc.content.recycleBin.purge.mutationOptions({ onSuccess: () => done(t('recycleBin.purged')), onError }),
    ),
    purgeExpired: useMutation(
      trpc.content.recycleBin.purgeExpired.mutationOptions({
        onSuccess: ({ purged }) => done(t('recycleBin.purgedExpired', { count: purged })),
        onError,
      }),
    ),
  };
}
