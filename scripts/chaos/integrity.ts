// The database's own consistency after a crash: SQLite's page-level check and its foreign keys, and on both
// providers the unit tree's invariants (packages/db's tree check). PostgreSQL enforces foreign keys itself
// and has no cheap page check without extensions, so its tree is what is checked there.
import { type Db, inconsistentUnits, type Provider } from '@strata/db';

export type IntegrityResult = {
  /** SQLite `PRAGMA integrity_check`: "ok", or its first complaints; null on PostgreSQL. */
  integrityCheck: string | null;
  /** Rows `PRAGMA foreign_key_check` names (SQLite); 0 on PostgreSQL, which refuses them at write time. */
  foreignKeyViolations: number;
  /** Units breaking the tree's invariants (path, depth, parent). */
  treeFaults: number;
};

export async function checkIntegrity(db: Db, provider: Provider): Promise<IntegrityResult> {
  let integrityCheck: string | null = null;
  let foreignKeyViolations = 0;
  if (provider === 'sqlite') {
    const rows = await db.$queryRawUnsafe<{ integrity_check: string }[]>('PRAGMA integrity_check');
    integrityCheck = rows
      .slice(0, 5)
      .map((r) => r.integrity_check)
      .join('; ');
    foreignKeyViolations = (await db.$queryRawUnsafe<unknown[]>('PRAGMA foreign_key_check')).length;
  }
  return { integrityCheck, foreignKeyViolations, treeFaults: (await inconsistentUnits(db)).length };
}

export const healthy = (r: IntegrityResult) =>
  (r.integrityCheck === null || r.integrityCheck === 'ok') && r.foreignKeyViolations === 0 && r.treeFaults === 0;
