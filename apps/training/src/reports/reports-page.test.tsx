// @vitest-environment happy-dom
// 培训统计 against a mocked API: the coverage of the current unit's subtree (share, staff, covered, the units below
// ranked with a link to their people's training, each required course), the learning figures of the subtree, the
// unit's own people and each unit below with their completion charted; an empty subtree says what fills it; a refusal
// is shown.

import { drawnChartName } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, until } from '../testing/render-with-api';
import { coverageReport, emptyCoverage, emptyUnits, school, township, unitsReport, village } from './report-fixtures';
import { ReportsPage } from './reports-page';

function openPage(answers: Answers = {}) {
  return renderWithApi(<ReportsPage basePath="/training" unitId={township} />, {
    answers: {
      'training.reports.coverage': () => coverageReport(),
      'training.reports.units': () => unitsReport(),
      ...answers,
    },
    at: '/training/reports',
    route: '/training/reports',
    access: accessOf({ 'training.read': [township, village, school] }, township),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const asked = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('the training statistics page', { timeout: 30_000 }, () => {
  it('shows the coverage and the figures of the current unit’s subtree', async () => {
    const drawn = openPage();
    await until(() => byTestId('reports-units-chart') !== null && byTestId('reports-coverage-share') !== null);
    expect(asked(drawn, 'training.reports.coverage')).toEqual([{ unitId: township }]);
    expect(asked(drawn, 'training.reports.units')).toEqual([{ unitId: township }]);
    expect(text('reports-coverage-share')).toContain('75%');
    expect(text('reports-coverage-staff')).toContain('20');
    expect(text('reports-coverage-covered')).toContain('15');
    expect(text('reports-coverage-none-required')).toContain('3');
    // The units below, ranked as the server ranks them, each linking to its people's training.
    const children = text('reports-coverage-children');
    expect(children.indexOf('东关村')).toBeLessThan(children.indexOf('城关中学'));
    expect(byTestId('reports-coverage-unit-5')?.getAttribute('href')).toBe('/training/enrolments?unitId=5');
    expect(text('reports-coverage-courses')).toContain('网站安全基础');
    // Each bar names its share, for a screen reader (axe: aria-progressbar-name).
    const bar = byTestId('reports-course-share-7');
    expect(bar?.getAttribute('role')).toBe('progressbar');
    expect(bar?.getAttribute('aria-label')).toMatch(/%$/);
    // The figures: the subtree's, the unit's own, each child's (a missing rate as a dash).
    expect(text('reports-units-figures-completionRate')).toContain('44.4%');
    expect(text('reports-units-figures-averageScore')).toContain('86.5');
    expect(text('reports-units-totals')).toContain('城关镇（合计）');
    expect(text('reports-units-own')).toContain('50%');
    const table = text('reports-units-table');
    expect(table).toContain('东关村');
    expect(table).toContain('80%');
    expect(table).toContain('—');
    expect(await drawnChartName('reports-units-chart')).toBe('下级单位结业率');
    expect(byTestId('reports-export')?.hasAttribute('disabled')).toBe(false);
  });

  it('says what fills an empty subtree, without a chart', async () => {
    openPage({
      'training.reports.coverage': () => emptyCoverage,
      'training.reports.units': () => emptyUnits,
    });
    await until(() => byTestId('reports-units-empty') !== null && byTestId('reports-coverage-empty') !== null);
    expect(text('reports-coverage-empty')).toContain('发布必修课程');
    expect(text('reports-units-empty')).toContain('指派课程');
    expect(byTestId('reports-units-chart')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    openPage({
      'training.reports.units': () => {
        throw refusal('没有权限查看该单位的培训统计', 'FORBIDDEN');
      },
    });
    await until(() => document.body.textContent?.includes('没有权限查看该单位的培训统计') ?? false, 'the refusal');
    expect(byTestId('reports-export')?.hasAttribute('disabled')).toBe(true);
  });
});
