// Remotes that ship alone (issue 14, point 5), in Chromium: the manifest names each remote's build by its version (the
// build's own remote.json), and a console built with its remotes finds none of them incompatible; a remote whose build
// needs shared versions the console does not provide is shown unavailable, saying which, with no retry and without its
// code ever being fetched, while the rest of the console keeps working.
import type { RemoteBuild, RemoteManifest } from '@strata/contract';
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
