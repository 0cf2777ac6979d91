// An import as each of its steps finds it: through the caller's scope (members.edit at the import's unit; an import
// elsewhere is refused exactly as a missing one), locked against its other steps, and still staging. Its audit entries
// share one label, the unit and the rows of the file, in the caller's language.
import { AppError, type Context, conflict, type Scope, type SystemOperations } from '@strata/api';
import type { Tx } from '@strata/db';
import { membersMessage } from '../locales';
import { lockImport } from './member-import.sql';

/** Who acts: the caller's scope, cross-scope operations and account, the request's clock read once, and its words. */
export type Importer = { scope: Scope; system: SystemOperations; actorId: number; now: Date; t: Context['t'] };

export const importerOf = (ctx: {
  scope: Scope;
  system: SystemOperations;
  session: { user: { id: number } };
  now: () => Date;
  t: Context['t'];
}): Importer => ({ scope: ctx.scope, system: ctx.system, actorId: ctx.session.user.id, now: ctx.now(), t: ctx.t });

export const importNotFound = () => new AppError('NOT_FOUND', membersMessage('importNotFound'));

/** The import, locked against its other steps, at a unit where the caller holds members.edit. */
export async function lockedImport(tx: Tx, scope: Scope, id: number) {
  await lockImport(tx, id);
  const found = await tx.memberImport.findFirst({
    where: { id, ...scope.ownedWhere('members.edit') },
    select: {
      id: true,
      state: true,
      total: true,
      staged: true,
      refused: true,
      unit: { select: { id: true, name: true, path: true } },
    },
  });
  if (!found) throw importNotFound();
  return found;
}

/** Refused: the import was committed or discarded. */
export const importEnded = () => conflict(membersMessage('importNotStaging'));

/** The import, locked, at a unit where the caller holds members.edit, and still taking rows. */
export async function stagingImport(tx: Tx, scope: Scope, id: number) {
  const found = await lockedImport(tx, scope, id);
  if (found.state !== 'staging') throw importEnded();
  return found;
}

/** The label of an import's audit entries: its unit and the rows of its file. */
export const importLabel = (t: Importer['t'], unit: { name: string }, count: number) =>
  t(`errors:${membersMessage('importLabel')}`, { unit: unit.name, count });
