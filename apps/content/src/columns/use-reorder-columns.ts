import { errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

/** Saves a new order of the unit's columns in one request; the list refreshes after. */
export function useReorderColumns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('content');
  return useMutation(
    trpc.content.columns.reorder.mutationOptions({
      onSuccess: (columns, input) => {
        message.success(t('columns.reordered'));
        queryClient.setQueryData(trpc.content.columns.list.queryKey({ unitId: input.unitId }), columns);
        return queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() });
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
}

/** The ids with the one at `index` swapped with its neighbour in `direction`. */
export function moved(ids: readonly number[], index: number, direction: -1 | 1): number[] {
  const target = index + direction;
  if (target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as number, next[index] as number];
  return next;
}
