// @vitest-environment happy-dom
// The large screen's centrepiece against a mocked API, the map itself a stand-in (maplibre-gl needs WebGL): it asks for
// the members of the unit given, ranks the units directly below by members, and a unit picked in the ranking or on the
// map is handed to the shell; a refresh that fails leaves the last figures up, said to be stale.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { MapUnit, MapUnits } from './common/api-types';
import type { UnitMapProps } from './map/unit-map';
import { settle } from './testing/render';
import { byTestId, renderWithApi, until } from './testing/render-with-api';

// The map as the screen drives it: each unit as a button (a click on its dot).
vi.mock('./map/unit-map', () => ({
  default: ({ units, onSelect }: UnitMapProps) => (
    <div data-testid="unit-map">
      {units.map((u) => (
        <button key={u.id} type="button" data-testid={`dot-${u.id}`} onClick={() => onSelect(u.id)}>
          {u.name}
        </button>
      ))}
    </div>
  ),
}));

const township = 2;

const unit = (id: number, parentId: number, kind: string, name: string, members: number): MapUnit => ({
  id,
  parentId,
  kind,
  name,
  latitude: 32 + id / 100,
  longitude: 118.8,
  boundary: null,
  siteCode: null,
  figures: {
    members,
    applicant: 0,
    activist: 0,
    candidate: 0,
    probationary: 0,
    full: members,
    floating: 0,
    volunteerHours: 0,
  },
});

// The township and seven branches below it (one of them with a group below it, which outnumbers three branches but is
// no unit directly below), in the service's order.
const units: MapUnit[] = [
  unit(township, 1, 'township', '城关镇', 400),
  unit(10, township, 'branch', '一支部', 12),
  unit(11, township, 'branch', '二支部', 80),
  unit(12, township, 'branch', '三支部', 35),
  unit(13, township, 'branch', '四支部', 80),
  unit(14, township, 'branch', '五支部', 9),
  unit(15, township, 'branch', '六支部', 60),
  unit(16, township, 'branch', '七支部', 41),
  unit(20, 15, 'group', '六支部第一党小组', 50),
];

const answer = (): MapUnits => ({
  figure: 'members',
  scale: [
    { kind: 'township', min: 400, max: 400 },
    { kind: 'branch', min: 9, max: 80 },
    { kind: 'group', min: 50, max: 50 },
  ],
  units,
});

async function openScreen(refreshMs = 60_000, answers: Record<string, (input: unknown) => unknown> = {}) {
  const onUnit = vi.fn();
  const drawn = renderWithApi(<MembersScreen unitId={township} refreshMs={refreshMs} onUnit={onUnit} />, {
    answers: { 'members.map.units': answer, ...answers },
    at: '/screen',
    route: '/screen',
  });
  await until(() => byTestId('screen-ranking') !== null && byTestId('unit-map') !== null, 'the screen');
  return { ...drawn, onUnit };
}

const text = (id: string) => byTestId(id)?.textContent ?? '';
const click = async (id: string) => {
  const element = byTestId(id);
  if (!element) throw new Error(`no ${id} in ${document.body.innerHTML.slice(0, 2000)}`);
  act(() => element.click());
  await settle(10);
};

const { default: MembersScreen } = await import('./screen');

describe('the large screen’s unit map', { timeout: 20_000 }, () => {
  it('asks for the members of the unit given', async () => {
    const drawn = await openScreen();
    expect(drawn.calls.map((c) => c.path)).toEqual(['members.map.units']);
    expect(drawn.calls[0]?.input).toEqual({ unitId: township, figure: 'members' });
    expect([...(byTestId('unit-map')?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toContain('城关镇');
  });

  it('ranks the five units directly below with the most members, the service’s order among equals', async () => {
    await openScreen();
    const ranked = [...(byTestId('screen-ranking')?.querySelectorAll('li') ?? [])];
    expect(ranked.map((li) => li.querySelector('[data-testid^="screen-ranking-name-"]')?.textContent)).toEqual([
      '1. 二支部',
      '2. 四支部',
      '3. 六支部',
      '4. 七支部',
      '5. 三支部',
    ]);
    expect([11, 13, 15, 16, 12].map((id) => text(`screen-ranking-value-${id}`))).toEqual([
      '80',
      '80',
      '60',
      '41',
      '35',
    ]);
    // Neither the township itself nor the group below a branch is ranked.
    expect(byTestId(`screen-ranking-unit-${township}`)).toBeNull();
    expect(byTestId('screen-ranking-unit-20')).toBeNull();
    // The legend gives each level's range.
    expect(text('map-legend-branch-range')).toBe('9 – 80');
  });

  it('hands a unit picked in the ranking or on the map to the shell', async () => {
    const { onUnit } = await openScreen();
    await click('screen-ranking-unit-15');
    expect(onUnit).toHaveBeenLastCalledWith(15);
    await click('dot-20');
    expect(onUnit).toHaveBeenLastCalledWith(20);
    expect(onUnit).toHaveBeenCalledTimes(2);
  });

  it('asks afresh every refreshMs, and keeps the last figures up, said to be stale, when a refresh fails', async () => {
    let asked = 0;
    const drawn = await openScreen(30, {
      'members.map.units': () => {
        asked += 1;
        if (asked > 1) throw new Error('gateway down');
        return answer();
      },
    });
    await until(() => byTestId('screen-stale') !== null, 'the stale note');
    expect(drawn.calls.length).toBeGreaterThan(1);
    expect(
      drawn.calls.every((c) => c.path === 'members.map.units' && (c.input as { unitId: number }).unitId === township),
    ).toBe(true);
    expect(text('screen-ranking-value-11')).toBe('80');
  });

  it('shows the error, with a retry, when the first answer fails', async () => {
    const onUnit = vi.fn();
    renderWithApi(<MembersScreen unitId={township} refreshMs={60_000} onUnit={onUnit} />, {
      answers: {
        'members.map.units': () => {
          throw new Error('gateway down');
        },
      },
      at: '/screen',
      route: '/screen',
    });
    await until(() => document.querySelector('.ant-alert') !== null, 'the error');
    expect(byTestId('screen-ranking')).toBeNull();
  });
});
