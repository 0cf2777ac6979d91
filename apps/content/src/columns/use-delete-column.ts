import { errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

/** Deletes an empty column; the server's refusal of one holding articles is shown as it says it. */
export function useDeleteColumn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  return useMutation(
    trpc.content.columns.delete.mutationOptions({
      onSuccess: () => {
        message.success(t('columns.deleted'));
        return queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() });
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
}
