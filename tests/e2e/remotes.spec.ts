// Remotes that ship alone (issue 14, point 5), in Chromium: the manifest names each remote's build by its version (the
// build's own remote.json), and a console built with its remotes finds none of them incompatible; a remote whose build
// needs shared versions the console does not provide is shown unavailable, saying which, with no retry and without its
// code ever being fetched, while the rest of the console keeps working; a team publishes its build to the release store
// and rolls it back while the console runs, and the console loads whichever build the store serves.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RemoteBuild, RemoteManifest } from '@strata/contract';
import { publishRelease, rollbackRelease } from '../../services/gateway/src/remote-releases';
import { releasesDir } from './playwright.config';
import { signIn } from './support';
import { expect, test } from './test';

test('the manifest names each remote’s build by its version, and none is incompatible with this console', async ({
  page,
}) => {
  const manifest = (await (await page.request.get('/manifest.json')).json()) as RemoteManifest;
  expect(manifest.remotes.length).toBeGreaterThan(0);
  for (const remote of manifest.remotes) {
    const res = await page.request.get(`/remotes/${remote.name}/remote.json`);
    expect(res.ok(), remote.name).toBe(true);
    const build = (await res.json()) as RemoteBuild;
    expect(build.name).toBe(remote.name);
    expect(remote.version, remote.name).toBe(build.version);
    expect(remote.incompatible, remote.name).toBeUndefined();
    // What the shell relies on: react, react-dom, antd and the tRPC client shared, each with a range.
    for (const pkg of ['react', 'react-dom', 'antd', '@trpc/client']) expect(build.shared[pkg], pkg).toBeTruthy();
  }
});

test('a remote built for another antd is shown unavailable, saying why, and never fetched', async ({ page }) => {
  await page.route('**/manifest.json', async (route) => {
    const manifest = (await (await route.fetch()).json()) as RemoteManifest;
    for (const remote of manifest.remotes) if (remote.name === 'mailbox') remote.incompatible = ['antd ^7.0.0 (6.6.8)'];
    await route.fulfill({ json: manifest });
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/remotes/mailbox/')) fetched.push(request.url());
  });
  await signIn(page, 'admin', '/mailbox/letters');
  const unavailable = page.getByTestId('remote-unavailable');
  await expect(unavailable).toBeVisible();
  await expect(unavailable).toHaveAttribute('data-remote', 'mailbox');
  await expect(unavailable).toContainText('antd ^7.0.0 (6.6.8)');
  await expect(page.getByTestId('remote-retry')).toHaveCount(0);
  // Its menu entries stay; another section still opens.
  await expect(page.getByRole('menuitem', { name: '来信办理' })).toBeVisible();
  await page.getByRole('menuitem', { name: '文章管理' }).click();
  await expect(page.getByTestId('article-table')).toBeVisible();
  expect(fetched).toEqual([]);
});

test('a team publishes its remote and rolls it back while the console runs', async ({ page }, testInfo) => {
  const store = releasesDir(testInfo.parallelIndex);
  test.skip(!store, 'E2E_RELEASES_DIR names the external console’s release store');
  if (!store) return;
  // The real build, then the next one: the same code with a line of its own in the entry and its own version.
  const built = resolve(import.meta.dirname, '../../apps/training/dist');
  const next = mkdtempSync(join(tmpdir(), 'strata-next-build-'));
  cpSync(built, next, { recursive: true });
  const record = JSON.parse(readFileSync(join(next, 'remote.json'), 'utf8')) as RemoteBuild;
  const nextVersion = `${record.version.slice(0, 6)}000002`;
  writeFileSync(join(next, 'remote.json'), JSON.stringify({ ...record, version: nextVersion }));
  appendFileSync(join(next, 'remoteEntry.js'), `\n// build ${nextVersion}\n`);
  for (const file of ['remoteEntry.js', 'remote.json'])
    for (const ext of ['.br', '.gz']) rmSync(join(next, file + ext));

  /** Opens the courses page and returns the entry the console loaded (its URL and its text). */
  const openCourses = async () => {
    const entry = page.waitForResponse((r) => new URL(r.url()).pathname === '/remotes/training/remoteEntry.js');
    await page.goto('/training/courses');
    await expect(page.getByTestId('courses-table')).toBeVisible();
    const response = await entry;
    return { version: new URL(response.url()).searchParams.get('v'), text: await response.text() };
  };
  try {
    await signIn(page, 'admin');
    const first = publishRelease(store, 'training', built, new Date());
    expect(first).toBe(record.version);
    expect(await openCourses()).toMatchObject({ version: first });

    publishRelease(store, 'training', next, new Date());
    const served = await openCourses();
    expect(served.version).toBe(nextVersion);
    expect(served.text).toContain(`// build ${nextVersion}`);

    expect(rollbackRelease(store, 'training', new Date())).toBe(first);
    const back = await openCourses();
    expect(back.version).toBe(first);
    expect(back.text).not.toContain('// build');
  } finally {
    // The console serves the build in place again for the specs after this one.
    rmSync(join(store, 'training'), { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  }
});

test('a record a remote cannot find shows the 404 drawn with the shell’s antd, no copy of its own', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
  });
  await signIn(page, 'admin', '/dues/receipts/999999');
  const notFound = page.getByTestId('receipt-not-found');
  await expect(notFound).toBeVisible();
  await expect(notFound).toContainText('收据不存在或不在您的管理范围内');
  await expect(notFound).toHaveClass(/ant-result-404/);
  await expect(notFound.locator('svg').first()).toBeVisible();
  // The illustration comes with antd's Result from the shell (fetched when first drawn), not from the remote.
  expect(fetched.filter((path) => path.startsWith('/remotes/dues/') && /\/result-/.test(path))).toEqual([]);
  expect(fetched.some((path) => path.startsWith('/assets/') && /\/result-/.test(path))).toBe(true);
});
