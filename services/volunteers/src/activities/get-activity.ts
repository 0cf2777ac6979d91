// One activity as an organiser reads it (volunteers.read at its unit): its fields, team, required skills, the live
// sign-ups by status, how many checked in, and the page where volunteers sign up.
import { type Scope, toIso } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { activityInScope } from '../common/in-scope';
import { skillsOf } from '../signups/signup-rules';
import { signupLinkOf } from './activity-rules';
import type { activityDetail } from './activity-schemas';
import { signupCounts } from './signup-counts';

type Detail = z.output<typeof activityDetail>;

export async function getActivity(db: Db, scope: Scope, id: number): Promise<Detail> {
  const found = await activityInScope(db, scope, 'volunteers.read', id);
  const owned = scope.ownedWhere('volunteers.read');
  const [unit, team, counts, checkedIn] = await Promise.all([
    db.unit.findFirstOrThrow({
      where: { id: found.unitId, ...scope.unitWhere('volunteers.read') },
      select: { name: true },
    }),
    found.teamId === null
      ? null
      : db.volunteerTeam.findFirst({ where: { id: found.teamId, ...owned }, select: { name: true } }),
    signupCounts(db, [found.id], owned),
    db.activityAttendance.count({ where: { activityId: found.id, ...owned } }),
  ]);
  const c = counts(found.id);
  return {
    id: found.id,
    unitId: found.unitId,
    unitName: unit.name,
    teamId: found.teamId,
    teamName: team?.name ?? null,
    title: found.title,
    description: found.description,
    place: found.place,
    lng: found.lng,
    lat: found.lat,
    startsAt: toIso(found.startsAt),
    endsAt: toIso(found.endsAt),
    signupDeadline: toIso(found.signupDeadline),
    mode: found.mode as Detail['mode'],
    approval: found.approval,
    capacity: found.capacity,
    placesLeft: found.placesLeft,
    requiredSkills: skillsOf(found.requiredSkills),
    attendancePercent: found.attendancePercent,
    status: found.status as Detail['status'],
    publishedAt: toIso(found.publishedAt),
    closedAt: toIso(found.closedAt),
    counts: { pending: c.pending, confirmed: c.confirmed, waitlisted: c.waitlisted, checkedIn },
    signupLink: signupLinkOf(found.id),
  };
}
