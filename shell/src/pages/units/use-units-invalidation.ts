import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

/** After any unit change: the tree (also the header switcher's) and every unit detail refetch. */
export function useInvalidateUnits() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.identity.units.pathFilter());
}
