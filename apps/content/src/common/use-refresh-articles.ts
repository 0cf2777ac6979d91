import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc';

/** After an article changes state (withdrawn, deleted, restored, purged): every list and count that may show it. */
export function useRefreshArticles() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        trpc.content.articles.list.queryKey(),
        trpc.content.articles.get.queryKey(),
        trpc.content.articles.countByStatus.queryKey(),
        trpc.content.columns.list.queryKey(),
        trpc.content.recycleBin.list.queryKey(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}
