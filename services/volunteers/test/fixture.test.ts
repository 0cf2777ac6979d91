// The volunteers' rows in the large fixture (npm run fixture), built at size `s` on each database: the counts the size
// says; personal data sealed as the service seals it (valid, unique ID numbers; linked members carry their own);
// sign-ups, attendance and hour entries consistent with each other and with the activity (one per volunteer and
// activity, places left = capacity - confirmed, minutes as @strata/checkin counts them); every entry's decision trail
// as the service writes it; and the totals exactly the sums of the approved entries.
import { attendedMinutes, meetsAttendance, scheduledMinutes } from '@strata/checkin';
import { type TestDatabase, testProviders } from '@strata/db/testing';
import { calendarDay } from '@strata/i18n/days';
import { checkIdNumber } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sizes } from '../../../scripts/fixture/sizes';
import { fixtureDatabase } from '../../../tests/support/fixture-templates';
import { openMemberPii } from '../../members/src/members/member-pii';
import { lookupIndex, volunteerPii } from '../src/common/personal-data';
// The fixture seals under the ring in force: the tests' fixed one.
import '../../../tests/support/test-keys';

const size = sizes.s;
const now = new Date('2020-01-01T00:00:00Z');
const seed = 7;

const key = (...parts: unknown[]) => parts.join(':');

describe.each(await testProviders())('volunteers in the large fixture (size s) on %s', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    ({ database } = await fixtureDatabase(provider, { size: 's', seed, now }));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('holds what the size says: volunteers, teams and their members, activities of every status, the hour entries', async () => {
    const { db } = database;
    expect(await db.volunteer.count()).toBe(size.volunteers);
    expect(await db.hourEntry.count()).toBe(size.volunteerHours);
    const teams = await db.volunteerTeam.count();
    expect(teams).toBeGreaterThan(size.volunteers / 40);
    expect(teams).toBeLessThan(size.volunteers / 15);
    const activities = await db.activity.groupBy({ by: ['status'], _count: true });
    const byStatus = Object.fromEntries(activities.map((a) => [a.status, a._count]));
    expect(Object.keys(byStatus).sort()).toEqual(['cancelled', 'closed', 'draft', 'published']);
    expect(byStatus.closed).toBeGreaterThan(size.volunteerHours / 40);
    // Past activities are closed (or cancelled, or just over and waiting to be closed); upcoming ones never closed.
    expect(await db.activity.count({ where: { status: 'closed', endsAt: { gt: now } } })).toBe(0);
    expect(await db.activity.count({ where: { status: 'closed', closedAt: null } })).toBe(0);
    expect(await db.activity.count({ where: { status: { not: 'closed' }, closedAt: { not: null } } })).toBe(0);
    expect(await db.activity.count({ where: { status: 'published', startsAt: { gt: now } } })).toBeGreaterThan(0);
    const members = await db.volunteerTeamMember.groupBy({ by: ['status'], _count: true });
    expect(members.map((m) => m.status).sort()).toEqual(['approved', 'declined', 'left', 'pending']);
    // Mostly approved, some pending, a few declined, some appealed (and some decided again).
    const statuses = Object.fromEntries(
      (await db.hourEntry.groupBy({ by: ['status'], _count: true })).map((s) => [s.status, s._count]),
    );
    expect(statuses.approved).toBeGreaterThan(size.volunteerHours * 0.85);
    expect(statuses.pending).toBeGreaterThan(size.volunteerHours * 0.02);
    expect(statuses.pending).toBeLessThan(size.volunteerHours * 0.1);
    expect(statuses.declined).toBeGreaterThan(size.volunteerHours * 0.005);
    expect(statuses.declined).toBeLessThan(size.volunteerHours * 0.05);
    expect(await db.hourEntry.count({ where: { appealedAt: { not: null } } })).toBeGreaterThan(0);
  });

  it('seals personal data as the service does: valid ID numbers, registered once, linked members with their own', async () => {
    const { db } = database;
    const volunteers = await db.volunteer.findMany({ orderBy: { id: 'asc' } });
    expect(new Set(volunteers.map((v) => v.idNumberIndex)).size).toBe(volunteers.length);
    const today = calendarDay(now);
    for (const v of volunteers.filter((_, i) => i % 20 === 0)) {
      const pii = volunteerPii.open(v);
      expect(checkIdNumber(pii.idNumber, today)).toMatchObject({ ok: true });
      expect(v.idNumberIndex).toBe(lookupIndex('idNumber', pii.idNumber));
      expect(pii.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(v.phoneIndex).toBe(lookupIndex('phone', pii.phone));
      expect(pii.address).not.toBe('');
      expect(v.joinedOn <= today).toBe(true);
    }
    // About a fifth are members of the registry, each once, registered by the member's own branch under their name.
    const linked = volunteers.filter((v) => v.memberId !== null);
    expect(linked.length).toBeGreaterThan(size.volunteers * 0.1);
    expect(new Set(linked.map((v) => v.memberId)).size).toBe(linked.length);
    const memberOf = new Map(
      (await db.member.findMany({ where: { id: { in: linked.map((v) => v.memberId as number) } } })).map((m) => [
        m.id,
        m,
      ]),
    );
    for (const v of linked.slice(0, 50)) {
      const m = memberOf.get(v.memberId as number);
      expect(m && { unitId: m.unitId, name: m.name, idNumber: openMemberPii(m).idNumber }).toEqual({
        unitId: v.unitId,
        name: v.name,
        idNumber: volunteerPii.open(v).idNumber,
      });
    }
    // Some have an account (their own pages and appeals), each account once.
    const accounts = volunteers.filter((v) => v.accountId !== null);
    expect(accounts.length).toBeGreaterThan(0);
    expect(new Set(accounts.map((v) => v.accountId)).size).toBe(accounts.length);
  });

  it('keeps sign-ups, attendance and hour entries consistent with each other and with the activity', async () => {
    const { db } = database;
    const activities = new Map((await db.activity.findMany()).map((a) => [a.id, a]));
    const signups = await db.activitySignup.findMany();
    const attendances = await db.activityAttendance.findMany();
    const entries = await db.hourEntry.findMany();
    // One per volunteer and activity (the unique keys), each carrying its activity's unit.
    for (const rows of [signups, attendances, entries]) {
      expect(new Set(rows.map((r) => key(r.activityId, r.volunteerId))).size).toBe(rows.length);
      expect(rows.filter((r) => r.unitId !== activities.get(r.activityId)?.unitId)).toEqual([]);
    }
    // Places left are what capacity leaves after the confirmed sign-ups; a waitlist only when none is left.
    const confirmed = new Map<number, number>();
    const waitlisted = new Set<number>();
    for (const s of signups) {
      if (s.status === 'confirmed') confirmed.set(s.activityId, (confirmed.get(s.activityId) ?? 0) + 1);
      if (s.status === 'waitlisted') waitlisted.add(s.activityId);
    }
    for (const a of activities.values()) {
      if (a.mode === 'walkIn') expect([a.capacity, a.placesLeft]).toEqual([null, null]);
      else expect(a.placesLeft).toBe((a.capacity ?? 0) - (confirmed.get(a.id) ?? 0));
    }
    expect(waitlisted.size).toBeGreaterThan(0);
    expect([...waitlisted].filter((id) => activities.get(id)?.placesLeft !== 0)).toEqual([]);
    expect(signups.filter((s) => activities.get(s.activityId)?.mode !== 'recruit')).toEqual([]);
    // Attendance: at activities under way or over, by confirmed volunteers where they signed up.
    const signedUp = new Map(signups.map((s) => [key(s.activityId, s.volunteerId), s.status]));
    for (const t of attendances) {
      const a = activities.get(t.activityId);
      expect(a && a.endsAt <= now && a.status !== 'cancelled' && a.status !== 'draft').toBe(true);
      if (a?.mode === 'recruit') expect(signedUp.get(key(t.activityId, t.volunteerId))).toBe('confirmed');
    }
    // Each entry: a closed activity's attendance reaching its share, the minutes attended, the day served.
    const attendanceOf = new Map(attendances.map((t) => [key(t.activityId, t.volunteerId), t]));
    let earning = 0;
    for (const t of attendances) {
      const a = activities.get(t.activityId);
      if (a?.status !== 'closed') continue;
      const minutes = attendedMinutes({ ...a, ...t });
      if (meetsAttendance(minutes, scheduledMinutes(a), a.attendancePercent)) earning++;
    }
    expect(earning).toBe(entries.length);
    for (const e of entries) {
      const a = activities.get(e.activityId);
      const t = attendanceOf.get(key(e.activityId, e.volunteerId));
      expect(a?.status).toBe('closed');
      if (!a || !t) throw new Error(`entry ${e.id} without its activity or attendance`);
      expect({
        minutes: e.minutes,
        teamNo: e.teamNo,
        servedOn: e.servedOn,
        year: e.year,
        createdAt: e.createdAt,
      }).toEqual({
        minutes: attendedMinutes({ ...a, ...t }),
        teamNo: a.teamId ?? 0,
        servedOn: calendarDay(a.startsAt),
        year: Number(calendarDay(a.startsAt).slice(0, 4)),
        createdAt: a.closedAt,
      });
    }
  });

  it("writes each entry's decision trail as the service does", async () => {
    const { db } = database;
    const trails = new Map<number, string[]>();
    for (const d of await db.hourDecision.findMany({ orderBy: { id: 'asc' } }))
      trails.set(d.hourEntryId, [...(trails.get(d.hourEntryId) ?? []), d.action]);
    const seen = new Set<string>();
    for (const e of await db.hourEntry.findMany()) {
      const trail = trails.get(e.id) ?? [];
      const appealed = e.appealedAt !== null;
      seen.add(`${e.status}:${trail.join('>')}`);
      if (e.status === 'pending') expect(trail).toEqual([]);
      else if (e.status === 'appealed') expect(trail).toEqual(['declined', 'appealed']);
      else if (appealed) expect(trail).toEqual(['declined', 'appealed', e.status]);
      else expect(trail).toEqual([e.status]);
      expect(e.reason === '').toBe(e.status === 'pending' || (e.status === 'approved' && !appealed));
      expect(e.appeal === '').toBe(!appealed);
    }
    expect(seen).toContain('approved:approved');
    expect(seen).toContain('declined:declined');
    expect(seen).toContain('pending:');
    // Appeals (few at this size: only volunteers with an account appeal), open or decided again.
    expect([...seen].filter((s) => s.includes('>appealed')).length).toBeGreaterThan(0);
    // An appeal is the volunteer's own step, taken with their account.
    const appeals = await db.hourDecision.findMany({ where: { action: 'appealed' }, include: { hourEntry: true } });
    const accountOf = new Map(
      (await db.volunteer.findMany({ where: { accountId: { not: null } } })).map((v) => [v.id, v.accountId]),
    );
    expect(appeals.filter((d) => d.actorId !== accountOf.get(d.hourEntry.volunteerId))).toEqual([]);
  });

  it('keeps the totals exactly the sums of the approved entries', async () => {
    const { db } = database;
    const approved = await db.hourEntry.findMany({ where: { status: 'approved' }, include: { volunteer: true } });
    const byUnit = new Map<string, { minutes: number; entries: number }>();
    const byYear = new Map<string, number>();
    for (const e of approved) {
      const k = key(e.unitId, e.teamNo, e.servedOn.slice(0, 7));
      const t = byUnit.get(k) ?? { minutes: 0, entries: 0 };
      byUnit.set(k, { minutes: t.minutes + e.minutes, entries: t.entries + 1 });
      const y = key(e.volunteerId, e.volunteer.unitId, e.year);
      byYear.set(y, (byYear.get(y) ?? 0) + e.minutes);
    }
    const totals = await db.hourTotal.findMany();
    expect(
      new Map(totals.map((t) => [key(t.unitId, t.teamNo, t.month), { minutes: t.minutes, entries: t.entries }])),
    ).toEqual(byUnit);
    const years = await db.volunteerServiceYear.findMany();
    expect(new Map(years.map((y) => [key(y.volunteerId, y.unitId, y.year), y.minutes]))).toEqual(byYear);
  });

  it("leaves the first township (the bench's) a backlog of pending entries to approve in bulk", async () => {
    const { db } = database;
    const township = await db.unit.findFirstOrThrow({ where: { kind: 'township' }, orderBy: { id: 'asc' } });
    const pending = await db.hourEntry.count({
      where: { status: 'pending', unit: { path: { startsWith: township.path } } },
    });
    expect(pending).toBeGreaterThan((size.volunteerHours / size.townships) * 0.1);
  });
});
