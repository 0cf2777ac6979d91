import { errorMessage } from '@strata/ui';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc';

/** After any unit change: the tree (also the header switcher's) and every unit detail refetch. */
export function useInvalidateUnits() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.identity.units.pathFilter());
}

/** A one-click change to the tree (archive, restore), confirmed beforehand: says how it went, then refetches. */
export function useTreeChangeFeedback(doneKey: 'units.archivedDone' | 'units.restored') {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const invalidate = useInvalidateUnits();
  return {
    onSuccess: async () => {
      message.success(t(doneKey));
      await invalidate();
    },
    onError: (error: unknown) => message.error(errorMessage(error, t)),
  };
}
