import type { Db } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { retryableFailure, runTransaction, transactionAttempts } from './transactions';

// Error shapes as Prisma's driver adapters produce them (seen on PostgreSQL 15 and better-sqlite3).
const adapterError = (code: string, originalCode: string, kind: string) =>
  Object.assign(new Error(originalCode), { code, meta: { driverAdapterError: { cause: { originalCode, kind } } } });
const deadlockInRaw = adapterError('P2010', '40P01', 'TransactionWriteConflict');
const serialisation = adapterError('P2034', '40001', 'TransactionWriteConflict');
const sqliteBusy = adapterError('P1008', 'SQLITE_BUSY', 'SocketTimeout');
const noTransaction = Object.assign(new Error('Unable to start a transaction in the given time.'), { code: 'P2028' });

/** A Db whose transactions fail with the given errors, in turn, then succeed. */
function failingDb(errors: unknown[]) {
  let calls = 0;
  const db = {
    $transaction: async (work: (tx: unknown) => Promise<unknown>) => {
      const error = errors[calls++];
      if (error) throw error;
      return work({});
    },
  };
  return { db: db as unknown as Db, calls: () => calls };
}

describe('runTransaction', () => {
  it('classifies contention and saturation, and nothing else', () => {
    expect([deadlockInRaw, serialisation].map(retryableFailure)).toEqual(['conflict', 'conflict']);
    expect([noTransaction, sqliteBusy].map(retryableFailure)).toEqual(['busy', 'busy']);
    const unique = adapterError('P2002', '23505', 'UniqueConstraintViolation');
    expect([unique, new AppError('BAD_REQUEST', 'unitCycle'), new Error('x'), undefined].map(retryableFailure)).toEqual(
      [undefined, undefined, undefined, undefined],
    );
  });

  it('runs the work again after a deadlock and answers its result', async () => {
    const { db, calls } = failingDb([deadlockInRaw, serialisation]);
    await expect(runTransaction(db, async () => 'done')).resolves.toBe('done');
    expect(calls()).toBe(3);
  });

  it('gives up after a bounded number of attempts with a 409 for contention, a 503 for saturation', async () => {
    const conflicts = failingDb(Array(transactionAttempts).fill(deadlockInRaw));
    await expect(runTransaction(conflicts.db, async () => 'done')).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'busyRetry',
    });
    expect(conflicts.calls()).toBe(transactionAttempts);
    const busy = failingDb(Array(transactionAttempts).fill(noTransaction));
    await expect(runTransaction(busy.db, async () => 'done')).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      key: 'busyRetry',
    });
  });

  it('passes any other error through at once', async () => {
    const { db, calls } = failingDb([new AppError('BAD_REQUEST', 'unitCycle')]);
    await expect(runTransaction(db, async () => 'done')).rejects.toMatchObject({ key: 'unitCycle' });
    expect(calls()).toBe(1);
  });
});
