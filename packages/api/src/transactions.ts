// The one way a procedure runs its transaction. Concurrent writers on PostgreSQL can lose a deadlock or a
// serialisation check, and a burst of them can outlast the wait for a connection; those failures say
// nothing about the request, so the whole transaction runs again a few times before the caller hears of it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, Tx } from '@strata/db';
import { AppError } from './errors';

/**
 * maxWait bounds the wait for a pool connection and BEGIN: at Prisma's 2 s default a queue of 100 moves
 * ended in "unable to start a transaction". timeout bounds the work itself, lock waits included. Both are
 * well above a burst's drain time (100 moves: ~2 s) and well below a client's patience.
 */
export const transactionOptions = { maxWait: 5_000, timeout: 10_000 } as const;
export const transactionAttempts = 4;

type Failure = 'conflict' | 'busy';

/** Deadlock or serialisation failure (data contention), or no transaction to be had in time (saturation). */
export function retryableFailure(error: unknown): Failure | undefined {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  const cause = (meta?.driverAdapterError?.cause ?? {}) as { originalCode?: unknown; kind?: unknown };
  const original = String(cause.originalCode ?? '');
  // P2034 is Prisma's name for 40001/40P01 in model queries; raw queries report the driver's code (P2010).
  if (code === 'P2034' || original === '40001' || original === '40P01' || cause.kind === 'TransactionWriteConflict')
    return 'conflict';
  // P2028: no connection or BEGIN within maxWait, or the transaction expired; SQLITE_BUSY: another process writes.
  if (code === 'P2028' || original.startsWith('SQLITE_BUSY')) return 'busy';
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Effects that wait for the running transaction to end (see afterTransaction). */
const ending = new AsyncLocalStorage<(() => void)[]>();

/**
 * Runs `effect` once the current runTransaction has ended, committed or not, or at once outside one. For what
 * lives beside the database and must follow it (forgetting cached sessions): done inside the transaction, a
 * concurrent reader could still load the old rows, and cache them, before the commit.
 */
export function afterTransaction(effect: () => void) {
  const effects = ending.getStore();
  if (effects) effects.push(effect);
  else effect();
}

/**
 * Runs `work` in an interactive transaction, again after a short random pause when it fails for
 * contention, at most `transactionAttempts` times. `work` must therefore do nothing outside the database
 * (but through afterTransaction). Still failing: 409 CONFLICT when the data kept changing, 503
 * SERVICE_UNAVAILABLE when the database had no room: the first is about the rows the user touched, the second
 * about the server; both say "try again".
 */
export async function runTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const effects: (() => void)[] = [];
  try {
    return await ending.run(effects, () => attempts(db, work));
  } finally {
    for (const effect of effects) effect();
  }
}

async function attempts<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, transactionOptions);
    } catch (error) {
      const failure = retryableFailure(error);
      if (!failure) throw error;
      if (attempt >= transactionAttempts)
        throw new AppError(failure === 'conflict' ? 'CONFLICT' : 'SERVICE_UNAVAILABLE', 'busyRetry');
      // Full jitter: writers that collided once do not collide again in lockstep.
      await sleep(Math.random() * 25 * 2 ** attempt);
    }
  }
}
