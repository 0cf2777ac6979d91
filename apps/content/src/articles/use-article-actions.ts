import { recycleBinDays } from '@strata/contract';
import { errorMessage } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';

/** Withdrawing and deleting an article; each says what happened and refreshes what may show it. */
export function useArticleActions(onDeleted?: () => void) {
  const trpc = useTRPC();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  const onError = (error: unknown) => message.error(errorMessage(error, t));
  const withdraw = useMutation(
    trpc.content.articles.withdraw.mutationOptions({
      onSuccess: () => {
        message.success(t('articles.actions.withdrawn'));
        return refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.content.articles.delete.mutationOptions({
      onSuccess: ({ deletion }) => {
        message.success(
          deletion === 'recycleBin' ? t('articles.actions.movedToBin', { days: recycleBinDays }) : t('common.deleted'),
        );
        onDeleted?.();
        return refresh();
      },
      onError,
    }),
  );
  return { withdraw, remove };
}
