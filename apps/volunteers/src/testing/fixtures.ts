// Rows as the volunteers procedures answer them, for the page tests.
import type { ActivityRow, HourRow, VolunteerProfile } from '../common/api-types';

export const township = 2;
export const branch = 7;

export function activityRow(id: number, changes: Partial<ActivityRow> = {}): ActivityRow {
  return {
    id,
    title: '社区敬老助餐',
    unitId: branch,
    unitName: '城关一支部',
    teamId: 4,
    teamName: '城关助老服务队',
    place: '东街社区食堂',
    // 2026-12-05 09:00-11:30 in Shanghai.
    startsAt: '2026-12-05T01:00:00.000Z',
    endsAt: '2026-12-05T03:30:00.000Z',
    mode: 'recruit',
    approval: false,
    capacity: 20,
    placesLeft: 8,
    confirmed: 12,
    waitlisted: 0,
    status: 'published',
    ...changes,
  };
}

export function hourRow(id: number, changes: Partial<HourRow> = {}): HourRow {
  return {
    id,
    volunteerId: 30 + id,
    volunteerName: `志愿者${id}`,
    unitId: branch,
    unitName: '城关一支部',
    activityId: 9,
    activityTitle: '社区敬老助餐',
    servedOn: '2026-11-20',
    minutes: 150,
    status: 'pending',
    reason: '',
    appeal: '',
    appealedAt: null,
    createdAt: '2026-11-20T04:00:00.000Z',
    ...changes,
  };
}

export function volunteerProfile(changes: Partial<VolunteerProfile> = {}): VolunteerProfile {
  return {
    id: 3,
    unitId: branch,
    unitName: '城关一支部',
    name: '王志强',
    gender: 'male',
    idNumber: '110***********1234',
    phone: '138****5678',
    address: '城关镇****',
    skills: ['firstAid', 'driving'],
    availability: ['weekends'],
    serviceArea: '东街社区',
    status: 'active',
    memberId: null,
    joinedOn: '2025-03-01',
    teams: [{ teamId: 4, teamName: '城关助老服务队', unitName: '城关一支部', status: 'approved' }],
    accountLinked: false,
    account: null,
    canReveal: true,
    canManage: false,
    createdAt: '2025-03-01T02:00:00.000Z',
    updatedAt: '2025-03-01T02:00:00.000Z',
    ...changes,
  };
}

export const emptyRecord = {
  volunteer: { id: 3, name: '王志强', unitName: '城关一支部', joinedOn: '2025-03-01', skills: [] },
  totals: { approvedMinutes: 0, pendingMinutes: 0, activities: 0 },
  byYear: [],
  byTeam: [],
  activities: [],
  awards: [],
  evaluations: [],
  certificates: [],
};
