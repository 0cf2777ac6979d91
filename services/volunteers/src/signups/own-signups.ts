// A volunteer's own sign-ups, across scopes (no grant: their account's profile): signing up for a published recruitment
// activity before its deadline with the skills it requires, withdrawing before the start (a confirmed place goes to the
// first waitlisted), and their list. Each change is audited in the activity's unit.
import { AppError, recordAudit, runTransaction } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { ownVolunteer } from '../common/own-volunteer';
import { volunteersMessage } from '../locales';
import { enterSignup } from './enter-signup';
import { freePlace, waitlistPositions } from './places';
import { lockActivity } from './places.sql';
import { missingSkills, signupRefusal, skillsOf, withdrawable } from './signup-rules';

const activityNotFound = () => new AppError('NOT_FOUND', volunteersMessage('activityNotFound'));

/** A published activity as a volunteer reaches it (drafts, cancelled and closed ones are not found). */
async function publishedActivity(db: Db | Tx, id: number) {
  const activity = await db.activity.findUnique({ where: { id } });
  if (activity?.status !== 'published') throw activityNotFound();
  return activity;
}

export async function signUp(db: Db, accountId: number, activityId: number, now: Date) {
  return runTransaction(db, async (tx) => {
    const volunteer = await ownVolunteer(tx, accountId);
    if (volunteer.status !== 'active') throw new AppError('FORBIDDEN', volunteersMessage('signupVolunteerInactive'));
    await lockActivity(tx, activityId);
    const activity = await publishedActivity(tx, activityId);
    const held = skillsOf(volunteer.skills);
    switch (signupRefusal(activity, held, now)) {
      case 'notRecruiting':
        throw new AppError('BAD_REQUEST', volunteersMessage('signupNotRecruiting'));
      case 'signupClosed':
        throw new AppError('BAD_REQUEST', volunteersMessage('signupClosed'));
      case 'skillsMissing': {
        const count = missingSkills(skillsOf(activity.requiredSkills), held).length;
        throw new AppError('BAD_REQUEST', volunteersMessage('skillsMissing'), { count });
      }
    }
    const entered = await enterSignup(tx, activity, volunteer.id, {
      approval: activity.approval,
      now,
      owned: {},
      taken: 'alreadySignedUp',
    });
    await recordAudit(tx, {
      actorId: accountId,
      unitId: activity.unitId,
      action: 'signup.create',
      entity: 'ActivitySignup',
      entityId: entered.id,
      label: `${volunteer.name} · ${activity.title}`,
      after: { activityId: activity.id, volunteerId: volunteer.id, status: entered.status, position: entered.position },
    });
    return entered;
  });
}

export async function withdraw(db: Db, accountId: number, activityId: number, now: Date) {
  return runTransaction(db, async (tx) => {
    const volunteer = await ownVolunteer(tx, accountId);
    await lockActivity(tx, activityId);
    const signup = await tx.activitySignup.findUnique({
      where: { activityId_volunteerId: { activityId, volunteerId: volunteer.id } },
      include: { activity: { select: { id: true, unitId: true, title: true, startsAt: true, status: true } } },
    });
    if (signup?.activity.status !== 'published' || !withdrawable(signup.status))
      throw new AppError('NOT_FOUND', volunteersMessage('signupNotFound'));
    if (now.getTime() >= signup.activity.startsAt.getTime())
      throw new AppError('BAD_REQUEST', volunteersMessage('withdrawTooLate'));
    await tx.activitySignup.update({ where: { id: signup.id }, data: { status: 'withdrawn', decidedAt: now } });
    const promotedId = signup.status === 'confirmed' ? await freePlace(tx, activityId, {}, now) : null;
    await recordAudit(tx, {
      actorId: accountId,
      unitId: signup.activity.unitId,
      action: 'signup.withdraw',
      entity: 'ActivitySignup',
      entityId: signup.id,
      label: `${volunteer.name} · ${signup.activity.title}`,
      before: { status: signup.status },
      after: { status: 'withdrawn', promotedId },
    });
    return { id: signup.id, promotedId };
  });
}

/** At most this many of one's own sign-ups are listed (upcoming first, then the most recent past). */
const mineLimit = 200;

export async function mySignups(db: Db, accountId: number, now: Date) {
  const volunteer = await ownVolunteer(db, accountId);
  const select = {
    id: true,
    activityId: true,
    status: true,
    createdAt: true,
    activity: {
      select: {
        title: true,
        place: true,
        startsAt: true,
        endsAt: true,
        status: true,
        unit: { select: { name: true } },
      },
    },
  } as const;
  const [upcoming, past] = await Promise.all([
    db.activitySignup.findMany({
      where: { volunteerId: volunteer.id, activity: { endsAt: { gt: now } } },
      orderBy: [{ activity: { startsAt: 'asc' } }, { id: 'asc' }],
      take: mineLimit,
      select,
    }),
    db.activitySignup.findMany({
      where: { volunteerId: volunteer.id, activity: { endsAt: { lte: now } } },
      orderBy: [{ activity: { startsAt: 'desc' } }, { id: 'desc' }],
      take: mineLimit,
      select,
    }),
  ]);
  const rows = [...upcoming, ...past].slice(0, mineLimit);
  const waiting = [...new Set(rows.filter((r) => r.status === 'waitlisted').map((r) => r.activityId))];
  const positions = new Map<number, Map<number, number>>();
  for (const activityId of waiting) positions.set(activityId, await waitlistPositions(db, activityId, {}));
  return rows.map((r) => ({
    id: r.id,
    activityId: r.activityId,
    title: r.activity.title,
    unitName: r.activity.unit.name,
    place: r.activity.place,
    startsAt: r.activity.startsAt.toISOString(),
    endsAt: r.activity.endsAt.toISOString(),
    activityStatus: r.activity.status,
    status: r.status as 'pending',
    position: positions.get(r.activityId)?.get(r.id) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
