import { errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

/** After a document changes: its list, its categories and its details, wherever they are shown. */
export function useRefreshDocuments() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.content.documents.pathKey() });
}

/** Deleting a document (confirmed before it is called): says so, and refreshes what showed it. */
export function useRemoveDocument(onRemoved?: () => void) {
  const trpc = useTRPC();
  const refresh = useRefreshDocuments();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  return useMutation(
    trpc.content.documents.remove.mutationOptions({
      onSuccess: async () => {
        message.success(t('documents.deleted'));
        onRemoved?.();
        await refresh();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
}
