import type { WidgetData } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { dashboardSheets, type SheetWords } from './dashboard-sheets';
import { dashboardWords } from './dashboard-words';

// The export's own English words (dashboard-words.ts), and the fallback's as the shell says it.
const words: SheetWords = { ...dashboardWords('en-US').sheet, unavailable: 'Not loaded' };

const dues: WidgetData = {
  caption: 'Jan to Oct',
  figures: [
    { label: 'Paid share', value: 95.5, format: 'percent' },
    { label: 'Assessed', value: 123_456, format: 'fen' },
  ],
  children: [
    { unitId: 2, name: 'East', values: [90, 100_000] },
    { unitId: 3, name: 'West', values: [null, 23_456] },
  ],
};
const volunteers: WidgetData = {
  figures: [
    { label: 'Approved', value: 12.5, format: 'hours' },
    { label: 'Pending', value: 3, format: 'hours' },
  ],
  trend: {
    label: 'Approved, by month',
    format: 'hours',
    months: [
      { month: '2026-10', value: 1.5 },
      { month: '2026-11', value: null },
    ],
  },
  // Pending is not broken down by unit: no column for it. A unit only this card names joins the rows.
  children: [
    { unitId: 3, name: 'West', values: [2.5, null] },
    { unitId: 4, name: 'North', values: [10, null] },
  ],
};

describe('dashboardSheets', () => {
  it('writes every card’s figures, money in yuan, and the units below one column per figure broken down', () => {
    const [figures, units, trends] = dashboardSheets(
      [
        { title: 'Dues', data: dues },
        { title: 'Letters', data: undefined },
        { title: 'Volunteering', data: volunteers },
      ],
      words,
    );
    expect(figures?.body).toEqual([
      ['Dues', 'Paid share', 95.5, '%', 'Jan to Oct'],
      ['Dues', 'Assessed', 1234.56, 'yuan', 'Jan to Oct'],
      ['Letters', 'Not loaded', null, null, null],
      ['Volunteering', 'Approved', 12.5, 'hours', null],
      ['Volunteering', 'Pending', 3, 'hours', null],
    ]);
    expect(units?.header).toEqual([
      'Unit',
      'Dues · Paid share (%)',
      'Dues · Assessed (yuan)',
      'Volunteering · Approved (hours)',
    ]);
    expect(units?.body).toEqual([
      ['East', 90, 1000, null],
      ['West', null, 234.56, 2.5],
      ['North', null, null, 10],
    ]);
    expect(trends?.header).toEqual(['Figure', '2026-10', '2026-11']);
    expect(trends?.body).toEqual([['Volunteering · Approved, by month (hours)', 1.5, null]]);
  });
});
