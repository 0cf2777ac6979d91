// @vitest-environment happy-dom
// The map page against a mocked API, the map itself a stand-in (maplibre-gl needs WebGL): the list shows the figure
// chosen (asked of the server, kept in the URL), the legend its range; a unit picked opens its panel with every figure
// and its ways on; only its managers may move it, by a place picked on the map or typed, saved after a confirmation,
// with leaving meanwhile asking first and the server's refusal shown on its field.
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MapFigure, MapUnit, MapUnits } from '../common/api-types';
import { accessOf, settle } from '../testing/render';
import { byTestId, loadDialogs, refusal, renderWithApi, typeInto, until } from '../testing/render-with-api';
import type { UnitMapProps } from './unit-map';

// The map as the page drives it: each unit as a button (a click on its dot), and a click on the map at one place.
vi.mock('./unit-map', () => ({
  default: ({ units, onSelect, onPick, moving }: UnitMapProps) => (
    <div data-testid="unit-map" data-moving={moving ? `${moving.unitId}@${moving.at?.join(',') ?? 'none'}` : ''}>
      {units.map((u) => (
        <button key={u.id} type="button" data-testid={`dot-${u.id}`} onClick={() => onSelect(u.id)}>
          {u.name}
        </button>
      ))}
      <button type="button" data-testid="map-click" onClick={() => onPick([118.8, 32.07])}>
        map
      </button>
    </div>
  ),
}));

beforeAll(loadDialogs, 60_000);

const township = 2;
const branch = 4;

const figures = (members: number) => ({
  members,
  applicant: 3,
  activist: 2,
  candidate: 1,
  probationary: Math.floor(members / 4),
  full: members - Math.floor(members / 4),
  floating: 1,
  volunteerHours: members * 3,
});

const units: MapUnit[] = [
  {
    id: township,
    parentId: 1,
    kind: 'township',
    name: '城关镇',
    latitude: 32.06,
    longitude: 118.79,
    boundary: null,
    siteCode: 'chengguan',
    figures: figures(40),
  },
  {
    id: branch,
    parentId: township,
    kind: 'branch',
    name: '城关镇机关支部',
    latitude: null,
    longitude: null,
    boundary: null,
    siteCode: null,
    figures: figures(12),
  },
  {
    id: 5,
    parentId: township,
    kind: 'branch',
    name: '城关镇社区支部',
    latitude: 32.07,
    longitude: 118.8,
    boundary: null,
    siteCode: 'chengguan-5',
    figures: figures(28),
  },
];

/** The server's answer for a figure: the same units, the scale of that figure per kind. */
function answer(input: unknown): MapUnits {
  const { figure } = input as { figure: MapFigure };
  const range = (kind: string) => {
    const values = units.filter((u) => u.kind === kind).map((u) => u.figures[figure]);
    return { kind, min: Math.min(...values), max: Math.max(...values) };
  };
  return { figure, scale: [range('township'), range('branch')], units };
}

type Options = { manages?: number[]; locate?: (input: unknown) => unknown; at?: string };

async function openMap({
  manages = [],
  locate = () => ({ id: branch, latitude: 32.07, longitude: 118.8 }),
  at = '/members/map',
}: Options = {}) {
  const drawn = renderWithApi(<MapPage basePath="/members" unitId={township} />, {
    answers: { 'members.map.units': answer, 'members.map.locate': locate },
    at,
    route: '/members/map',
    access: accessOf({ 'members.read': [township, branch, 5], 'unit.manage': manages }, township),
  });
  await until(() => byTestId('map-list') !== null && byTestId('unit-map') !== null, 'the map page');
  return drawn;
}

const text = (id: string) => byTestId(id)?.textContent ?? '';
const click = async (id: string) => {
  const element = byTestId(id);
  if (!element) throw new Error(`no ${id} in ${document.body.innerHTML.slice(0, 2000)}`);
  act(() => element.click());
  await settle(10);
};

/** Opens the figure select and picks the option named `label`. */
async function chooseFigure(label: string) {
  const select = byTestId('map-figure') as HTMLElement;
  act(() => {
    (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  await settle(10);
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  act(() => option.click());
  await settle(10);
}

/** The confirmation's button reading `label`. */
async function confirmWith(label: string) {
  await until(() => document.querySelector('.ant-modal-confirm-btns') !== null, 'the confirmation');
  const button = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-confirm-btns button')].find(
    (b) => b.textContent?.replace(/\s/g, '') === label,
  );
  if (!button) throw new Error(`no ${label} in ${document.body.innerHTML.slice(-2000)}`);
  act(() => button.click());
  await settle(10);
}

const { MapPage } = await import('./map-page');

describe('the unit map page', { timeout: 20_000 }, () => {
  it('lists every unit in the tree’s order with the figure, and the legend gives each level’s range', async () => {
    const drawn = await openMap();
    expect(drawn.calls.filter((c) => c.path === 'members.map.units').map((c) => c.input)).toEqual([
      { unitId: township, figure: 'members' },
    ]);
    const rows = [...(byTestId('map-list')?.querySelectorAll('tbody tr.ant-table-row') ?? [])];
    expect(rows.map((r) => r.querySelector('button')?.firstChild?.textContent)).toEqual([
      '城关镇',
      '城关镇机关支部',
      '城关镇社区支部',
    ]);
    expect([township, branch, 5].map((id) => text(`map-list-value-${id}`))).toEqual(['40', '12', '28']);
    expect(text('map-legend-township-range')).toBe('40');
    expect(text('map-legend-branch-range')).toBe('12 – 28');
    // The branch without a location is said to be only in the list, and marked there.
    expect(text('map-unlocated')).toContain('1 个单位尚未标注位置');
    expect(text(`map-list-unplaced-${branch}`)).toBe('未标注位置');
    expect(byTestId(`map-list-unplaced-${township}`)).toBeNull();
  });

  it('asks for another figure when one is chosen, shows it and keeps it in the URL', async () => {
    const drawn = await openMap();
    await chooseFigure('正式党员');
    await until(() => text(`map-list-value-${township}`) === '30', 'the full members');
    expect(drawn.calls.at(-1)).toEqual({ path: 'members.map.units', input: { unitId: township, figure: 'full' } });
    expect(text(`map-list-value-${branch}`)).toBe('9');
    expect(text('map-legend-branch-range')).toBe('9 – 21');
    expect(drawn.history.location.search).toBe('?figure=full');
  });

  it('opens on the figure the URL names', async () => {
    const drawn = await openMap({ at: '/members/map?figure=applicant' });
    expect(drawn.calls[0]?.input).toEqual({ unitId: township, figure: 'applicant' });
  });

  it('opens a unit picked in the list or on the map with every figure and the ways on', async () => {
    await openMap();
    await click(`map-list-unit-${branch}`);
    expect(text('map-panel-name')).toBe('城关镇机关支部');
    expect(text('map-panel-figure-members')).toBe('12');
    expect(text('map-panel-figure-probationary')).toBe('3');
    expect(text('map-panel-figure-floating')).toBe('1');
    expect(text('map-panel-place')).toBe('位置：尚未标注位置');
    expect(byTestId('map-panel-registry')?.getAttribute('href')).toBe(`/members/registry?unitId=${branch}`);
    expect(byTestId('map-panel-organisation')?.getAttribute('href')).toBe(`/units?at=${branch}`);
    // No site of its own: no link to one.
    expect(byTestId('map-panel-site')).toBeNull();
    await click('dot-5');
    expect(text('map-panel-name')).toBe('城关镇社区支部');
    expect(text('map-panel-place')).toBe('位置：北纬 32.07°，东经 118.8°');
    expect(byTestId('map-panel-site')?.getAttribute('href')).toBe('/site/chengguan-5/');
    await click('map-panel-close');
    expect(byTestId('map-panel')).toBeNull();
  });

  it('offers moving a unit only to its managers', async () => {
    await openMap({ manages: [5] });
    await click(`map-list-unit-${branch}`);
    expect(byTestId('map-panel-move')).toBeNull();
    await click('map-list-unit-5');
    expect(byTestId('map-panel-move')?.dataset.permission).toBe('unit.manage');
    expect(byTestId('map-panel-move')?.dataset.unit).toBe('5');
  });

  it('moves a unit to a place picked on the map, asking before leaving and before saving', async () => {
    const sent: unknown[] = [];
    const drawn = await openMap({
      manages: [branch],
      locate: (input) => {
        sent.push(input);
        return { id: branch, latitude: 32.07, longitude: 118.8 };
      },
    });
    await click(`map-list-unit-${branch}`);
    await click('map-panel-move');
    expect(byTestId('unit-map')?.dataset.moving).toBe(`${branch}@none`);
    expect(byTestId<HTMLInputElement>('map-move-latitude')?.value).toBe('');
    await click('map-click');
    expect(byTestId<HTMLInputElement>('map-move-latitude')?.value).toBe('32.07');
    expect(byTestId<HTMLInputElement>('map-move-longitude')?.value).toBe('118.8');
    expect(byTestId('unit-map')?.dataset.moving).toBe(`${branch}@118.8,32.07`);
    // Another figure would be another URL: not while the place waits to be saved.
    expect(byTestId('map-figure')?.className).toContain('disabled');
    // Leaving asks first; keeping on editing stays.
    act(() => drawn.history.push('/members/registry'));
    await confirmWith('继续编辑');
    expect(drawn.path()).toBe('/members/map');
    await click('map-move-save');
    await confirmWith('保存');
    await until(() => sent.length > 0, 'the save');
    expect(sent).toEqual([{ unitId: branch, latitude: 32.07, longitude: 118.8 }]);
    await until(() => byTestId('map-move') === null, 'the move bar to close');
    // The map is asked again, and leaving no longer asks.
    expect(drawn.calls.filter((c) => c.path === 'members.map.units').length).toBeGreaterThan(1);
    act(() => drawn.history.push('/members/registry'));
    await settle(10);
    expect(drawn.path()).toBe('/members/registry');
  });

  it('moves a unit to a place typed, and shows the server’s refusal on its field', async () => {
    const sent: unknown[] = [];
    await openMap({
      manages: [5],
      locate: (input) => {
        sent.push(input);
        throw refusal('输入有误，请检查标注的字段', 'BAD_REQUEST', {
          latitude: ['纬度应在北纬 3° 至 54° 之间（中国境内）'],
        });
      },
    });
    await click('map-list-unit-5');
    await click('map-panel-move');
    // Its current place to start from, and the marker on it.
    expect(byTestId<HTMLInputElement>('map-move-latitude')?.value).toBe('32.07');
    typeInto('map-move-latitude', '60');
    await settle(10);
    expect(byTestId('unit-map')?.dataset.moving).toBe('5@118.8,60');
    await click('map-move-save');
    await confirmWith('保存');
    await until(() => text('map-move').includes('纬度应在北纬 3° 至 54° 之间'), 'the refusal');
    expect(sent).toEqual([{ unitId: 5, latitude: 60, longitude: 118.8 }]);
    expect(byTestId('map-move')).not.toBeNull();
  });
});
