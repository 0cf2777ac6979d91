// @vitest-environment happy-dom
// The reports against a mocked API: the summary of the period the URL names, its totals as cards and a child's line a
// click away from that child's own report (the unit kept in the URL, the trail leading back up), a branch's members
// leading to their statements; the reconciliation marks a unit whose two sides differ (a red row and a warning), lists
// the months it sent nothing and the totals; both tabs write a sheet headed in the reader's language.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Reconciliation, Summary } from '../common/api-types';
import { yearToDate } from '../common/months';
import { branch, testUnits, township } from '../testing/fixtures';
import { accessOf, testI18n } from '../testing/render';
import { type Answers, byTestId, renderWithApi, until } from '../testing/render-with-api';
import { differsClass } from './reconciliation-view';
import { periodProblem, readReportParams, reportTrail } from './report-params';
import { reconciliationSheet, summarySheet } from './report-sheets';
import { ReportsPage } from './reports-page';

const secondBranch = 8;
const units = [
  ...testUnits,
  {
    id: secondBranch,
    parentId: township,
    kind: 'branch',
    name: '城关二支部',
    path: '/1/2/8/',
    depth: 2,
    archivedAt: null,
  },
];

const figures = (assessed: number, paid: number) => ({
  assessedFen: assessed,
  reducedFen: 0,
  paidFen: paid,
  leftFen: assessed - paid,
  collectedFen: paid,
  extraFen: 0,
  remittedFen: paid,
  receivedFen: 0,
});

const townshipSummary: Summary = {
  unit: { id: township, name: '城关镇', kind: 'township' },
  from: '2026-01',
  to: '2026-10',
  totals: figures(600_000, 450_050),
  collected: [],
  children: [
    { unitId: branch, name: '城关一支部', kind: 'branch', ...figures(400_000, 300_050) },
    { unitId: secondBranch, name: '城关二支部', kind: 'branch', ...figures(200_000, 150_000) },
  ],
  members: [],
};

const branchSummary: Summary = {
  unit: { id: branch, name: '城关一支部', kind: 'branch' },
  from: '2026-01',
  to: '2026-10',
  totals: figures(400_000, 300_050),
  collected: [],
  children: [],
  members: [
    { memberId: 3, name: '张建国', assessedFen: 24_000, reducedFen: 0, paidFen: 24_000, leftFen: 0 },
    { memberId: 4, name: '李红', assessedFen: 24_000, reducedFen: 0, paidFen: 4_000, leftFen: 20_000 },
  ],
};

const reconciliation: Reconciliation = {
  unit: { id: township, name: '城关镇' },
  from: '2026-01',
  to: '2026-10',
  rows: [
    {
      childId: branch,
      childName: '城关一支部',
      sentFen: 300_050,
      receivedFen: 300_000,
      differenceFen: -50,
      unreceived: 1,
      missing: ['2026-09', '2026-10'],
    },
    {
      childId: secondBranch,
      childName: '城关二支部',
      sentFen: 150_000,
      receivedFen: 150_000,
      differenceFen: 0,
      unreceived: 0,
      missing: [],
    },
  ],
  sentFen: 450_050,
  receivedFen: 450_000,
  differing: [branch],
};

function openReports(at: string, answers: Answers = {}) {
  return renderWithApi(<ReportsPage basePath="/dues" unitId={township} />, {
    answers: {
      'identity.units.tree': () => units,
      'dues.reports.summary': (input) =>
        (input as { unitId: number }).unitId === branch ? branchSummary : townshipSummary,
      'dues.reports.reconciliation': () => reconciliation,
      ...answers,
    },
    at,
    route: '/dues/reports',
    access: accessOf({ 'dues.read': [township, branch, secondBranch] }, township),
  });
}

const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
const text = (testId: string) => byTestId(testId)?.textContent ?? '';

describe('the summary', { timeout: 30_000 }, () => {
  it('shows the totals of the period the URL names and opens a child’s own report on a click', async () => {
    const drawn = openReports('/dues/reports?from=2026-01&to=2026-10');
    await until(() => byTestId(`report-child-${branch}`) !== null, 'the summary');
    expect(callsTo(drawn, 'dues.reports.summary')[0]).toEqual({ unitId: township, from: '2026-01', to: '2026-10' });
    expect(text('report-total-assessed')).toBe('6,000.00');
    expect(text('report-total-paid')).toBe('4,500.50');
    expect(text('report-total-left')).toBe('1,499.50');
    expect(callsTo(drawn, 'dues.reports.reconciliation')).toEqual([]);

    // A click anywhere on the child's row opens its report, the period kept.
    const row = byTestId(`report-child-${branch}`)?.closest('tr');
    act(() => row?.querySelector('td:last-child')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await until(() => byTestId('report-member-4') !== null, "the branch's members");
    expect(callsTo(drawn, 'dues.reports.summary').at(-1)).toEqual({ unitId: branch, from: '2026-01', to: '2026-10' });
    expect(new URLSearchParams(drawn.history.location.search).get('unit')).toBe(String(branch));
    expect(byTestId('report-member-4')?.getAttribute('href')).toBe('/dues/members/4');
    expect(text('report-total-assessed')).toBe('4,000.00');
    await until(() => byTestId('reports-unit')?.textContent === '城关一支部', 'the trail');
    expect(byTestId(`reports-up-${township}`)?.textContent).toBe('城关镇');

    // The trail leads back up, to the current unit's own report.
    act(() => byTestId(`reports-up-${township}`)?.click());
    await until(() => byTestId(`report-child-${secondBranch}`) !== null, 'the township again');
    expect(new URLSearchParams(drawn.history.location.search).get('unit')).toBeNull();
  });

  it('reports this year to the last ended month unless the URL says otherwise', () => {
    const today = '2026-11-20';
    expect(readReportParams(new URLSearchParams(''), today, township)).toEqual({
      period: yearToDate(today),
      unit: undefined,
      tab: 'summary',
    });
    expect(
      readReportParams(
        new URLSearchParams(`from=2026-05&to=2026-03&unit=${branch}&tab=reconciliation`),
        today,
        township,
      ),
    ).toEqual({ period: { from: '2026-01', to: '2026-10' }, unit: branch, tab: 'reconciliation' });
    expect(readReportParams(new URLSearchParams(`unit=${township}&tab=x`), today, township).unit).toBeUndefined();
    // At most 36 months, both ends counted.
    expect(periodProblem('2024-01', '2026-12')).toBe(undefined);
    expect(periodProblem('2024-01', '2027-01')).toBe('spanTooLong');
    expect(periodProblem('2026-05', '2026-04')).toBe('toBeforeFrom');
    expect(periodProblem('2026-5', '2026-06')).toBe('monthInvalid');
    expect(reportTrail(units, township, branch).map((u) => u.id)).toEqual([township, branch]);
    expect(reportTrail(units, branch, township).map((u) => u.id)).toEqual([branch]);
  });
});

describe('the reconciliation', { timeout: 30_000 }, () => {
  it('marks a unit whose sent and received differ, with the months it sent nothing and the totals', async () => {
    const drawn = openReports('/dues/reports?from=2026-01&to=2026-10&tab=reconciliation');
    await until(() => byTestId(`reconciliation-child-${secondBranch}`) !== null, 'the reconciliation');
    expect(callsTo(drawn, 'dues.reports.reconciliation')[0]).toEqual({
      unitId: township,
      from: '2026-01',
      to: '2026-10',
    });
    const rowOf = (id: number) => byTestId(`reconciliation-child-${id}`)?.closest('tr');
    expect(rowOf(branch)?.classList.contains(differsClass)).toBe(true);
    expect(rowOf(secondBranch)?.classList.contains(differsClass)).toBe(false);
    expect(byTestId(`reconciliation-differs-${branch}`)?.querySelector('.anticon-warning')).not.toBeNull();
    expect(byTestId(`reconciliation-differs-${secondBranch}`)).toBeNull();
    expect(text(`reconciliation-difference-${branch}`)).toBe('-0.50');
    expect(byTestId(`reconciliation-difference-${branch}`)?.className).toContain('ant-typography-danger');
    expect(text(`reconciliation-missing-${branch}`)).toBe('2026年9月、2026年10月');
    expect(text(`reconciliation-missing-${secondBranch}`)).toBe('—');
    expect(text('reconciliation-verdict')).toContain('1 个下级单位上缴与收到的金额不一致');
    expect(text('reconciliation-totals')).toBe('合计：下级上缴 4,500.50 元，本级收到 4,500.00 元，差额 -0.50 元');
    expect(text('reconciliation-verdict')).toContain('须查明原因');
    // The red comes from the page's own rule for the class.
    const rules = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(rules).toContain(`.${differsClass} > td`);

    // A unit's name opens its own report, on the same tab.
    act(() => byTestId(`reconciliation-child-${secondBranch}`)?.click());
    await until(() => callsTo(drawn, 'dues.reports.reconciliation').length === 2, 'the unit’s reconciliation');
    expect(callsTo(drawn, 'dues.reports.reconciliation')[1]).toMatchObject({ unitId: secondBranch });
  });

  it('writes both tabs as sheets headed in the reader’s language', () => {
    const zh = testI18n('zh-CN').t;
    const en = testI18n('en-US').t;
    const summary = summarySheet(townshipSummary, zh);
    expect(summary.header).toEqual([
      '单位',
      '应缴（元）',
      '减免（元）',
      '已缴（元）',
      '未缴（元）',
      '收缴（元）',
      '自愿多缴（元）',
      '上缴（元）',
      '收到上缴（元）',
    ]);
    expect(summary.body.at(-1)?.slice(0, 4)).toEqual(['合计', '6,000.00', '0.00', '4,500.50']);
    expect(summarySheet(branchSummary, en).header).toEqual([
      'Member',
      'Assessed (yuan)',
      'Reduced (yuan)',
      'Paid (yuan)',
      'Left (yuan)',
    ]);
    expect(summarySheet(branchSummary, en).body[1]).toEqual(['李红', '240.00', '0.00', '40.00', '200.00']);
    const sheet = reconciliationSheet(reconciliation, en, 'en-US');
    expect(sheet.header[0]).toBe('Unit below');
    expect(sheet.body[0]).toEqual(['城关一支部', '3,000.50', '3,000.00', '-0.50', 1, 'Sep 2026, Oct 2026']);
    expect(sheet.body.at(-1)).toEqual(['Total', '4,500.50', '4,500.00', '-0.50', 1, '']);
    expect(reconciliationSheet(reconciliation, zh, 'zh-CN').header.at(-1)).toBe('未上缴的月份');
  });
});
