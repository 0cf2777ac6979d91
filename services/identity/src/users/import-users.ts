// Opening many accounts from a spreadsheet, all or nothing: every row is checked first (its unit must be an
// active unit in the subtree of the unit the import is made at, within the caller's scope), and either all
// are created in one transaction with one audit entry, or none is and the answer lists each row's problems.
import {
  assertActiveUnit,
  type CheckedUnit,
  recordAudit,
  type Scope,
  type SystemOperations,
  unitInScope,
} from '@strata/api';
import { nameKey } from '@strata/contract';
import type { Db, Tx } from '@strata/db';
import type { ImportRow, ImportRowError } from './import-schemas';
import { displayName, newPassword, username } from './user-schemas';

export type ImportAccount = { username: string; displayName: string; unitId: number; password: string };
type Checked = { unit: CheckedUnit; errors: ImportRowError[]; accounts: ImportAccount[] };
type CheckImport = { scope: Scope; system: SystemOperations; unitId: number; rows: readonly ImportRow[] };

/** Each row checked as `users.create` would check it, plus duplicates within the file. */
export async function checkImport(db: Db | Tx, { scope, system, unitId, rows }: CheckImport): Promise<Checked> {
  const unit = await unitInScope(db, scope, 'user.manage', unitId);
  assertActiveUnit(unit, 'unitId');
  const units = await db.unit.findMany({
    where: { ...scope.unitWhere('user.manage', unit.path), archivedAt: null },
    select: { id: true, name: true },
  });
  const unitsByName = new Map<string, { id: number }[]>();
  for (const u of units) unitsByName.set(nameKey(u.name), [...(unitsByName.get(nameKey(u.name)) ?? []), u]);
  const names = rows.map((row) => username.safeParse(row.username));
  const taken = await system.accounts.takenUsernames(names.flatMap((n) => (n.success ? [n.data] : [])));
  const seen = new Set<string>();
  const errors: ImportRowError[] = [];
  const accounts: ImportAccount[] = [];
  rows.forEach((row, index) => {
    const at = index + 1;
    const problems = errors.length;
    const name = names[index];
    if (!name?.success) errors.push({ row: at, field: 'username', problem: 'usernameInvalid' });
    else if (seen.has(name.data)) errors.push({ row: at, field: 'username', problem: 'usernameDuplicate' });
    else if (taken.has(name.data)) errors.push({ row: at, field: 'username', problem: 'usernameTaken' });
    if (name?.success) seen.add(name.data);
    const shown = displayName.safeParse(row.displayName);
    if (!shown.success) errors.push({ row: at, field: 'displayName', problem: 'displayNameInvalid' });
    const matches = unitsByName.get(nameKey(row.unit)) ?? [];
    if (matches.length !== 1)
      errors.push({ row: at, field: 'unit', problem: matches.length ? 'unitAmbiguous' : 'unitUnknown' });
    if (!newPassword.safeParse(row.password).success)
      errors.push({ row: at, field: 'password', problem: 'passwordWeak' });
    if (errors.length === problems && name?.success && shown.success && matches[0])
      accounts.push({ username: name.data, displayName: shown.data, unitId: matches[0].id, password: row.password });
  });
  return { unit, errors, accounts: errors.length ? [] : accounts };
}

type ImportUsers = CheckImport & { actorId: number; passwordHashes: ReadonlyMap<string, string> };

/** Checks again inside the transaction (the file may have gone stale since), then creates every account. */
export async function importUsers(tx: Tx, { actorId, passwordHashes, ...check }: ImportUsers) {
  const { unit, errors, accounts } = await checkImport(tx, check);
  if (errors.length) return { imported: 0, errors };
  const created = [];
  for (const account of accounts) {
    const passwordHash = passwordHashes.get(account.password);
    if (!passwordHash) throw new Error(`no hash for the password of ${account.username}`);
    // One at a time: the guard checks each create's unit, and a failure rolls back every one before it.
    created.push(
      await tx.user.create({
        data: {
          username: account.username,
          displayName: account.displayName,
          unitId: account.unitId,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true, username: true },
      }),
    );
  }
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'user.import',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    after: { imported: created.length, usernames: created.map((u) => u.username) },
  });
  return { imported: created.length, errors: [] };
}
