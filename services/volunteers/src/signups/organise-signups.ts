// An organiser's side of sign-ups (volunteers.organise at the activity's unit; the list with volunteers.read): the list,
// approving or declining a pending sign-up, enrolling a volunteer by hand and removing a sign-up. Every change of places
// runs under the activity's lock, as a volunteer's own does. Each change is audited once, in the activity's unit.
import { type Actor, AppError, pageArgs, recordAudit, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import { activityInScope, volunteerInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { enterSignup } from './enter-signup';
import { freePlace, takePlace, waitlistPosition, waitlistPositions } from './places';
import { lockActivity } from './places.sql';
import { withdrawable } from './signup-rules';
import type { decideInput, enrolInput, removeInput, signupFilter, signupRow } from './signup-schemas';

const organise = 'volunteers.organise' as const;
const signupNotFound = () => new AppError('NOT_FOUND', volunteersMessage('signupNotFound'));

export async function listSignups(db: Db, scope: Scope, filter: z.output<typeof signupFilter>) {
  const activity = await activityInScope(db, scope, 'volunteers.read', filter.activityId);
  const owned = scope.ownedWhere('volunteers.read');
  const where = { activityId: activity.id, ...(filter.status ? { status: filter.status } : {}), ...owned };
  const [rows, total, positions] = await Promise.all([
    db.activitySignup.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...pageArgs(filter),
      select: {
        id: true,
        volunteerId: true,
        status: true,
        reason: true,
        createdAt: true,
        volunteer: { select: { name: true, unit: { select: { name: true } } } },
      },
    }),
    db.activitySignup.count({ where }),
    waitlistPositions(db, activity.id, owned),
  ]);
  return {
    items: rows.map(
      (r): z.output<typeof signupRow> => ({
        id: r.id,
        volunteerId: r.volunteerId,
        name: r.volunteer.name,
        unitName: r.volunteer.unit.name,
        status: r.status as z.output<typeof signupRow>['status'],
        position: positions.get(r.id) ?? null,
        reason: r.reason,
        createdAt: r.createdAt.toISOString(),
      }),
    ),
    total,
    totalIsBound: false,
  };
}

/** The sign-up in the caller's organise scope, read again after its activity is locked. */
async function lockedSignup(tx: Tx, scope: Scope, id: number) {
  const owned = scope.ownedWhere(organise);
  const found = await tx.activitySignup.findFirst({ where: { id, ...owned }, select: { activityId: true } });
  if (!found) throw signupNotFound();
  await lockActivity(tx, found.activityId);
  const signup = await tx.activitySignup.findFirst({
    where: { id, ...owned },
    include: {
      volunteer: { select: { name: true } },
      activity: { select: { id: true, unitId: true, title: true, status: true, startsAt: true, endsAt: true } },
    },
  });
  if (!signup) throw signupNotFound();
  return signup;
}

export async function decideSignup(tx: Tx, actor: Actor, input: z.output<typeof decideInput>) {
  const owned = actor.scope.ownedWhere(organise);
  const signup = await lockedSignup(tx, actor.scope, input.id);
  if (signup.status !== 'pending') throw new AppError('CONFLICT', volunteersMessage('signupNotPending'));
  const status: 'confirmed' | 'waitlisted' | 'declined' = input.approve
    ? await takePlace(tx, signup.activityId, owned)
    : 'declined';
  const row = await tx.activitySignup.update({
    where: { id: signup.id, ...owned },
    data: { status, reason: input.reason, decidedAt: actor.now },
  });
  const position = await waitlistPosition(tx, row, owned);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: signup.activity.unitId,
    action: 'signup.decide',
    entity: 'ActivitySignup',
    entityId: signup.id,
    label: `${signup.volunteer.name} · ${signup.activity.title}`,
    before: { status: 'pending' },
    after: { status, reason: input.reason, position },
  });
  return { id: signup.id, status, position };
}

export async function enrolVolunteer(tx: Tx, actor: Actor, input: z.output<typeof enrolInput>) {
  const owned = actor.scope.ownedWhere(organise);
  const found = await activityInScope(tx, actor.scope, organise, input.activityId);
  const volunteer = await volunteerInScope(tx, actor.scope, 'volunteers.read', input.volunteerId);
  await lockActivity(tx, found.id);
  const activity = await activityInScope(tx, actor.scope, organise, found.id);
  if (activity.status !== 'published' || activity.mode !== 'recruit' || actor.now >= activity.endsAt)
    throw new AppError('BAD_REQUEST', volunteersMessage('activityNotOpen'));
  if (volunteer.status !== 'active') throw new AppError('BAD_REQUEST', volunteersMessage('signupVolunteerInactive'));
  const entered = await enterSignup(tx, activity, volunteer.id, {
    approval: false,
    now: actor.now,
    owned,
    taken: 'alreadySignedUp',
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'signup.enrol',
    entity: 'ActivitySignup',
    entityId: entered.id,
    label: `${volunteer.name} · ${activity.title}`,
    after: { activityId: activity.id, volunteerId: volunteer.id, status: entered.status, position: entered.position },
  });
  return entered;
}

export async function removeSignup(tx: Tx, actor: Actor, input: z.output<typeof removeInput>) {
  const owned = actor.scope.ownedWhere(organise);
  const signup = await lockedSignup(tx, actor.scope, input.id);
  if (!withdrawable(signup.status)) throw new AppError('CONFLICT', volunteersMessage('signupNotLive'));
  await tx.activitySignup.update({
    where: { id: signup.id, ...owned },
    data: { status: 'declined', reason: input.reason, decidedAt: actor.now },
  });
  const promotedId = signup.status === 'confirmed' ? await freePlace(tx, signup.activityId, owned, actor.now) : null;
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: signup.activity.unitId,
    action: 'signup.remove',
    entity: 'ActivitySignup',
    entityId: signup.id,
    label: `${signup.volunteer.name} · ${signup.activity.title}`,
    before: { status: signup.status },
    after: { status: 'declined', reason: input.reason, promotedId },
  });
  return { id: signup.id, promotedId };
}
