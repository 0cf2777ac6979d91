// The volunteers' activities in the large fixture: about one for every 25 hour entries, over the 24 months before the
// fixture's `now` and six weeks after it, run by branches (most), townships and the municipality, some by a team.
// Past ones are closed (a few cancelled, the last days' still waiting to be closed), upcoming ones published (a few
// drafts and cancelled). Recruitment has sign-ups (confirmed, waitlisted once full, withdrawn, pending and declined
// where the unit approves them) and `placesLeft` = capacity - confirmed; walk-in has none. Attendance is what the
// check-in screen records (codes, some by hand; late and early flagged as @strata/checkin judges them), and closing an
// activity wrote one hour entry per attendance reaching its share of the time (minutes as @strata/checkin counts
// them), exactly `volunteerHours` entries in all. Entries are decided as the certifying unit would: each township
// is some weeks behind (the first township, where the bench's township admin works, five months: thousands pending),
// approved in bulk per activity, a few declined, some of those appealed by the volunteer's account and decided again;
// each step an HourDecision row, and the totals (HourTotal, VolunteerServiceYear) the approvals' sums.
import { type AuditedObject, type FixtureContext, type FixtureUnit, naturalKey } from '@strata/api';
import { attendanceFlags, attendedMinutes, meetsAttendance, scheduledMinutes } from '@strata/checkin';
import { volunteerSkills } from '@strata/contract';
import {
  activityPlaces,
  activityTopics,
  appealTexts,
  comments,
  hourDeclineReasons,
  manualReasons,
  shortName,
  signupDeclineReasons,
} from './fixture-draws';
import type { People, Person, Team } from './fixture-people';
import {
  dayMs,
  type FixtureCalendar,
  hourMs,
  minuteMs,
  type Row,
  type RowWriter,
  type UnitTree,
} from './fixture-world';

const activityColumns = [
  'id',
  'unitId',
  'teamId',
  'title',
  'titleKey',
  'description',
  'place',
  'startsAt',
  'endsAt',
  'signupDeadline',
  'mode',
  'approval',
  'capacity',
  'placesLeft',
  'requiredSkills',
  'attendancePercent',
  'status',
  'publishedAt',
  'closedAt',
  'createdById',
  'createdAt',
  'updatedAt',
] as const;
const signupColumns = [
  'id',
  'unitId',
  'activityId',
  'volunteerId',
  'status',
  'reason',
  'createdAt',
  'decidedAt',
] as const;
/** A sign-up nobody decided (no approval asked): its reason and decision left to their defaults. */
const plainSignupColumns = signupColumns.slice(0, 5).concat('createdAt');
const attendanceColumns = [
  'id',
  'unitId',
  'activityId',
  'volunteerId',
  'checkedInAt',
  'checkedOutAt',
  'inMethod',
  'outMethod',
  'late',
  'early',
  'manualReason',
  'recordedById',
  'rating',
  'comment',
] as const;
/** An attendance by code at both ends, not rated: nothing recorded by hand, no evaluation. */
const plainAttendanceColumns = attendanceColumns.slice(0, 10);
const entryColumns = [
  'id',
  'unitId',
  'activityId',
  'volunteerId',
  'teamNo',
  'servedOn',
  'year',
  'minutes',
  'status',
  'createdAt',
  'reason',
  'appealedAt',
  'appeal',
] as const;
/** An entry never declined: no reason, no appeal. */
const plainEntryColumns = entryColumns.slice(0, 10);
const decisionColumns = ['id', 'hourEntryId', 'action', 'actorId', 'at', 'reason'] as const;
/** An approval: no reason. */
const plainDecisionColumns = decisionColumns.slice(0, 5);
const totalColumns = ['unitId', 'teamNo', 'month', 'minutes', 'entries'] as const;
const serviceYearColumns = ['volunteerId', 'unitId', 'year', 'minutes'] as const;

/** Hour entries per activity, on average (over all activities; the closed ones take them all). */
export const entriesPerActivity = 25;
/** Days after the fixture's `now` that published activities reach. */
const aheadDays = 42;
const odds = {
  recruit: 0.4,
  approval: 0.25,
  team: 0.55,
  skill: 0.06,
  deadline: 0.7,
  pastCancelled: 0.02,
  draft: 0.08,
  upcomingCancelled: 0.05,
  full: 0.3,
  late: 0.06,
  early: 0.05,
  manual: 0.07,
  rated: 0.3,
  comment: 0.3,
  declined: 0.022,
  appealed: 0.4,
  appealDecided: 0.8,
  appealUpheld: 0.6,
};
const startMinutes = [8 * 60, 8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60, 14 * 60, 14 * 60 + 30, 15 * 60, 19 * 60];
const lengths = [
  [60, 10],
  [90, 10],
  [120, 30],
  [150, 10],
  [180, 25],
  [240, 10],
  [480, 5],
] as const;
const percents = [
  [60, 85],
  [50, 7],
  [80, 8],
] as const;
const ratings = [
  [5, 60],
  [4, 30],
  [3, 10],
] as const;
/** The days a township's certifiers are behind; the first township's (the bench's) are five months. */
const backlogDays = { first: 150, least: 20, spread: 26 };
const auditEvery = 40;

type Status = 'draft' | 'published' | 'cancelled' | 'closed';

type Plan = {
  unit: FixtureUnit;
  townshipId: number | null;
  team: Team | null;
  day: number;
  startMs: number;
  endMs: number;
  status: Status;
  createdMs: number;
  publishedMs: number | null;
  closedMs: number | null;
  updatedMs: number;
  mode: 'recruit' | 'walkIn';
  approval: boolean;
  deadlineMs: number | null;
  percent: number;
  /** The required skill's index in volunteerSkills, or -1. */
  skill: number;
  topic: (typeof activityTopics)[number];
  weight: number;
  /** Attendances that earn an hour entry (closed and ended activities). */
  earning: number;
  serial: number;
};

export type ActivitiesMade = { activities: AuditedObject[]; entries: AuditedObject[]; written: number };

/** The activities' plans, in the order they start: where, when, what status, and their share of the entries. */
function drawPlans(ctx: FixtureContext, tree: UnitTree, calendar: FixtureCalendar, people: People, count: number) {
  const random = ctx.random;
  const { nowMs } = calendar;
  const plans: Plan[] = [];
  for (let serial = 0; serial < count; serial++) {
    const anchor = people.all[random.int(people.all.length)] as Person;
    const roll = random.next();
    const unit =
      (roll < 0.7 ? tree.byId.get(anchor.unitId) : roll < 0.97 ? tree.byId.get(anchor.townshipId) : tree.root) ??
      tree.root;
    const day = calendar.firstDay + random.int(730 + aheadDays);
    const startMs = calendar.start(day) + random.pick(startMinutes) * minuteMs;
    const endMs = startMs + random.weighted(lengths) * minuteMs;
    const teams = (people.teamsOf.get(unit.id) ?? []).filter((t) => t.active && t.createdDay < day);
    const team = teams.length && random.next() < odds.team ? random.pick(teams) : null;
    const mode = random.next() < odds.recruit ? 'recruit' : 'walkIn';
    const createdMs = Math.min(
      startMs - (3 + random.int(28)) * dayMs + random.int(8 * 60) * minuteMs,
      nowMs - (1 + random.int(48)) * hourMs,
    );
    let status: Status;
    let closedMs: number | null = null;
    if (endMs <= nowMs) {
      if (random.next() < odds.pastCancelled) status = 'cancelled';
      else {
        closedMs = endMs + (1 + random.int(72)) * hourMs + random.int(60) * minuteMs;
        status = closedMs <= nowMs ? 'closed' : 'published';
        if (status !== 'closed') closedMs = null;
      }
    } else if (startMs <= nowMs) status = 'published';
    else {
      const r = random.next();
      status = r < odds.draft ? 'draft' : r < odds.draft + odds.upcomingCancelled ? 'cancelled' : 'published';
    }
    // A cancelled activity was mostly published first; a draft never was.
    const wasPublished =
      status === 'published' || status === 'closed' || (status === 'cancelled' && random.next() < 0.7);
    const publishedMs = wasPublished
      ? Math.min(createdMs + random.int(48) * hourMs, startMs - hourMs, nowMs - minuteMs)
      : null;
    const updatedMs =
      status === 'cancelled'
        ? (publishedMs ?? createdMs) + random.int(Math.max(1, Math.min(startMs, nowMs) - (publishedMs ?? createdMs)))
        : (closedMs ?? publishedMs ?? createdMs);
    const deadline = startMs - dayMs;
    const topic = random.pick(activityTopics);
    const roll2 = random.next();
    const skill = mode === 'recruit' && random.next() < odds.skill ? volunteerSkills.indexOf(topic.skill) : -1;
    const weight = 0.4 + 1.2 * random.next() + (roll2 < 0.04 ? 2 + 3 * random.next() : 0);
    plans.push({
      unit,
      townshipId: unit.depth === 0 ? null : anchor.townshipId,
      team,
      day,
      startMs,
      endMs,
      status,
      createdMs,
      publishedMs,
      closedMs,
      updatedMs,
      mode,
      approval: mode === 'recruit' && random.next() < odds.approval,
      deadlineMs:
        mode === 'recruit' && random.next() < odds.deadline && deadline > (publishedMs ?? createdMs) ? deadline : null,
      percent: random.weighted(percents),
      skill,
      topic,
      // Most activities are about as busy, a few are large events; those asking for a skill are small.
      weight: skill >= 0 ? weight / 4 : weight,
      earning: 0,
      serial,
    });
  }
  plans.sort((a, b) => a.startMs - b.startMs || a.serial - b.serial);
  return plans;
}

/**
 * Shares `wanted` entries among the closed activities by weight, exactly; answers the mean, which the activities that
 * ended but are not closed yet take (by weight) for their attendance.
 */
function shareEntries(plans: Plan[], wanted: number): number {
  const closed = plans.filter((p) => p.status === 'closed');
  if (!closed.length) return 0;
  const total = closed.reduce((sum, p) => sum + p.weight, 0);
  let given = 0;
  for (const p of closed) {
    p.earning = Math.floor((wanted * p.weight) / total);
    given += p.earning;
  }
  for (let i = 0; given < wanted; i = (i + 1) % closed.length, given++) (closed[i] as Plan).earning++;
  return wanted / closed.length;
}

export async function generateActivities(
  ctx: FixtureContext,
  tree: UnitTree,
  calendar: FixtureCalendar,
  out: RowWriter,
  people: People,
  wantedEntries: number,
): Promise<ActivitiesMade> {
  const made: ActivitiesMade = { activities: [], entries: [], written: 0 };
  if (wantedEntries <= 0 || !people.all.length) return made;
  const random = ctx.random;
  const { nowMs } = calendar;
  const plans = drawPlans(ctx, tree, calendar, people, Math.max(1, Math.round(wantedEntries / entriesPerActivity)));
  const mean = shareEntries(plans, wantedEntries);

  const backlogOf = new Map<number, number>();
  for (const [i, t] of tree.townships.entries())
    backlogOf.set(t.id, i === 0 ? backlogDays.first : backlogDays.least + random.int(backlogDays.spread));

  const ids = {
    activity: await ctx.nextId('Activity'),
    signup: await ctx.nextId('ActivitySignup'),
    attendance: await ctx.nextId('ActivityAttendance'),
    entry: await ctx.nextId('HourEntry'),
    decision: await ctx.nextId('HourDecision'),
  };
  const totals = new Map<string, [number, number, string, number, number]>();
  const years = new Map<number, [number, number, number, number]>();
  const titleKeys = new Map<string, string>();
  const keyOf = (title: string) => {
    let key = titleKeys.get(title);
    if (key === undefined) {
      key = naturalKey(title);
      titleKeys.set(title, key);
    }
    return key;
  };
  // r^1.5: the earliest registered of a pool are drawn most (a few keen volunteers serve far more than the rest).
  const skewed = (pool: readonly Person[]) => {
    const r = random.next();
    return pool[Math.floor(pool.length * r * Math.sqrt(r))] as Person;
  };

  /** A volunteer for `plan` not taken yet: its team, its unit, its township, anyone; the keenest more often. */
  const pick = (plan: Plan, taken: Set<number>, upcoming: boolean): Person | null => {
    const bit = plan.skill >= 0 ? 1 << plan.skill : 0;
    const fits = (p: Person) =>
      p.joined <= plan.day && !taken.has(p.id) && (!bit || (p.skills & bit) !== 0) && (!upcoming || p.active);
    const global = bit ? (people.bySkill[plan.skill] ?? []) : people.all;
    for (let attempt = 0; attempt < 20; attempt++) {
      let pool: readonly Person[] | undefined;
      if (attempt >= 10) pool = global;
      else {
        const r = random.next();
        if (plan.team && r < 0.5) pool = plan.team.members;
        else if (plan.unit.depth > 1 && r < 0.75) pool = people.byUnit.get(plan.unit.id);
        else if (plan.townshipId !== null && r < 0.95) pool = people.byTownship.get(plan.townshipId);
        else pool = people.all;
      }
      if (!pool?.length) continue;
      const p = skewed(pool);
      if (fits(p)) {
        taken.add(p.id);
        return p;
      }
    }
    for (const p of global)
      if (fits(p)) {
        taken.add(p.id);
        return p;
      }
    return null;
  };
  const pickMany = (plan: Plan, taken: Set<number>, count: number, upcoming: boolean) => {
    const found: Person[] = [];
    for (let i = 0; i < count; i++) {
      const p = pick(plan, taken, upcoming);
      if (p) found.push(p);
    }
    return found;
  };

  let owed = 0;
  for (const plan of plans) {
    const activityId = ids.activity++;
    const { unit, startMs, endMs } = plan;
    const organiser = tree.officerOf(unit.id);
    const title = `${shortName(unit.name)}${plan.topic.title}`;
    const recruit = plan.mode === 'recruit';
    const taken = new Set<number>();
    const ended = endMs <= nowMs && (plan.status === 'closed' || plan.status === 'published');
    const open = !ended && plan.status === 'published';
    let capacity: number | null = recruit ? 10 + random.int(50) : null;
    let confirmed = 0;

    // Who signed up (recruitment) and who came.
    const signups: [Person, string, string, number, number | null][] = [];
    const signupWindow = () => {
      const from = plan.publishedMs ?? plan.createdMs;
      const to = Math.min(plan.deadlineMs ?? startMs - hourMs, nowMs - minuteMs);
      return [from, Math.max(from + minuteMs, to)] as const;
    };
    const signUp = (p: Person, status: string, late: boolean, reason = '') => {
      const [from, to] = signupWindow();
      const span = to - from;
      const at = Math.floor(from + (late ? 0.9 + 0.1 * random.next() : 0.9 * random.next()) * span);
      const decided =
        plan.approval && (status === 'confirmed' || status === 'declined')
          ? Math.min(at + (1 + random.int(24)) * hourMs, startMs - minuteMs, nowMs - 1)
          : null;
      signups.push([p, status, reason, at, decided === null ? null : Math.max(decided, at)]);
    };

    let earning: Person[] = [];
    let idle: Person[] = [];
    if (ended) {
      // A closed activity's share, and what earlier ones could not find volunteers for (a small pool early on).
      const wanted = plan.status === 'closed' ? plan.earning + owed : Math.round(mean * plan.weight);
      earning = pickMany(plan, taken, wanted, false);
      if (plan.status === 'closed') owed = wanted - earning.length;
      idle = pickMany(plan, taken, Math.floor(wanted * 0.03 + random.next()), false);
      if (recruit) {
        const noShows = pickMany(plan, taken, Math.floor(wanted * 0.05 + random.next()), false);
        for (const p of [...earning, ...idle, ...noShows]) signUp(p, 'confirmed', false);
        confirmed = earning.length + idle.length + noShows.length;
        const full = confirmed > 0 && random.next() < odds.full;
        capacity = full ? confirmed : confirmed + 1 + random.int(Math.max(2, Math.floor(confirmed * 0.25)));
        for (const p of pickMany(plan, taken, Math.floor(wanted * 0.03 + random.next()), false))
          signUp(p, 'withdrawn', false);
        if (plan.approval)
          for (const p of pickMany(plan, taken, Math.floor(wanted * 0.03 + random.next()), false))
            signUp(p, 'declined', false, random.pick(signupDeclineReasons));
        if (full) for (const p of pickMany(plan, taken, 1 + random.int(3), false)) signUp(p, 'waitlisted', true);
      }
    } else if (open && recruit && capacity !== null) {
      // Published and not over: sign-ups so far, some full with a waitlist, some waiting for approval.
      const full = random.next() < 0.2;
      const wanted = full ? capacity : Math.floor(capacity * (0.1 + 0.8 * random.next()));
      const yes = pickMany(plan, taken, wanted, true);
      for (const p of yes) signUp(p, 'confirmed', false);
      confirmed = yes.length;
      if (full && confirmed === capacity)
        for (const p of pickMany(plan, taken, random.int(4), true)) signUp(p, 'waitlisted', true);
      if (plan.approval) for (const p of pickMany(plan, taken, random.int(5), true)) signUp(p, 'pending', true);
      for (const p of pickMany(plan, taken, random.int(2), true)) signUp(p, 'withdrawn', false);
    }
    for (const [p, status, reason, at, decided] of signups)
      if (reason || decided !== null)
        out.push('ActivitySignup', signupColumns, [
          ids.signup++,
          unit.id,
          activityId,
          p.id,
          status,
          reason,
          new Date(at),
          decided === null ? null : new Date(decided),
        ]);
      else
        out.push('ActivitySignup', plainSignupColumns, [ids.signup++, unit.id, activityId, p.id, status, new Date(at)]);

    const teamNo = plan.team?.id ?? 0;
    const servedOn = calendar.text(plan.day);
    const year = Number(servedOn.slice(0, 4));
    const month = servedOn.slice(0, 7);
    const scheduled = scheduledMinutes({ startsAt: new Date(startMs), endsAt: new Date(endMs) });
    const closedAt = plan.closedMs === null ? null : new Date(plan.closedMs);
    const startsAt = new Date(startMs);
    const endsAt = new Date(endMs);
    /** One attendance row; answers the minutes it earns (0 unless it reaches the activity's share). */
    const attend = (p: Person, earns: boolean): number => {
      let checkedInAt = startsAt;
      let checkedOutAt: Date | null = null;
      let minutes = 0;
      for (let tries = 0; ; tries++) {
        // After a few draws, on time at both ends: always enough (the shortest activity is an hour).
        const normal = tries >= 3;
        const inMs =
          !normal && random.next() < odds.late
            ? startMs + (11 + random.int(30)) * minuteMs + random.int(60_000)
            : startMs - (1 + random.int(30)) * minuteMs + random.int(60_000);
        let outMs: number | null;
        if (earns)
          outMs =
            !normal && random.next() < odds.early
              ? endMs - (11 + random.int(30)) * minuteMs - random.int(60_000)
              : endMs - random.int(10) * minuteMs - random.int(60_000);
        else outMs = random.next() < 0.6 ? null : inMs + Math.floor(scheduled * (0.1 + 0.2 * random.next())) * minuteMs;
        checkedInAt = new Date(inMs);
        checkedOutAt = outMs === null ? null : new Date(outMs);
        minutes = attendedMinutes({ startsAt, endsAt, checkedInAt, checkedOutAt });
        const meets = meetsAttendance(minutes, scheduled, plan.percent);
        if (meets === earns) break;
        if (!earns) {
          // Left too late to be short after all: the check-out was never recorded.
          checkedOutAt = null;
          minutes = 0;
          break;
        }
      }
      const flags = attendanceFlags({ startsAt, endsAt, checkedInAt, checkedOutAt });
      const manualIn = random.next() < odds.manual;
      const manualOut = checkedOutAt !== null && random.next() < odds.manual;
      const rated = earns && plan.status === 'closed' && random.next() < odds.rated;
      const row: Row = [
        ids.attendance++,
        unit.id,
        activityId,
        p.id,
        checkedInAt,
        checkedOutAt,
        manualIn ? 'manual' : 'code',
        checkedOutAt === null ? null : manualOut ? 'manual' : 'code',
        flags.late,
        flags.early,
      ];
      if (manualIn || manualOut || rated) {
        row.push(
          manualIn || manualOut ? random.pick(manualReasons) : '',
          manualIn || manualOut ? organiser : null,
          rated ? random.weighted(ratings) : null,
          rated && random.next() < odds.comment ? random.pick(comments) : '',
        );
        out.push('ActivityAttendance', attendanceColumns, row);
      } else out.push('ActivityAttendance', plainAttendanceColumns, row);
      return earns ? minutes : 0;
    };

    // Closing wrote the entries; the certifying township decides them in bulk once it catches up.
    const backlog = plan.townshipId === null ? backlogDays.least : (backlogOf.get(plan.townshipId) ?? 30);
    const pending = plan.closedMs !== null && plan.closedMs >= nowMs - backlog * dayMs;
    const decidedMs =
      plan.closedMs === null
        ? 0
        : plan.closedMs + random.int(Math.max(1, backlog - 1)) * dayMs + hourMs + random.int(8 * 60) * minuteMs;
    const decidedAt = new Date(decidedMs);
    const certifier = tree.officerOf(unit.id);
    const decide = (entryId: number, action: string, reason: string, actorId: number | null, at: Date) =>
      reason
        ? out.push('HourDecision', decisionColumns, [ids.decision++, entryId, action, actorId, at, reason])
        : out.push('HourDecision', plainDecisionColumns, [ids.decision++, entryId, action, actorId, at]);
    let approvedMinutes = 0;
    let approvedEntries = 0;
    for (const p of earning) {
      const minutes = attend(p, true);
      if (closedAt === null) continue;
      const entryId = ids.entry++;
      made.written++;
      let status = 'pending';
      let reason = '';
      let appealedAt: Date | null = null;
      let appeal = '';
      if (!pending) {
        if (random.next() < odds.declined) {
          status = 'declined';
          reason = random.pick(hourDeclineReasons);
          const at = new Date(decidedMs + random.int(60) * minuteMs);
          decide(entryId, 'declined', reason, certifier, at);
          const appealedMs = at.getTime() + (1 + random.int(10)) * dayMs + random.int(12) * hourMs;
          if (p.accountId !== null && random.next() < odds.appealed && appealedMs < nowMs) {
            status = 'appealed';
            appealedAt = new Date(appealedMs);
            appeal = random.pick(appealTexts);
            decide(entryId, 'appealed', appeal, p.accountId, appealedAt);
            const againMs = appealedMs + (2 + random.int(15)) * dayMs;
            if (random.next() < odds.appealDecided && againMs < nowMs) {
              if (random.next() < odds.appealUpheld) {
                status = 'approved';
                decide(entryId, 'approved', '', certifier, new Date(againMs));
              } else {
                status = 'declined';
                reason = random.pick(hourDeclineReasons);
                decide(entryId, 'declined', reason, certifier, new Date(againMs));
              }
            }
          }
        } else {
          status = 'approved';
          decide(entryId, 'approved', '', certifier, decidedAt);
        }
      }
      const entry: Row = [entryId, unit.id, activityId, p.id, teamNo, servedOn, year, minutes, status, closedAt];
      if (reason) {
        entry.push(reason, appealedAt, appeal);
        out.push('HourEntry', entryColumns, entry);
      } else out.push('HourEntry', plainEntryColumns, entry);
      if (status === 'approved') {
        approvedMinutes += minutes;
        approvedEntries += 1;
        const yearKey = p.id * 10_000 + year;
        const served = years.get(yearKey);
        if (served) served[3] += minutes;
        else years.set(yearKey, [p.id, p.unitId, year, minutes]);
        if (entryId % (auditEvery * 10) === 0)
          made.entries.push({ id: entryId, unitId: unit.id, label: `${title}（${servedOn}）` });
      }
    }
    for (const p of idle) attend(p, false);
    if (approvedEntries) {
      const key = `${unit.id}:${teamNo}:${month}`;
      const total = totals.get(key);
      if (total) {
        total[3] += approvedMinutes;
        total[4] += approvedEntries;
      } else totals.set(key, [unit.id, teamNo, month, approvedMinutes, approvedEntries]);
    }

    const placesLeft = capacity === null ? null : capacity - confirmed;
    out.push('Activity', activityColumns, [
      activityId,
      unit.id,
      plan.team?.id ?? null,
      title,
      keyOf(title),
      `${plan.topic.title}，${recruit ? '请提前报名，按时签到' : '到场扫码签到即可参加'}。`,
      `${shortName(unit.name)}${activityPlaces[plan.serial % activityPlaces.length]}`,
      startsAt,
      endsAt,
      plan.deadlineMs === null ? null : new Date(plan.deadlineMs),
      plan.mode,
      plan.approval,
      capacity,
      placesLeft,
      plan.skill >= 0 ? JSON.stringify([volunteerSkills[plan.skill]]) : '[]',
      plan.percent,
      plan.status,
      plan.publishedMs === null ? null : new Date(plan.publishedMs),
      closedAt,
      organiser,
      new Date(plan.createdMs),
      new Date(plan.updatedMs),
    ] satisfies Row);
    if (activityId % auditEvery === 0) made.activities.push({ id: activityId, unitId: unit.id, label: title });
    await out.flush();
  }
  if (made.written !== wantedEntries)
    throw new Error(`volunteers fixture: wrote ${made.written} hour entries, not ${wantedEntries}`);
  await writeTotals(ctx, out, totals, years);
  return made;
}

/**
 * The totals as the approvals left them. Keys the demo's approvals already hold (none unless its seed decides some)
 * are added to in place, a handful of rows; the rest go in through the writer.
 */
async function writeTotals(
  ctx: FixtureContext,
  out: RowWriter,
  totals: Map<string, [number, number, string, number, number]>,
  years: Map<number, [number, number, number, number]>,
) {
  const held = await ctx.db.hourTotal.findMany({ select: { unitId: true, teamNo: true, month: true } });
  const heldKeys = new Set(held.map((t) => `${t.unitId}:${t.teamNo}:${t.month}`));
  for (const [key, row] of totals) {
    if (heldKeys.has(key)) {
      const [unitId, teamNo, month, minutes, entries] = row;
      await ctx.db.hourTotal.update({
        where: { unitId_teamNo_month: { unitId, teamNo, month } },
        data: { minutes: { increment: minutes }, entries: { increment: entries } },
      });
    } else out.push('HourTotal', totalColumns, row);
    await out.flush();
  }
  // The volunteers are all new: none of their years is held yet.
  for (const row of years.values()) {
    out.push('VolunteerServiceYear', serviceYearColumns, row);
    await out.flush();
  }
  await out.flush(true);
}
