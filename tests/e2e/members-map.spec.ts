// The unit map as the municipal admin meets it, with the network cable pulled: every request that would leave the
// console's origin is recorded (and refused, so nothing leaks even if something tries), and the run fails on any. The
// map draws its township areas (pixels in the map's colours, not only its background), the list beside it gives the
// server's figures, a unit picked on the map or in the list opens its panel, and a unit moved on the map is saved.
// The map's code (maplibre) loads with the map page alone, the charts' (echarts) with the statistics alone.
import sharp from 'sharp';
import { signIn } from './support';
import { expect, type Page, test } from './test';

type MapUnit = {
  id: number;
  parentId: number | null;
  kind: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  figures: Record<string, number>;
};

/**
 * Pulls the cable: records every request leaving the console's origin and refuses it. A request the console's
 * Content-Security-Policy stops never reaches the network: the browser's report of it is recorded too, so an attempt
 * fails the run as a request would.
 */
async function offline(page: Page, origin: string) {
  const outside: string[] = [];
  // The page's own data (data: and blob: URLs) never leaves the browser.
  const local = (url: string) => /^(data|blob):/.test(url) || new URL(url).origin === origin;
  page.on('request', (request) => {
    if (!local(request.url())) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) outside.push(message.text());
  });
  await page.route('**/*', (route) =>
    local(route.request().url()) ? route.fallback() : route.abort('internetdisconnected'),
  );
  return outside;
}

async function mapUnits(page: Page, figure = 'members') {
  const input = encodeURIComponent(JSON.stringify({ figure }));
  const res = await page.request.get(`/trpc/members.map.units?input=${input}`);
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()).result.data as { units: MapUnit[]; scale: { kind: string; min: number; max: number }[] };
}

/** The map's own pixels: how many differ from its background, and how many are of its reds (the township areas). */
async function drawnPixels(page: Page) {
  const shot = await page.getByTestId('unit-map').locator('canvas').screenshot();
  const { data, info } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let drawn = 0;
  let red = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    // The style's background is #f4f1ea.
    if (Math.abs(r - 0xf4) + Math.abs(g - 0xf1) + Math.abs(b - 0xea) > 24) drawn += 1;
    if (r > 180 && g < 200 && r - g > 40 && r - b > 40) red += 1;
  }
  return { drawn, red, total: data.length / info.channels };
}

test('the unit map draws offline, lists the figures and opens, and moves, a unit', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const outside = await offline(page, new URL(baseURL as string).origin);
  await signIn(page, 'admin', '/members/map');
  await expect(page.getByTestId('map-page')).toBeVisible();
  // maplibre-gl loaded, drew and went idle (SwiftShader's WebGL in headless Chromium).
  await expect(page.getByTestId('unit-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const pixels = await drawnPixels(page);
  expect(pixels.drawn / pixels.total, 'the map draws more than its background').toBeGreaterThan(0.2);
  expect(pixels.red, 'the township areas are filled with the scale’s reds').toBeGreaterThan(1000);

  // The list gives the server's figures, townships among them, in the tree's order.
  const { units, scale } = await mapUnits(page);
  const list = page.getByTestId('map-list');
  const townships = units.filter((u) => u.kind === 'township');
  expect(townships).toHaveLength(6);
  for (const township of townships.slice(0, 2)) {
    await expect(list.getByTestId(`map-list-unit-${township.id}`)).toHaveText(township.name);
    await expect(list.getByTestId(`map-list-value-${township.id}`)).toHaveText(
      township.figures.members?.toLocaleString('en-US') as string,
    );
  }
  const range = scale.find((s) => s.kind === 'township') as { min: number; max: number };
  const [least, most] = [range.min.toLocaleString('en-US'), range.max.toLocaleString('en-US')];
  await expect(page.getByTestId('map-legend-township-range')).toHaveText(least === most ? least : `${least} – ${most}`);
  // Every demo unit has its place; a unit another spec made without one is only in the list, and the note counts it.
  expect(townships.filter((u) => u.latitude === null || u.longitude === null)).toEqual([]);
  const placeless = units.filter((u) => u.latitude === null || u.longitude === null).length;
  if (placeless === 0) await expect(page.getByTestId('map-unlocated')).toHaveCount(0);
  else await expect(page.getByTestId('map-unlocated')).toContainText(`${placeless} 个单位`);

  // A click in the middle of the map: the city's dot, or what lies under the pointer around it (城关镇's area, a dot).
  const canvas = page.getByTestId('unit-map').locator('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the map has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const panel = page.getByTestId('map-panel');
  await expect(panel).toBeVisible();
  const pickedName = await panel.getByTestId('map-panel-name').textContent();
  const picked = units.find((u) => u.name === pickedName);
  expect(picked, `a unit named ${pickedName}`).toBeDefined();
  await expect(panel.getByTestId('map-panel-figure-members')).toHaveText(
    picked?.figures.members?.toLocaleString('en-US') as string,
  );

  // A branch picked in the list, moved by a click on the map, saved after the confirmation. It starts north-west of
  // the city (set through the API), so the place clicked south-east of the middle is a move whatever an earlier run
  // left behind.
  const branch = units.find((u) => u.kind === 'branch' && u.parentId === townships[0]?.id) as MapUnit;
  const city = units.find((u) => u.kind === 'municipality') as MapUnit;
  const sixDecimals = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
  const start = {
    latitude: sixDecimals((city.latitude as number) + 0.05),
    longitude: sixDecimals((city.longitude as number) - 0.05),
  };
  const csrf = (await page.context().cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
  const reset = await page.request.post('/trpc/members.map.locate', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { unitId: branch.id, ...start },
  });
  expect(reset.ok(), await reset.text()).toBe(true);
  await page.reload();
  await expect(page.getByTestId('unit-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await list.getByTestId(`map-list-unit-${branch.id}`).click();
  await expect(panel.getByTestId('map-panel-name')).toHaveText(branch.name);
  await expect(panel.getByTestId('map-panel-site')).toHaveAttribute('href', /^\/site\/[a-z0-9-]+\/$/);
  await panel.getByTestId('map-panel-move').click();
  await expect(page.getByTestId('map-move-latitude')).toHaveValue(String(start.latitude));
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.65);
  // Read once the form has the click's place: on a busy machine the fields still held the start just after the click.
  await expect(page.getByTestId('map-move-latitude')).not.toHaveValue(String(start.latitude));
  const latitude = Number(await page.getByTestId('map-move-latitude').inputValue());
  const longitude = Number(await page.getByTestId('map-move-longitude').inputValue());
  expect(latitude).toBeGreaterThan(31);
  expect(latitude).toBeLessThan(33);
  expect(longitude).toBeGreaterThan(118);
  expect(longitude).toBeLessThan(120);
  // South-east of the middle: south of the city and east of it, nowhere near where the branch started.
  expect(latitude).toBeLessThan(city.latitude as number);
  expect(longitude).toBeGreaterThan(city.longitude as number);
  await page.getByTestId('map-move-save').click();
  // The save's own answer is checked first: a refusal then names itself instead of leaving the bar open unexplained.
  const located = page.waitForResponse((r) => r.url().includes('members.map.locate'));
  await page.getByTestId('map-move-confirm').click();
  const answer = await located;
  expect(answer.ok(), await answer.text()).toBe(true);
  await expect(page.getByTestId('map-move')).toHaveCount(0);
  const moved = (await mapUnits(page)).units.find((u) => u.id === branch.id);
  expect([moved?.latitude, moved?.longitude]).toEqual([latitude, longitude]);

  expect(outside, 'requests that left the console').toEqual([]);
});

test('the map’s code comes only with the map page, and the charts’ only with the statistics', async ({ page }) => {
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (/\.(m?js)(\?|$)/.test(request.url())) scripts.push(new URL(request.url()).pathname);
  });
  /** The scripts a fresh load of `path` fetched, once it has settled. */
  const loadedBy = async (path: string, ready: string) => {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.getByTestId(ready).first()).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return [...scripts];
  };
  const map = /\/remotes\/members\/assets\/(unit-map|maplibre-gl)/;
  const charts = /\/remotes\/members\/assets\/echarts/;
  await signIn(page, 'admin', '/');
  for (const [path, ready] of [
    ['/members/registry', 'registry-page'],
    ['/members/lifecycle', 'lifecycle-page'],
    ['/members/transfers', 'transfers-page'],
  ] as const) {
    const loaded = await loadedBy(path, ready);
    expect(
      loaded.some((s) => s.startsWith('/remotes/members/')),
      `${path} loads the members remote`,
    ).toBe(true);
    expect(
      loaded.filter((s) => map.test(s) || charts.test(s)),
      `${path} loads no map or charts`,
    ).toEqual([]);
  }
  const stats = await loadedBy('/members/stats', 'stats-live');
  expect(
    stats.some((s) => charts.test(s)),
    'the statistics load the charts',
  ).toBe(true);
  expect(
    stats.filter((s) => map.test(s)),
    'the statistics load no map',
  ).toEqual([]);
  await loadedBy('/members/map', 'map-page');
  // The map's chunk comes once the page has its units (possibly after a quiet moment): read what loaded by then.
  await expect(page.getByTestId('unit-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const onMap = [...scripts];
  expect(
    onMap.some((s) => /\/unit-map-/.test(s)),
    'the map page loads the map',
  ).toBe(true);
  expect(
    onMap.filter((s) => charts.test(s)),
    'the map page loads no charts',
  ).toEqual([]);
});
