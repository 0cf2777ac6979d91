// A unit's teams: made, changed and archived by a caller who manages volunteers there. A name is the unit's once
// (`volunteers.teamNameTaken` on the name); an archived team is kept (its members and activities stay on record) but
// no longer changes or takes members.
import { AppError, assertActiveUnit, fieldError, naturalKey, recordAudit, type Scope, unitInScope } from '@strata/api';
import { isUniqueViolation, type Tx } from '@strata/db';
import { teamInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { changedKeys, keysFrom } from '../people/volunteer-rules';
import type { NewTeam, TeamChanges } from './teams-schemas';

type Writer = { scope: Scope; actorId: number };

const nameTaken = () => fieldError('name', volunteersMessage('teamNameTaken'));

/** Whether another team of the unit has the name (the unique index stops one racing this check). */
async function nameInUse(tx: Tx, scope: Scope, unitId: number, name: string, exceptId?: number) {
  const other = await tx.volunteerTeam.findFirst({
    where: { unitId, name, ...(exceptId ? { id: { not: exceptId } } : {}), ...scope.ownedWhere('volunteers.manage') },
    select: { id: true },
  });
  return other !== null;
}

/** Runs a write that may meet the (unitId, name) unique index, answering it as the name taken. */
async function namedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function createTeam(tx: Tx, { scope, actorId }: Writer, input: NewTeam) {
  const unit = await unitInScope(tx, scope, 'volunteers.manage', input.unitId);
  assertActiveUnit(unit, 'unitId');
  if (await nameInUse(tx, scope, unit.id, input.name)) throw nameTaken();
  const facts = { unitId: unit.id, name: input.name, description: input.description, skills: input.skills };
  const team = await namedWrite(() =>
    tx.volunteerTeam.create({
      data: { ...facts, nameKey: naturalKey(input.name), skills: JSON.stringify(input.skills) },
      select: { id: true },
    }),
  );
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'team.create',
    entity: 'VolunteerTeam',
    entityId: team.id,
    label: input.name,
    after: facts,
  });
  return { id: team.id };
}

const detailFields = ['name', 'description', 'skills'] as const;

export async function updateTeam(tx: Tx, { scope, actorId }: Writer, input: TeamChanges) {
  const team = await teamInScope(tx, scope, 'volunteers.manage', input.id);
  if (team.status === 'archived') throw new AppError('BAD_REQUEST', volunteersMessage('teamArchived'));
  const was = { name: team.name, description: team.description, skills: keysFrom(team.skills) };
  const next = { name: input.name, description: input.description, skills: input.skills };
  const changed = changedKeys(was, next, detailFields);
  if (!changed.length) return { id: team.id };
  if (changed.includes('name') && (await nameInUse(tx, scope, team.unitId, next.name, team.id))) throw nameTaken();
  await namedWrite(() =>
    tx.volunteerTeam.updateMany({
      where: { id: team.id, ...scope.ownedWhere('volunteers.manage') },
      data: { ...next, nameKey: naturalKey(next.name), skills: JSON.stringify(next.skills) },
    }),
  );
  await recordAudit(tx, {
    actorId,
    unitId: team.unitId,
    action: 'team.update',
    entity: 'VolunteerTeam',
    entityId: team.id,
    label: next.name,
    before: Object.fromEntries(changed.map((k) => [k, was[k]])),
    after: Object.fromEntries(changed.map((k) => [k, next[k]])),
  });
  return { id: team.id };
}

export async function archiveTeam(tx: Tx, { scope, actorId }: Writer, id: number) {
  const team = await teamInScope(tx, scope, 'volunteers.manage', id);
  const { count } = await tx.volunteerTeam.updateMany({
    where: { id: team.id, status: 'active', ...scope.ownedWhere('volunteers.manage') },
    data: { status: 'archived' },
  });
  if (count !== 1) throw new AppError('BAD_REQUEST', volunteersMessage('teamArchived'));
  await recordAudit(tx, {
    actorId,
    unitId: team.unitId,
    action: 'team.archive',
    entity: 'VolunteerTeam',
    entityId: team.id,
    label: team.name,
    before: { status: 'active' },
    after: { status: 'archived' },
  });
  return { id: team.id };
}
