import { useTRPC } from '@strata/client';
import { useQueryClient } from '@tanstack/react-query';

/** After a user or grant change: every users list (and the unit user counts) refetch. */
export function useInvalidateUsers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.identity.users.pathFilter()),
      queryClient.invalidateQueries(trpc.identity.units.get.pathFilter()),
    ]);
}
