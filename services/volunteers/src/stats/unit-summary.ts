// stats.summary: a unit subtree's year (volunteers.read at the unit): volunteers registered (active), volunteers active
// in the year, activities held, approved minutes by month and minutes awaiting a decision, each child unit's subtree
// (its figures add up, with the unit's own, to the totals), and the teams with the most minutes. Every figure is summed
// per unit from the totals tables and added up here by the tree.
import { type CheckedUnit, type Scope, unitInScope } from '@strata/api';
import { type Db, whileUnchanged } from '@strata/db';
import {
  activePerUnit,
  activitiesPerUnit,
  minutesPerUnitMonth,
  pendingMinutes,
  subtreeUnits,
  topTeams,
  volunteersPerUnit,
} from './stats.sql';
import type { Summary } from './stats-schemas';

const teamsShown = 20;

export async function unitSummary(db: Db, scope: Scope, input: { unitId: number; year: number }): Promise<Summary> {
  const unit = await unitInScope(db, scope, 'volunteers.read', input.unitId);
  // Kept while nothing is written (whileUnchanged): the municipality's year is about a hundred milliseconds to sum,
  // and the overview asks it on every visit. The caller's scope was checked above; the figures are the unit's alone.
  return whileUnchanged(db, `volunteers.summary ${unit.id} ${input.year}`, () => summaryOf(db, unit, input.year), {
    reads: ['Unit', 'HourTotal', 'HourEntry', 'Volunteer', 'VolunteerServiceYear', 'VolunteerTeam', 'Activity'],
    warm: true,
  });
}

async function summaryOf(db: Db, unit: CheckedUnit, year: number): Promise<Summary> {
  const from = `${year}-01`;
  const to = `${year}-12`;
  const start = new Date(`${year}-01-01T00:00:00+08:00`);
  const end = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  const [units, volunteers, active, activities, minutes, teams, pending] = await Promise.all([
    subtreeUnits(db, unit),
    volunteersPerUnit(db, unit),
    activePerUnit(db, unit, year),
    activitiesPerUnit(db, unit, start, end),
    minutesPerUnitMonth(db, unit, from, to),
    topTeams(db, unit, from, to, teamsShown),
    pendingMinutes(db, unit, year),
  ]);
  // Each unit's child of `unit` (its own rows: none).
  const childOf = new Map<number, number | null>();
  const childAt = new Map<string, number>();
  for (const u of units) if (u.parentId === unit.id) childAt.set(u.path, Number(u.id));
  for (const u of units) {
    const head = u.path.slice(unit.path.length).split('/')[0];
    childOf.set(Number(u.id), head ? (childAt.get(`${unit.path}${head}/`) ?? null) : null);
  }
  const children = new Map(
    units
      .filter((u) => u.parentId === unit.id)
      .sort((a, b) => Number(a.sort) - Number(b.sort) || Number(a.id) - Number(b.id))
      .map((u) => [
        Number(u.id),
        { unitId: Number(u.id), name: u.name, volunteers: 0, activeVolunteers: 0, activities: 0, minutes: 0 },
      ]),
  );
  const add = (unitId: number, field: 'volunteers' | 'activeVolunteers' | 'activities' | 'minutes', n: number) => {
    const child = childOf.get(Number(unitId));
    const row = child === null || child === undefined ? undefined : children.get(child);
    if (row) row[field] += n;
  };
  let volunteerCount = 0;
  for (const r of volunteers) {
    volunteerCount += Number(r.n);
    add(r.unitId, 'volunteers', Number(r.n));
  }
  let activeCount = 0;
  for (const r of active) {
    activeCount += Number(r.n);
    add(r.unitId, 'activeVolunteers', Number(r.n));
  }
  let activityCount = 0;
  for (const r of activities) {
    activityCount += Number(r.n);
    add(r.unitId, 'activities', Number(r.n));
  }
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    minutes: 0,
    entries: 0,
  }));
  let approved = 0;
  for (const r of minutes) {
    const month = months[Number(r.month.slice(5, 7)) - 1];
    const n = Number(r.minutes);
    approved += n;
    if (month) {
      month.minutes += n;
      month.entries += Number(r.entries);
    }
    add(r.unitId, 'minutes', n);
  }
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    volunteers: volunteerCount,
    activeVolunteers: activeCount,
    activities: activityCount,
    approvedMinutes: approved,
    pendingMinutes: pending,
    months,
    children: [...children.values()],
    teams: teams.map((t) => ({
      teamId: Number(t.teamId),
      name: t.name,
      unitName: t.unitName,
      minutes: Number(t.minutes),
    })),
  };
}
