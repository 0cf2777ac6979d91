// On a phone the actions column stays pinned only while the pinned columns leave the rest room to scroll.
import { describe, expect, it } from 'vitest';
import { phonePinnedWidth, pinnedFit } from './list-table';

describe('pinnedFit', () => {
  it('keeps narrow actions pinned, beside a pinned name too', () => {
    expect(
      pinnedFit([
        { key: 'username', width: 140 },
        { key: 'actions', width: 280 },
      ]),
    ).toBe(true);
    expect(
      pinnedFit([
        { key: 'name', width: 110, fixed: 'left' },
        { key: 'actions', width: 170 },
      ]),
    ).toBe(true);
    expect(pinnedFit([{ key: 'actions', width: phonePinnedWidth }])).toBe(true);
  });

  it('lets the actions scroll when they and the left-pinned columns are wider than a phone leaves', () => {
    // The dues collection list: a pinned name and four actions.
    expect(
      pinnedFit([
        { key: 'name', width: 110, fixed: 'left' },
        { key: 'unit', width: 150 },
        { key: 'actions', width: 340 },
      ]),
    ).toBe(false);
    expect(
      pinnedFit([
        { key: 'name', width: 120, fixed: true },
        { key: 'actions', width: 220 },
      ]),
    ).toBe(false);
    expect(pinnedFit([{ key: 'actions', width: phonePinnedWidth + 1 }])).toBe(false);
  });
});
