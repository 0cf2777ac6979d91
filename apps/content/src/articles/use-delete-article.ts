import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

/** Deletes an article and refreshes every list and column count that may show it. */
export function useDeleteArticle(onDeleted?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  return useMutation(
    trpc.content.articles.delete.mutationOptions({
      onSuccess: async () => {
        message.success(t('common.deleted'));
        onDeleted?.();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.content.articles.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() }),
        ]);
      },
      onError: (error) => message.error(error.message),
    }),
  );
}
