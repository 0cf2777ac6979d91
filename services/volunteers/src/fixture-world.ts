// What the volunteers' fixture generators share: the bulk writer's buffers (parents sent before their children), the
// unit tree as the fixture sees it (each unit's township, who acts for a unit) and the fixture's calendar.
import type { FixtureContext, FixtureUnit, FixtureValue } from '@strata/api';
import { dayNumberOf, dayText, startOfDayNumber } from '@strata/i18n/days';

export type Row = FixtureValue[];

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/** The tables in the order their rows go in: a row's parents are always sent before it (foreign keys are on). */
const tableOrder = [
  'Volunteer',
  'VolunteerTeam',
  'VolunteerTeamMember',
  'Activity',
  'ActivitySignup',
  'ActivityAttendance',
  'HourEntry',
  'HourDecision',
  'HourTotal',
  'VolunteerServiceYear',
] as const;
export type VolunteersTable = (typeof tableOrder)[number];

/** Rows held before they are sent: bounds the memory a million entries take while they are written. */
const chunk = 100_000;

/**
 * Rows of every table held for the bulk writer, sent a chunk at a time, every table in `tableOrder`. A table may take
 * rows in more than one set of columns (each its own statement): most rows leave the columns that hold their
 * defaults (an empty reason, no rating) to the database, which is a good part of the load's time saved.
 */
export function rowWriter(ctx: FixtureContext) {
  const held = new Map<VolunteersTable, Map<readonly string[], Row[]>>();
  let count = 0;
  const flushAll = async () => {
    for (const table of tableOrder)
      for (const [columns, rows] of held.get(table) ?? []) {
        if (rows.length) await ctx.insert(table, columns, rows);
        rows.length = 0;
      }
    count = 0;
  };
  return {
    /** One row of `table` in `columns` (the same array for every row of that shape). */
    push: (table: VolunteersTable, columns: readonly string[], row: Row) => {
      let shapes = held.get(table);
      if (!shapes) {
        shapes = new Map();
        held.set(table, shapes);
      }
      const rows = shapes.get(columns);
      if (rows) rows.push(row);
      else shapes.set(columns, [row]);
      count++;
    },
    /** Sends what is held once it is a chunk (everything with `all`): call it between objects, never mid-object. */
    flush: async (all = false) => {
      if (all || count >= chunk) await flushAll();
    },
  };
}
export type RowWriter = ReturnType<typeof rowWriter>;

/** The tree as the generators need it: each unit's township (none for the municipality), who acts for a unit. */
export function unitTree(ctx: FixtureContext) {
  const byId = new Map(ctx.units.map((u) => [u.id, u]));
  const root = ctx.units.find((u) => u.depth === 0);
  if (!root) throw new Error('volunteers fixture: no municipality');
  const townships = ctx.units.filter((u) => u.kind === 'township').sort((a, b) => a.id - b.id);
  const townshipOf = (unit: FixtureUnit): FixtureUnit | null => {
    if (unit.depth === 0) return null;
    const id = Number(unit.path.split('/').filter(Boolean)[1]);
    return byId.get(id) ?? null;
  };
  // Who decides for a unit: its secretary (a branch) or admin (a township, the municipality), else another officer
  // there, else the nearest unit above that has one.
  const rank: Record<string, number> = { branch_secretary: 0, township_admin: 0, municipal_admin: 0 };
  const best = new Map<number, { id: number; rank: number }>();
  for (const user of ctx.users)
    for (const g of user.grants) {
      if (g.role === 'member') continue;
      const r = rank[g.role] ?? 1;
      const held = best.get(g.unitId);
      if (!held || r < held.rank) best.set(g.unitId, { id: user.id, rank: r });
    }
  const officers = new Map<number, number | null>();
  const officerOf = (unitId: number): number | null => {
    let id = officers.get(unitId);
    if (id === undefined) {
      const parentId = byId.get(unitId)?.parentId;
      id = best.get(unitId)?.id ?? (parentId === null || parentId === undefined ? null : officerOf(parentId));
      officers.set(unitId, id);
    }
    return id;
  };
  return { byId, root, townships, townshipOf, officerOf };
}
export type UnitTree = ReturnType<typeof unitTree>;

/** The fixture's days: today in Shanghai (a day number), instants of a day, day texts kept once made. */
export function fixtureCalendar(now: Date) {
  const today = dayNumberOf(now);
  const texts = new Map<number, string>();
  const starts = new Map<number, number>();
  return {
    nowMs: now.getTime(),
    today,
    /** The first day of the 24 months of activities. */
    firstDay: today - 730,
    text: (day: number) => {
      let found = texts.get(day);
      if (found === undefined) {
        found = dayText(day);
        texts.set(day, found);
      }
      return found;
    },
    /** Midnight of `day` in Shanghai, as epoch milliseconds. */
    start: (day: number) => {
      let found = starts.get(day);
      if (found === undefined) {
        found = startOfDayNumber(day);
        starts.set(day, found);
      }
      return found;
    },
  };
}
export type FixtureCalendar = ReturnType<typeof fixtureCalendar>;
