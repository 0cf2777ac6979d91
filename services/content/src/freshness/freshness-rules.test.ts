import { dayNumber, dayText } from '@strata/i18n/days';
import { describe, expect, it } from 'vitest';
import {
  type ColumnTrack,
  cadenceRules,
  columnFreshness,
  dueDay as dueDayNumber,
  judgeOn as judgeOnDay,
  worstState,
} from './freshness-rules';

const dueDay = (c: ColumnTrack) => {
  const due = dueDayNumber(c);
  return due === null ? null : dayText(due);
};
const judgeOn = (cadence: ColumnTrack['cadence'], due: string, today: string) =>
  judgeOnDay(cadence, dayNumber(due), dayNumber(today));

/** A moment by Shanghai's wall clock (UTC+8, no summer time). */
const shanghai = (wall: string) => new Date(`${wall}+08:00`);
const created = shanghai('2025-06-01T09:00:00');
const column = (
  cadence: ColumnTrack['cadence'],
  last: string | null,
  extra: Partial<ColumnTrack> = {},
): ColumnTrack => ({
  cadence,
  hidden: false,
  createdAt: created,
  lastPublishedAt: last === null ? null : shanghai(last),
  ...extra,
});
/** The column's state on each Shanghai day (judged at noon). */
const statesOn = (c: ColumnTrack, days: string[]) =>
  days.map((day) => {
    const { state, daysOverdue } = columnFreshness(c, shanghai(`${day}T12:00:00`));
    return state === 'overdue' ? `overdue ${daysOverdue}` : state;
  });

describe('whether a column keeps its cadence', () => {
  it('daily: due the day after it published; due soon on that day, overdue from the next', () => {
    const c = column('daily', '2026-03-02T10:00:00');
    expect(dueDay(c)).toBe('2026-03-03');
    expect(statesOn(c, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-10'])).toEqual([
      'kept',
      'dueSoon',
      'overdue 1',
      'overdue 7',
    ]);
  });

  it('weekly: due seven days on; due soon from two days before', () => {
    const c = column('weekly', '2026-03-02T10:00:00');
    expect(dueDay(c)).toBe('2026-03-09');
    expect(statesOn(c, ['2026-03-06', '2026-03-07', '2026-03-09', '2026-03-10'])).toEqual([
      'kept',
      'dueSoon',
      'dueSoon',
      'overdue 1',
    ]);
  });

  it('monthly: due a calendar month on (the month’s last day when shorter); due soon from five days before', () => {
    const c = column('monthly', '2026-01-31T20:00:00');
    expect(dueDay(c)).toBe('2026-02-28');
    expect(statesOn(c, ['2026-02-22', '2026-02-23', '2026-02-28', '2026-03-01', '2026-03-31'])).toEqual([
      'kept',
      'dueSoon',
      'dueSoon',
      'overdue 1',
      'overdue 31',
    ]);
    expect(dueDay(column('monthly', '2028-01-31T08:00:00'))).toBe('2028-02-29');
    expect(dueDay(column('monthly', '2026-03-15T08:00:00'))).toBe('2026-04-15');
  });

  it('quarterly: due three calendar months on; due soon from ten days before', () => {
    const c = column('quarterly', '2026-11-30T09:00:00');
    expect(dueDay(c)).toBe('2027-02-28');
    expect(statesOn(c, ['2027-02-17', '2027-02-18', '2027-02-28', '2027-03-01'])).toEqual([
      'kept',
      'dueSoon',
      'dueSoon',
      'overdue 1',
    ]);
    expect(dueDay(column('quarterly', '2026-08-31T09:00:00'))).toBe('2026-11-30');
  });

  it('counts a column that never published from the day it was created', () => {
    const never = column('weekly', null);
    expect(dueDay(never)).toBe('2025-06-08');
    expect(statesOn(never, ['2025-06-05', '2025-06-06', '2025-06-09'])).toEqual(['kept', 'dueSoon', 'overdue 1']);
    expect(dueDay(column('monthly', null))).toBe('2025-07-01');
  });

  it('leaves a hidden column, and one without a cadence, untracked whatever their dates', () => {
    for (const c of [
      column('none', null),
      column('none', '2020-01-01T00:00:00'),
      column('daily', null, { hidden: true }),
    ]) {
      expect(dueDay(c)).toBeNull();
      expect(columnFreshness(c, shanghai('2026-03-01T12:00:00'))).toEqual({
        dueOn: null,
        state: 'untracked',
        daysOverdue: 0,
      });
    }
  });

  it('counts days in Shanghai: 23:30 and 00:30 are two days apart, though UTC sees one day', () => {
    // Both moments are 2026-03-01 in UTC (15:30Z and 16:30Z).
    const lateEvening = column('daily', '2026-03-01T23:30:00');
    const pastMidnight = column('daily', '2026-03-02T00:30:00');
    const now = shanghai('2026-03-03T10:00:00');
    expect(columnFreshness(lateEvening, now)).toEqual({ dueOn: '2026-03-02', state: 'overdue', daysOverdue: 1 });
    expect(columnFreshness(pastMidnight, now)).toEqual({ dueOn: '2026-03-03', state: 'dueSoon', daysOverdue: 0 });
    // And the clock's day turns at Shanghai's midnight too: 23:30 is still the due day, 00:30 the day after.
    expect(columnFreshness(lateEvening, shanghai('2026-03-02T23:30:00')).state).toBe('dueSoon');
    expect(columnFreshness(lateEvening, shanghai('2026-03-03T00:30:00'))).toMatchObject({
      state: 'overdue',
      daysOverdue: 1,
    });
  });

  it('judges a due day against today, whatever the cadence’s warning days', () => {
    expect(Object.fromEntries(Object.entries(cadenceRules).map(([k, r]) => [k, r.dueSoonDays]))).toEqual({
      daily: 0,
      weekly: 2,
      monthly: 5,
      quarterly: 10,
    });
    expect(judgeOn('quarterly', '2026-03-20', '2026-03-09')).toEqual({ state: 'kept', daysOverdue: 0 });
    expect(judgeOn('quarterly', '2026-03-20', '2026-03-10')).toEqual({ state: 'dueSoon', daysOverdue: 0 });
    expect(judgeOn('quarterly', '2026-03-20', '2026-04-19')).toEqual({ state: 'overdue', daysOverdue: 30 });
    expect(judgeOn('none', '2026-03-20', '2026-04-19')).toEqual({ state: 'untracked', daysOverdue: 0 });
  });

  it('gives a unit its worst column’s state', () => {
    expect(worstState(['kept', 'overdue', 'dueSoon'])).toBe('overdue');
    expect(worstState(['kept', 'untracked', 'dueSoon'])).toBe('dueSoon');
    expect(worstState(['untracked', 'kept'])).toBe('kept');
    expect(worstState(['untracked'])).toBe('untracked');
    expect(worstState([])).toBe('untracked');
  });
});
