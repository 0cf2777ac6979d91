import { describe, expect, it } from 'vitest';
import {
  applyColumnSettings,
  columnSettingsKey,
  defaultColumnSettings,
  mergeColumnSettings,
  moveColumn,
  pinActions,
  showColumn,
} from './column-settings';

const defaults = [
  { key: 'username' },
  { key: 'name' },
  { key: 'unit' },
  { key: 'lastSignIn', hidden: true },
  { key: 'actions' },
];

describe('column settings', () => {
  it('are the list’s own order and visibility when nothing (or nothing readable) is stored', () => {
    const plain = defaultColumnSettings(defaults);
    expect(plain.columns.map((c) => [c.key, c.visible])).toEqual([
      ['username', true],
      ['name', true],
      ['unit', true],
      ['lastSignIn', false],
      ['actions', true],
    ]);
    for (const saved of [undefined, null, 'x', { columns: 'no' }, { columns: [{ key: 1 }] }])
      expect(mergeColumnSettings(defaults, saved)).toEqual(plain);
  });

  it('keep the stored order and choices, drop columns that are gone and place new ones after their neighbour', () => {
    const saved = {
      columns: [
        { key: 'unit', visible: true },
        { key: 'removed', visible: true },
        { key: 'username', visible: false },
        { key: 'unit', visible: false },
        { key: 'actions', visible: true },
      ],
      density: 'small',
    };
    const merged = mergeColumnSettings(defaults, saved);
    expect(merged.density).toBe('small');
    expect(merged.columns).toEqual([
      { key: 'unit', visible: true },
      { key: 'lastSignIn', visible: false },
      { key: 'username', visible: false },
      { key: 'name', visible: true },
      { key: 'actions', visible: true },
    ]);
  });

  it('read an unknown density as the default one', () => {
    expect(mergeColumnSettings(defaults, { columns: [], density: 'huge' }).density).toBe('middle');
  });

  it('order the table’s columns, leave hidden ones out and keep the actions column last, always', () => {
    const columns = defaults.map((d) => ({ key: d.key, title: d.key }));
    let settings = defaultColumnSettings(defaults);
    settings = showColumn(settings, 'actions', false);
    settings = moveColumn(settings, 'actions', -1);
    settings = moveColumn(settings, 'unit', -1);
    settings = showColumn(settings, 'lastSignIn', true);
    settings = moveColumn(settings, 'username', -1);
    expect(applyColumnSettings(columns, settings).map((c) => c.key)).toEqual([
      'username',
      'unit',
      'name',
      'lastSignIn',
      'actions',
    ]);
    expect(moveColumn(settings, 'nothing', 1)).toBe(settings);
  });

  it('are kept per user and per list', () => {
    expect(columnSettingsKey(7, 'users')).not.toBe(columnSettingsKey(8, 'users'));
    expect(columnSettingsKey(7, 'users')).not.toBe(columnSettingsKey(7, 'articles'));
  });
});

describe('pinActions', () => {
  const name = { key: 'name', width: 110, fixed: 'left' };
  const unit = { key: 'unit', width: 200 };
  it('keeps the actions pinned on a wide screen, however wide the pinned columns', () => {
    expect(pinActions([name, unit, { key: 'actions', width: 340 }], false)).toBe(true);
  });
  it('keeps them pinned on a phone while they and the left-pinned columns fit in 320 px', () => {
    expect(pinActions([name, unit, { key: 'actions', width: 210 }], true)).toBe(true);
    expect(pinActions([{ ...name, fixed: undefined }, unit, { key: 'actions', width: 300 }], true)).toBe(true);
  });
  it('lets them scroll with the row on a phone once those pass 320 px', () => {
    expect(pinActions([name, unit, { key: 'actions', width: 211 }], true)).toBe(false);
    expect(pinActions([name, { ...unit, width: 100, fixed: 'left' }, { key: 'actions', width: 120 }], true)).toBe(
      false,
    );
  });
});
