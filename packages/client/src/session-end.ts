// A session can end under the console's feet (revoked, expired, the account disabled): then every call
// answers UNAUTHORIZED, from the shell or from any remote. All of them go through the one query client,
// whose caches report it here; the shell listens and returns to sign-in.
import { TRPCClientError } from '@trpc/client';

type Listener = () => void;
let listener: Listener | undefined;

const isUnauthorized = (error: unknown) => error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';

/** The shell's hook: called on any UNAUTHORIZED answer. Returns the unsubscribe. */
export function onUnauthorized(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = undefined;
  };
}

/** What the query and mutation caches call for every failure. */
export function reportFailure(error: unknown): void {
  if (isUnauthorized(error)) listener?.();
}
