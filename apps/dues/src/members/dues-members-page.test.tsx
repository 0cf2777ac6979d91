// @vitest-environment happy-dom
// The collection list against a mocked API: the URL's filters and order reach the query as the dues procedures name
// them, each row's month reads as its standing, a member six months behind is flagged in red, and the export says
// the amounts in yuan.
import { exportMatrix } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import type { DuesMemberListInput } from '../common/api-types';
import { standingOf } from '../common/domain-values';
import { branch, duesMemberRow, township } from '../testing/fixtures';
import { accessOf, testI18n } from '../testing/render';
import { byTestId, renderWithApi, until } from '../testing/render-with-api';
import { duesMemberExportColumns } from './dues-member-columns';
import { DuesMembersPage } from './dues-members-page';

const members = [
  duesMemberRow(3, '张建国', { assessedFen: 2000, paidFen: 2000, leftFen: 0 }),
  duesMemberRow(4, '李红', {
    assessedFen: 2000,
    paidFen: 500,
    leftFen: 1500,
    arrearsMonths: 7,
    arrearsFen: 14_000,
    flagged: true,
  }),
  duesMemberRow(5, '赵强', { assessedFen: 0, paidFen: 0, leftFen: 0, category: null, baseFen: null, dueFen: null }),
];

describe('the collection list', { timeout: 20_000 }, () => {
  it('asks for the flagged members by arrears, most first, as the URL says', async () => {
    const drawn = renderWithApi(<DuesMembersPage basePath="/dues" unitId={township} />, {
      answers: { 'dues.members.list': () => ({ items: members, total: 3, totalIsBound: false }) },
      at: '/dues/members?flagged=true&sort=arrears&order=desc&q=李',
      route: '/dues/members',
      access: accessOf({ 'dues.read': [township, branch] }, township),
    });
    await until(() => byTestId('dues-member-link-5') !== null, 'the list');
    const input = drawn.calls.find((c) => c.path === 'dues.members.list')?.input as DuesMemberListInput;
    expect(input).toEqual({
      unitId: township,
      q: '李',
      flagged: true,
      sort: 'arrears',
      order: 'descend',
      page: 1,
      pageSize: 20,
    });
    const standing = (id: number) =>
      byTestId(`dues-member-month-${id}`)?.querySelector('[data-testid="dues-standing"]');
    expect(standing(3)?.textContent).toBe('已缴清');
    expect(standing(4)?.textContent).toBe('部分缴纳');
    expect(standing(5)?.textContent).toBe('未核定');
    expect(byTestId('dues-member-month-4')?.textContent).toContain('应缴 20.00 / 已缴 5.00 / 未缴 15.00');
    expect(byTestId('dues-member-arrears-4')?.textContent).toBe('7 个月，140.00 元6 个月以上未缴');
    expect(byTestId('dues-member-arrears-4')?.querySelector('[data-testid="dues-flagged"]')).not.toBeNull();
    expect(byTestId('dues-member-due-5')?.textContent).toBe('—');
  });

  it('reads the standing of a month from what is assessed, paid and left', () => {
    expect(standingOf({ assessedFen: 0, paidFen: 300, leftFen: 0 })).toBe('notAssessed');
    expect(standingOf({ assessedFen: 2000, paidFen: 0, leftFen: 2000 })).toBe('unpaid');
    expect(standingOf({ assessedFen: 2000, paidFen: 1, leftFen: 1999 })).toBe('partly');
    expect(standingOf({ assessedFen: 2000, paidFen: 2500, leftFen: 0 })).toBe('paid');
  });

  it('exports the amounts in yuan and the standing in words, in both languages', () => {
    const zh = exportMatrix(duesMemberExportColumns(testI18n('zh-CN').t), members);
    expect(zh.body[1]).toEqual([
      '李红',
      '城关一支部',
      '正式党员',
      '在职党员（按税后工资）',
      '4,000.00',
      '20.00',
      '部分缴纳',
      '20.00',
      '5.00',
      '15.00',
      7,
      '140.00',
      '是',
    ]);
    const en = exportMatrix(duesMemberExportColumns(testI18n('en-US').t), members);
    expect(en.header[0]).toBe('Name');
    expect(en.body[2]?.slice(3, 7)).toEqual(['', '', '', 'Not assessed']);
  });
});
