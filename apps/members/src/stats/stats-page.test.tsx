// @vitest-environment happy-dom
// The statistics page against a mocked API: today's figures are the server's (the tables beside the charts), an empty
// subtree says so; the annual statistics list the years taken and by whom, offer taking the last year only to who may
// (asked first, the server's refusal shown), and show a year's tables, compared with today's when asked.

import { drawnChartName } from '@strata/ui/testing';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LiveStats } from '../common/api-types';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { counts, live, snapshots, tables2025, township } from './stats-fixtures';
import { StatsPage } from './stats-page';

beforeAll(loadDialogs, 60_000);

type Drawn = ReturnType<typeof renderWithApi>;

function openStats(at: string, answers: Answers = {}, allowed: Record<string, number[]> = {}, language?: 'en-US') {
  return renderWithApi(<StatsPage basePath="/members" unitId={township} />, {
    answers: {
      'members.stats.live': () => live,
      'members.stats.snapshots': () => snapshots(),
      'members.stats.snapshotTables': () => tables2025,
      ...answers,
    },
    at,
    route: '/members/stats',
    access: accessOf({ 'members.read': [township], ...allowed }, township),
    ...(language && { language }),
  });
}

/** A table's body rows as the text of their cells. */
const rows = (testId: string) =>
  [...(byTestId(testId)?.querySelectorAll('tbody tr.ant-table-row') ?? [])].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );
const headings = (testId: string) =>
  [...(byTestId(testId)?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
const called = (drawn: Drawn, path: string) => drawn.calls.filter((c) => c.path === path);
const click = (testId: string) => act(() => byTestId(testId)?.click());

describe('today’s figures', { timeout: 20_000 }, () => {
  it('shows the server’s figures of the unit’s subtree, each chart with its table', async () => {
    const drawn = openStats('/members/stats');
    await until(() => byTestId('stats-live') !== null, 'the figures');
    expect(called(drawn, 'members.stats.live').map((c) => c.input)).toEqual([{ unitId: township }]);
    expect(byTestId('stats-total')?.textContent).toContain('10');
    expect(byTestId('stats-flow-transferredIn')?.textContent).toBe('转入3');
    expect(rows('stats-table-stage')).toEqual([
      ['入党申请人', '1', '10.0%'],
      ['入党积极分子', '1', '10.0%'],
      ['发展对象', '0', '0.0%'],
      ['预备党员', '2', '20.0%'],
      ['正式党员', '6', '60.0%'],
    ]);
    expect(rows('stats-table-ethnicity')).toEqual([
      ['汉族', '7', '70.0%'],
      ['少数民族', '2', '20.0%'],
      ['其他（含外国血统）', '1', '10.0%'],
    ]);
    expect(rows('stats-table-yearsBand').at(-1)).toEqual(['尚未入党', '2', '20.0%']);
    // The chart says what it shows, in the page's language.
    expect(await drawnChartName('stats-chart-gender')).toBe('性别分布图：男 7和女 3');
    expect(rows('stats-units')).toEqual([
      ['城关一支部', '6', '1', '0', '0', '1', '4', '1', '1', '0', '0', '1'],
      ['城关二支部', '4', '0', '1', '0', '1', '2', '1', '1', '0', '0', '0'],
    ]);
    // Nothing of the annual statistics is asked for before its tab opens.
    expect(called(drawn, 'members.stats.snapshots')).toEqual([]);
  });

  it('says so when nobody is on the registry, without charts', async () => {
    const none: LiveStats = { ...live, members: counts({ total: 0 }), children: [] };
    openStats('/members/stats', { 'members.stats.live': () => none }, {}, 'en-US');
    await until(() => byTestId('stats-live') !== null, 'the figures');
    expect(byTestId('stats-empty')?.textContent).toContain('Nobody is on the registry');
    expect(byTestId('stats-chart-stage')).toBeNull();
    expect(byTestId('stats-units')?.textContent).toContain('There are no units below this one.');
  });
});

describe('the annual statistics', { timeout: 20_000 }, () => {
  it('offers no taking to who does not hold members.snapshot, and lists the years taken and by whom', async () => {
    openStats('/members/stats?tab=annual', { 'members.stats.snapshots': () => snapshots({}, [2024]) });
    await until(() => byTestId('stats-years') !== null, 'the years');
    expect(headings('stats-years')).toEqual(['年度', '统计截止日', '生成时间', '生成人', '']);
    expect(rows('stats-years')).toEqual([
      ['2024 年', '2024年12月31日', expect.any(String), '市委组织部管理员', '查看'],
    ]);
    expect(byTestId('stats-take')).toBeNull();
  });

  it('says the taker is unknown once the account is gone, in either language', async () => {
    const listed = snapshots({}, [2025, 2024]);
    const gone = { ...listed, years: listed.years.map((y) => (y.year === 2024 ? { ...y, takenByName: null } : y)) };
    openStats('/members/stats?tab=annual', { 'members.stats.snapshots': () => gone }, {}, 'en-US');
    await until(() => byTestId('stats-years') !== null, 'the years');
    expect(headings('stats-years')).toEqual(['Year', 'As of', 'Taken at', 'Taken by', '']);
    expect(rows('stats-years').map((cells) => cells[3])).toEqual(['市委组织部管理员', 'Unknown']);
  });

  it('takes the last year once confirmed by who may, then opens it', async () => {
    let taken = false;
    const drawn = openStats(
      '/members/stats?tab=annual',
      {
        'members.stats.snapshots': () => (taken ? snapshots() : snapshots({ mayTake: true }, [])),
        'members.stats.takeSnapshot': () => {
          taken = true;
          return { year: 2025, asOf: '2025-12-31', takenAt: '2026-01-05T02:00:00.000Z', rows: 8 };
        },
      },
      { 'members.snapshot': [township] },
    );
    await until(() => byTestId('stats-take') !== null, 'the action');
    expect(byTestId('stats-annual-empty')?.textContent).toContain('尚未生成年度统计');
    expect(byTestId('stats-take')?.textContent).toBe('生成 2025 年度统计');
    expect(byTestId('stats-take')?.getAttribute('data-permission')).toBe('members.snapshot');
    click('stats-take');
    await until(() => document.querySelector('.ant-modal-confirm') !== null, 'the question');
    expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('冻结');
    // Asked first: nothing is taken before the answer.
    expect(called(drawn, 'members.stats.takeSnapshot')).toEqual([]);
    act(() => byTestId('stats-take-ok')?.click());
    await until(() => byTestId('stats-report') !== null, 'the year’s tables');
    expect(called(drawn, 'members.stats.takeSnapshot').map((c) => c.input)).toEqual([{ year: 2025 }]);
    expect(drawn.history.location.search).toBe('?tab=annual&year=2025');
    expect(byTestId('stats-latest-taken')?.textContent).toBe('2025 年度统计已生成。');
    expect(byTestId('stats-take')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    openStats(
      '/members/stats?tab=annual',
      {
        'members.stats.snapshots': () => snapshots({ mayTake: true }, []),
        'members.stats.takeSnapshot': () => {
          throw refusal('该年度统计已生成，不可更改', 'CONFLICT');
        },
      },
      { 'members.snapshot': [township] },
    );
    await until(() => byTestId('stats-take') !== null, 'the action');
    click('stats-take');
    await until(() => byTestId('stats-take-ok') !== null, 'the question');
    act(() => byTestId('stats-take-ok')?.click());
    await until(() => byTestId('stats-take-error') !== null, 'the refusal');
    expect(byTestId('stats-take-error')?.textContent).toContain('该年度统计已生成，不可更改');
    expect(byTestId('stats-report')).toBeNull();
  });

  it('shows a year’s tables for the unit, compared with today’s when asked', async () => {
    const drawn = openStats('/members/stats?tab=annual&year=2025', {}, {}, 'en-US');
    await until(() => byTestId('stats-report') !== null && byTestId('stats-compare') !== null, 'the year’s tables');
    expect(called(drawn, 'members.stats.snapshotTables').map((c) => c.input)).toEqual([
      { year: 2025, unitId: township },
    ]);
    expect(headings('stats-report-composition')).toEqual(['Category', 'Item', 'People', 'Share (%)']);
    expect(rows('stats-report-composition')[4]).toEqual(['Full member', '5', '62.5%']);
    expect(rows('stats-report-during')[0]).toEqual(['Admitted', '1']);
    expect(rows('stats-report-units')[1]?.[0]).toBe('城关二支部');
    click('stats-compare');
    await settle(10);
    expect(headings('stats-report-composition')).toEqual(['Category', 'Item', 'People', 'Share (%)', 'Now', 'Change']);
    expect(rows('stats-report-composition')[4]).toEqual(['Full member', '5', '62.5%', '6', '+1']);
  });
});
