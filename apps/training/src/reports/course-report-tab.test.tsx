// @vitest-environment happy-dom
// A course's figures tab against a mocked API: the totals, each learners' unit, the last 12 months (a chart and its
// table); a course nobody enrolled in says what fills it; a refusal is shown.

import { drawnChartName } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, until } from '../testing/render-with-api';
import { CourseReportTab } from './course-report-tab';
import { courseReport, emptyCourseReport } from './report-fixtures';

function openTab(answers: Answers = {}) {
  return renderWithApi(<CourseReportTab courseId={7} unitId={1} basePath="/training" canManage />, {
    answers: { 'training.reports.course': () => courseReport(), ...answers },
    at: '/training/courses/7?tab=report',
    route: '/training/courses/:id',
    access: accessOf({ 'training.teach': [1], 'training.manage': [1] }, 1),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';

describe('a course’s figures', { timeout: 30_000 }, () => {
  it('shows the totals, each learners’ unit and the last 12 months', async () => {
    const drawn = openTab();
    await until(() => byTestId('course-report-figures') !== null);
    expect(drawn.calls.filter((c) => c.path === 'training.reports.course').map((c) => c.input)).toEqual([
      { courseId: 7 },
    ]);
    expect(text('course-report-figures-enrolled')).toContain('10');
    expect(text('course-report-figures-withdrawn')).toContain('1');
    expect(text('course-report-figures-overdue')).toContain('2');
    expect(text('course-report-figures-completionRate')).toContain('44.4%');
    expect(text('course-report-units')).toContain('东关村');
    expect(text('course-report-units')).toContain('25%');
    expect(text('course-report-months')).toContain('2026-12');
    // Named in the page's words once drawn (ECharts' own description was an English sentence).
    expect(await drawnChartName('course-report-chart')).toBe('近 12 个月报名与结业');
  });

  it('says what fills a course nobody enrolled in', async () => {
    openTab({ 'training.reports.course': () => emptyCourseReport });
    await until(() => byTestId('course-report-empty') !== null);
    expect(text('course-report-empty')).toContain('指派学员');
    expect(byTestId('course-report-figures')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    openTab({
      'training.reports.course': () => {
        throw refusal('没有权限查看这门课程的统计', 'FORBIDDEN');
      },
    });
    await until(() => document.body.textContent?.includes('没有权限查看这门课程的统计') ?? false, 'the refusal');
  });
});
