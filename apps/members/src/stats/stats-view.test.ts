// The statistics' figures in words and the annual tables' workbook, without a page: the minorities grouped, each item's
// share, the charts' description, and each sheet's header and rows in both languages (never the comparison with now).
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { members as enUS } from '../i18n/en-US';
import { members as zhCN } from '../i18n/zh-CN';
import { counts, tables2025 } from './stats-fixtures';
import {
  breakdownOf,
  cellText,
  chartLabel,
  chartOption,
  compositionTable,
  ethnicityGroups,
  groupSpan,
  percent,
  snapshotSheets,
} from './stats-view';

const words = { 'zh-CN': zhCN, 'en-US': enUS } as const;
async function tIn(lng: 'zh-CN' | 'en-US'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { members: words[lng] } }, defaultNS: 'members' });
  return i18n.getFixedT(lng, 'members');
}

describe('the ethnic groups', () => {
  it('counts Han, the minorities together and the rest (97, 98) apart', () => {
    expect(
      ethnicityGroups([
        { key: '01', count: 7 },
        { key: '02', count: 1 },
        { key: '56', count: 2 },
        { key: '97', count: 1 },
        { key: '98', count: 3 },
      ]),
    ).toEqual([
      { key: 'han', count: 7 },
      { key: 'minority', count: 3 },
      { key: 'other', count: 4 },
    ]);
    expect(ethnicityGroups([])).toEqual([
      { key: 'han', count: 0 },
      { key: 'minority', count: 0 },
      { key: 'other', count: 0 },
    ]);
  });
});

describe('a dimension', () => {
  it('names each item in the reader’s words with its share of everyone counted', async () => {
    const t = await tIn('zh-CN');
    const stage = breakdownOf(counts(), 'stage', t, 'zh-CN');
    expect(stage.title).toBe('发展阶段');
    expect(stage.rows.map((r) => [r.label, r.count, percent(r.share)])).toEqual([
      ['入党申请人', 1, '10.0%'],
      ['入党积极分子', 1, '10.0%'],
      ['发展对象', 0, '0.0%'],
      ['预备党员', 2, '20.0%'],
      ['正式党员', 6, '60.0%'],
    ]);
    expect(breakdownOf(counts(), 'ethnicity', t, 'zh-CN').rows.map((r) => [r.label, r.count])).toEqual([
      ['汉族', 7],
      ['少数民族', 2],
      ['其他（含外国血统）', 1],
    ]);
    expect(breakdownOf(counts(), 'yearsBand', t, 'zh-CN').rows.at(-1)).toMatchObject({ label: '尚未入党', count: 2 });
  });

  it('has no share when nobody is counted, and describes its chart for screen readers', async () => {
    const t = await tIn('en-US');
    const empty = counts({
      total: 0,
      byGender: [
        { key: 'male', count: 0 },
        { key: 'female', count: 0 },
      ],
    });
    expect(breakdownOf(empty, 'gender', t, 'en-US').rows.map((r) => percent(r.share))).toEqual(['—', '—']);
    const gender = breakdownOf(counts(), 'gender', t, 'en-US');
    expect(chartLabel(gender, t, 'en-US')).toBe('Chart of Gender: Male 7 and Female 3');
    const age = breakdownOf(counts(), 'ageBand', t, 'en-US');
    // Gender is a ring, age bars named in the same order as the table.
    expect(chartOption(gender).series[0]).toMatchObject({
      type: 'pie',
      data: [
        { name: 'Male', value: 7 },
        { name: 'Female', value: 3 },
      ],
    });
    expect(chartOption(age)).toMatchObject({
      yAxis: { data: ['25 or under', '26–30', '31–35', '36–40', '41–45', '46–50', '51–55', '56–60', '61 or over'] },
      series: [{ type: 'bar', data: [1, 2, 0, 0, 3, 0, 0, 0, 4] }],
    });
  });
});

describe.each([
  [
    'zh-CN',
    ['党员构成', '年内变化', '下级单位'],
    ['类别', '项目', '人数', '占比 (%)'],
    [
      '在册人数',
      '入党申请人',
      '入党积极分子',
      '发展对象',
      '预备党员',
      '正式党员',
      '发展党员',
      '预备党员转正',
      '离开名册',
    ],
    ['性别', '女', 2, 25],
    ['其中：去世', 1],
  ],
  [
    'en-US',
    ['Members by category', 'During the year', 'Units below'],
    ['Category', 'Item', 'People', 'Share (%)'],
    [
      'On the registry',
      'Applicant',
      'Activist',
      'Development candidate',
      'Probationary member',
      'Full member',
      'Admitted',
      'Converted to full',
      'Left the registry',
    ],
    ['Gender', 'Female', 2, 25],
    ['Of which: Deceased', 1],
  ],
] as const)('the annual workbook in %s', (lng, names, compositionHeader, unitHeader, female, deceased) => {
  it('has a sheet per table, each with its header and the year’s figures', async () => {
    const t = await tIn(lng);
    const sheets = snapshotSheets(tables2025, t, lng);
    expect(sheets.map((s) => s.name)).toEqual(names);
    const [composition, during, units] = sheets;
    expect(composition?.header).toEqual(compositionHeader);
    // Every dimension's items: 5 stages, 2 genders, 3 ethnic groups, 5 educations, 5 occupations, 9 ages, 8 years.
    expect(composition?.body).toHaveLength(5 + 2 + 3 + 5 + 5 + 9 + 8);
    expect(composition?.body[0]?.slice(2)).toEqual([1, 12.5]);
    expect(composition?.body[6]).toEqual(female);
    expect(during?.body.slice(0, 3).map((r) => r[1])).toEqual([1, 2, 1]);
    expect(during?.body).toContainEqual(deceased);
    expect(units?.header[0]).toBe(lng === 'zh-CN' ? '单位' : 'Unit');
    expect(units?.header.slice(1)).toEqual(unitHeader);
    expect(units?.body).toEqual([
      ['城关一支部', 5, 1, 0, 0, 1, 3, 1, 1, 1],
      ['城关二支部', 3, 0, 1, 0, 0, 2, 0, 1, 0],
    ]);
  });
});

describe('the year compared with now', () => {
  it('adds today’s count and the change on the page, and merges each category’s cells', async () => {
    const t = await tIn('zh-CN');
    const table = compositionTable(tables2025.members, t, 'zh-CN', counts());
    expect(table.columns.map((c) => c.title)).toEqual(['类别', '项目', '人数', '占比 (%)', '当前', '变化']);
    const full = table.rows.find((r) => r.id === 'stage.full');
    expect(full && table.columns.map((c) => (c.text ?? c.value)(full))).toEqual([
      '发展阶段',
      '正式党员',
      5,
      '62.5%',
      6,
      '+1',
    ]);
    const dimension = table.columns[0];
    if (!dimension) throw new Error('no column');
    // The five stages under one cell, then the two genders.
    expect(table.rows.slice(0, 8).map((_, i) => groupSpan(dimension, table.rows, i))).toEqual([5, 0, 0, 0, 0, 2, 0, 3]);
  });
});

describe('a table cell', () => {
  const column = { key: 'n', title: 'n', numeric: true, value: (row: { n: number | null }) => row.n };
  it('reads a count in the page’s language, and an empty one as a dash', () => {
    expect(cellText(column, { n: 1258 }, 'zh-CN')).toBe('1,258');
    expect(cellText(column, { n: 1258 }, 'en-US')).toBe('1,258');
    expect(cellText(column, { n: null }, 'en-US')).toBe('—');
  });
});
