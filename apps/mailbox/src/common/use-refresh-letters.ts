import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc';

/** After a step: every letters query (the queue, its counts, the letter itself) is read again. */
export function useRefreshLetters() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.mailbox.letters.pathKey() });
}
