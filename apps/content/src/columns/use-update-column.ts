import { errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

/** Rename, hide/show, reorder or re-cadence a column; the columns list refreshes after. */
export function useUpdateColumn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  return useMutation(
    trpc.content.columns.update.mutationOptions({
      onSuccess: (column, input) => {
        const done =
          input.hidden === undefined ? 'columns.updated' : column.hidden ? 'columns.hiddenNow' : 'columns.shown';
        message.success(t(done));
        return queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() });
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
}
