// What the shell provides to remotes as the shared `@tanstack/react-query`: the exports the apps and
// @strata/client import (federation-shared.test.ts keeps the list complete), so the shell's own build
// keeps only those.
export {
  keepPreviousData,
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useMutation,
  usePrefetchQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
