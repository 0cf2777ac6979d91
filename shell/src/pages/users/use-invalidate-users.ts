import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

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
