// Volunteers, teams, activities and hour entries for tests, written straight with the raw client (as the demo or
// the large fixture would leave them). Each volunteer has an ID number of its own that passes the check.
import '../../../../tests/support/test-keys';
import { naturalKey } from '@strata/api';
import { dayNumber, dayText } from '@strata/i18n/days';
import { idNumberFor } from '@strata/personal-data';
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { volunteerPii } from '../../src/common/personal-data';

let made = 0;

export type VolunteerOptions = {
  name?: string;
  gender?: 'male' | 'female';
  idNumber?: string;
  phone?: string;
  address?: string;
  memberId?: number | null;
  accountId?: number | null;
  skills?: string[];
  status?: 'active' | 'inactive';
};

/** A valid ID number no other call of this process gives (area code 510104, one day later each call). */
export function newVolunteerIdNumber(gender: 'male' | 'female' = 'male') {
  made += 1;
  const birthDate = dayText(dayNumber('1970-01-01') + made * 3 + (process.pid % 1000));
  return { idNumber: idNumberFor('510104', birthDate, gender, (made * 11) % 500), birthDate, gender };
}

/** A volunteer of `unitId` (active), with the ID number and phone in the clear beside the row. */
export async function addVolunteer(env: TestEnv, unitId: number, opts: VolunteerOptions = {}) {
  const gender = opts.gender ?? 'male';
  const idNumber = opts.idNumber ?? newVolunteerIdNumber(gender).idNumber;
  const phone =
    opts.phone ??
    `139${String(made * 7919 + process.pid)
      .padStart(8, '0')
      .slice(-8)}`;
  const name = opts.name ?? uniqueName('志愿者');
  const volunteer = await env.db.volunteer.create({
    data: {
      unitId,
      name,
      nameKey: naturalKey(name),
      gender,
      memberId: opts.memberId ?? null,
      accountId: opts.accountId ?? null,
      skills: JSON.stringify(opts.skills ?? []),
      status: opts.status ?? 'active',
      joinedOn: '2026-01-05',
      ...volunteerPii.seal({ idNumber, phone, address: opts.address ?? '四川省成都市锦江区红星路1号' }),
    },
  });
  return { ...volunteer, clear: { idNumber, phone } };
}

/** A team of `unitId`. */
export async function addTeam(env: TestEnv, unitId: number, name = uniqueName('服务队')) {
  return env.db.volunteerTeam.create({ data: { unitId, name, nameKey: naturalKey(name) } });
}

/** `volunteerId` approved in `teamId`. */
export async function addTeamMember(env: TestEnv, teamId: number, volunteerId: number, status = 'approved') {
  const team = await env.db.volunteerTeam.findUniqueOrThrow({ where: { id: teamId } });
  return env.db.volunteerTeamMember.create({
    data: { unitId: team.unitId, teamId, volunteerId, status, decidedAt: status === 'pending' ? null : new Date() },
  });
}

export type ActivityOptions = {
  teamId?: number | null;
  title?: string;
  startsAt?: Date;
  endsAt?: Date;
  signupDeadline?: Date | null;
  mode?: 'recruit' | 'walkIn';
  approval?: boolean;
  capacity?: number | null;
  requiredSkills?: string[];
  attendancePercent?: number;
  status?: 'draft' | 'published' | 'cancelled' | 'closed';
};

/** An activity of `unitId`: published recruitment with 10 places, 2026-03-14 09:00-12:00 Shanghai, unless told. */
export async function addActivity(env: TestEnv, unitId: number, opts: ActivityOptions = {}) {
  const title = opts.title ?? uniqueName('志愿活动');
  const capacity = opts.capacity === undefined ? 10 : opts.capacity;
  const status = opts.status ?? 'published';
  return env.db.activity.create({
    data: {
      unitId,
      teamId: opts.teamId ?? null,
      title,
      titleKey: naturalKey(title),
      place: '社区服务中心',
      startsAt: opts.startsAt ?? new Date('2026-03-14T09:00:00+08:00'),
      endsAt: opts.endsAt ?? new Date('2026-03-14T12:00:00+08:00'),
      signupDeadline: opts.signupDeadline ?? null,
      mode: opts.mode ?? 'recruit',
      approval: opts.approval ?? false,
      capacity,
      placesLeft: capacity,
      requiredSkills: JSON.stringify(opts.requiredSkills ?? []),
      attendancePercent: opts.attendancePercent ?? 60,
      status,
      publishedAt: status === 'draft' ? null : new Date('2026-03-01T09:00:00+08:00'),
    },
  });
}

/**
 * A pending hour entry (as closing an activity writes one) of `minutes` for the volunteer at the activity; or in
 * another state, written at `createdAt`, with a decline's `reason`, and for an appealed one the volunteer's appeal at
 * `appealedAt` (`createdAt` when not given).
 */
export async function addHourEntry(
  env: TestEnv,
  activityId: number,
  volunteerId: number,
  opts: {
    minutes?: number;
    status?: 'pending' | 'approved' | 'declined' | 'appealed';
    servedOn?: string;
    createdAt?: Date;
    reason?: string;
    appealedAt?: Date;
  } = {},
) {
  const activity = await env.db.activity.findUniqueOrThrow({ where: { id: activityId } });
  const servedOn = opts.servedOn ?? '2026-03-14';
  return env.db.hourEntry.create({
    data: {
      unitId: activity.unitId,
      activityId,
      volunteerId,
      teamNo: activity.teamId ?? 0,
      servedOn,
      year: Number(servedOn.slice(0, 4)),
      minutes: opts.minutes ?? 180,
      status: opts.status ?? 'pending',
      ...(opts.createdAt && { createdAt: opts.createdAt }),
      ...(opts.reason && { reason: opts.reason }),
      ...(opts.status === 'appealed' && { appealedAt: opts.appealedAt ?? opts.createdAt ?? null, appeal: '我在岗' }),
    },
  });
}

/** What `people.create` takes for a new volunteer of `unitId` (a fresh valid ID number), with `overrides`. */
export function newVolunteerInput(
  unitId: number,
  overrides: Partial<{
    name: string;
    idNumber: string;
    phone: string;
    address: string;
    skills: ('firstAid' | 'elderlyCare' | 'teaching' | 'it' | 'driving')[];
    availability: ('weekdays' | 'weekends' | 'evenings' | 'holidays')[];
    serviceArea: string;
  }> = {},
) {
  return {
    unitId,
    name: uniqueName('新志愿者'),
    idNumber: newVolunteerIdNumber('female').idNumber,
    phone: '13800138000',
    address: '四川省成都市锦江区东大街 8 号',
    skills: ['firstAid' as const],
    availability: ['weekends' as const],
    serviceArea: '东大街社区',
    ...overrides,
  };
}
