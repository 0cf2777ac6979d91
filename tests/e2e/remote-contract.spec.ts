// What the shell relies on from every remote, checked per remote in Chromium, signed in as the municipal admin (who
// opens every page). One test per team with a remote in services/gateway/src/teams.ts (`remoteApps`), so a new team
// is checked without editing this spec; Playwright needs its tests before any request, so the list is the gateway's
// source, and a first test makes sure the manifest lists no remote beyond it. Each test, in three steps:
// 1. Exposes: the manifest entry's `exposes` loads through the shell's own federation runtime (the `strata_shell`
//    instance, shell/src/federation/federation-host.ts) and its default export is a function, the React component
//    RemoteSlot mounts. Catches an expose renamed or dropped in the remote's build (the runtime answers the shell's
//    fallback module), an entry that no longer loads, and a module whose default is missing or not a component.
// 2. Menu items: each of the remote's menu entries, opened by its address, shows a page of the remote there, with
//    PageFrame's title (packages/ui/src/page-frame.tsx: an h4). Catches an entry the remote does not route (its `*`
//    route sends it to its first page), one outside its base path (the shell's 404 page), one the admin may not open
//    (the 403 page), and a remote that fails to load or throws while drawing (the slot's fallback,
//    `remote-unavailable`).
// 3. Singletons, read from the federation runtime (`globalThis.__FEDERATION__`, @module-federation/runtime-core) on
//    the last of those pages. The remote's own runtime instance declares react, react-dom, antd and @trpc/client
//    shared, and every share it declares (its build declares packages/ui/src/federation-shared.ts) is a singleton
//    that the scope it resolves from holds in one version, the very entry the shell registered
//    (shell/src/federation/provided-shares.ts); each share it has loaded (react, antd and @trpc/client at least:
//    every page draws and asks the API) is the shell's module: the runtime lists the remote among that entry's users,
//    and the module @module-federation/vite hands the remote's code (its module cache) is the one the entry returns.
//    Catches a remote that bundles its own copy of one of them (the share is not declared: a React of its own also
//    breaks the page, step 2), shares one but not as a singleton (a share it loads at start then stops it loading,
//    step 1: the remotes ship no fallback copy), or brings a copy the runtime prefers to the shell's (a newer version:
//    a second version in the scope, registered by the remote, which its code then gets). A copy of the tRPC client or
//    of antd may draw fine and still miss the shell's links, theme and locale: only this step sees it.
// 4. Widgets, for a remote that offers overview cards: its `./Widgets` module (the manifest's `widgets.module`, and
//    `homeModule` for the user's own page's cards) loads alone in the page, as the shell imports it (no container: it must import nothing), has a `load` for every card the
//    manifest lists, and each answers the municipality's figures as the shell draws them (`WidgetData`, from the
//    team's service as the admin; an own card may answer null, nothing of the admin's). Catches a card listed but not
//    built, a module that needs the container, and an answer of another shape.
import type { RemoteManifest, WidgetData } from '@strata/contract';
import { calendarToday } from '@strata/i18n';
import { remoteApps } from '../../services/gateway/src/remotes';
import { moveWithin, signIn } from './support';
import { expect, type Page, test } from './test';

/** Every remote must share these with the shell (the ranges in its remote.json are remotes.spec.ts's to check). */
const required = ['react', 'react-dom', 'antd', '@trpc/client'];
/** Shares every remote's first page loads, whatever it draws. */
const loadedFirst = ['react', 'antd', '@trpc/client'];

/** The parts of the federation runtime's objects (runtime-core's ModuleFederation and Shared) this spec reads. */
type Share = {
  version: string;
  from: string;
  useIn?: string[];
  shareConfig?: { singleton?: boolean };
  lib?: () => unknown;
};
type Instance = {
  name: string;
  options: { name: string; remotes: { name: string }[]; shared: Record<string, Share[]> };
  shareScopeMap: Record<string, Record<string, Record<string, Share>> | undefined>;
  loadRemote(id: string): Promise<unknown>;
};
type Federated = {
  __FEDERATION__?: { __INSTANCES__: Instance[] };
  /** @module-federation/vite's cache of the shared modules remotes' code imports, by `<scope>:<package>`. */
  __mf_module_cache__?: { share: Record<string, unknown> };
};

test('the manifest lists no remote this spec does not check', async ({ page }) => {
  const manifest = (await (await page.request.get('/manifest.json')).json()) as RemoteManifest;
  const checked = remoteApps.map((remote) => remote.name);
  for (const remote of manifest.remotes) expect(checked, remote.name).toContain(remote.name);
});

for (const { name } of remoteApps) {
  test(`the ${name} remote loads through the shell, opens a page for each menu entry and shares the shell’s singletons`, async ({
    page,
  }) => {
    // One remote's every menu page, each loaded afresh: a minute or two on a busy machine.
    test.setTimeout(240_000);
    const manifest = (await (await page.request.get('/manifest.json')).json()) as RemoteManifest;
    const remote = manifest.remotes.find((r) => r.name === name);
    test.skip(!remote, `${name} is not mounted on this console`);
    if (!remote) return;
    expect(remote.menu.length, `${name}'s menu`).toBeGreaterThan(0);

    await test.step('its exposed app loads through the shell’s federation runtime, a component', async () => {
      // On the overview, where no remote has loaded yet: the shell registers the manifest's remotes on arrival.
      await signIn(page, 'admin', '/');
      await expect
        .poll(() =>
          page.evaluate(() =>
            (globalThis as Federated).__FEDERATION__?.__INSTANCES__
              .find((i) => i.name === 'strata_shell')
              ?.options.remotes.map((r) => r.name),
          ),
        )
        .toContain(name);
      const exposed = await page.evaluate(
        async ({ name, exposes }) => {
          const shell = (globalThis as Federated).__FEDERATION__?.__INSTANCES__.find((i) => i.name === 'strata_shell');
          // The request the shell's remote-registry.ts makes: `<remote>/<expose without ./>`.
          const loaded = (await shell?.loadRemote(`${name}/${exposes.replace(/^\.\//, '')}`)) as
            | { default?: unknown; error?: unknown }
            | undefined;
          return { default: typeof loaded?.default, error: loaded?.error ? String(loaded.error) : undefined };
        },
        { name, exposes: remote.exposes },
      );
      expect(exposed, `${name}'s ${remote.exposes}`).toEqual({ default: 'function', error: undefined });
    });

    await test.step('each menu entry opens a page of the remote, with its title', async () => {
      // The first by its address, loaded afresh (a link from outside the console); the rest as the menu opens them,
      // within the loaded console.
      for (const [i, item] of remote.menu.entries()) await expectRemotePage(page, item.path, i === 0);
    });

    await test.step('it shares react, react-dom, antd, @trpc/client and the rest as the shell’s singletons', async () => {
      const sharing = await page.evaluate((name) => {
        const { __FEDERATION__: federation, __mf_module_cache__: cache } = globalThis as Federated;
        const instances = federation?.__INSTANCES__ ?? [];
        const shell = instances.find((i) => i.name === 'strata_shell');
        const own = instances.find((i) => i.options.name === name);
        if (!shell || !own) return undefined;
        const provided = shell.shareScopeMap.default ?? {};
        return Object.entries(own.options.shared).map(([key, declared]) => {
          const versions = Object.entries(own.shareScopeMap.default?.[key] ?? {});
          const used = versions.find(([, share]) => share.useIn?.includes(name))?.[1];
          const shellsShare = Object.values(provided[key] ?? {}).find((share) => share.from === 'strata_shell');
          return {
            key,
            singleton: declared.map((share) => share.shareConfig?.singleton === true),
            // What the remote resolves the share from: one version, the entry the shell registered.
            scope: versions.map(([version, share]) => ({
              version,
              from: share.from,
              shellsEntry: share === provided[key]?.[version],
            })),
            // What it got, once it has loaded it: whose entry, and whether its code holds the shell's module.
            loaded: used && {
              from: used.from,
              shellsModule: shellsShare?.lib !== undefined && cache?.share[`default:${key}`] === shellsShare.lib(),
            },
          };
        });
      }, name);
      expect(sharing, `the runtime instances strata_shell and ${name}`).toBeDefined();
      const shares = sharing ?? [];
      expect(
        shares.map((s) => s.key),
        `what ${name} shares`,
      ).toEqual(expect.arrayContaining(required));
      for (const share of shares) {
        expect(share.singleton, `${name} declares ${share.key} a singleton`).not.toContain(false);
        expect(share.scope, `${share.key} in the share scope ${name} resolves from`).toEqual([
          { version: expect.any(String), from: 'strata_shell', shellsEntry: true },
        ]);
        if (share.loaded)
          expect(share.loaded, `${share.key} as ${name} got it`).toEqual({ from: 'strata_shell', shellsModule: true });
      }
      const loaded = shares.filter((s) => s.loaded).map((s) => s.key);
      expect(loaded, `shares ${name} has loaded`).toEqual(expect.arrayContaining(loadedFirst));
    });

    const widgets = remote.widgets;
    if (widgets)
      await test.step('its cards’ module loads alone and answers each card as data', async () => {
        const tree = await page.request.get(`/trpc/identity.units.tree?input=${encodeURIComponent('{}')}`);
        const units = (await tree.json()).result.data as { id: number; parentId: number | null }[];
        const root = units.find((u) => u.parentId === null);
        expect(root, 'the municipality').toBeTruthy();
        const answers = await page.evaluate(
          async ({ cards, unitId, today }) => {
            type Module = { widgets?: Record<string, { load?: (context: object) => Promise<unknown> }> };
            // The shell's query: a tRPC GET as the signed-in user, its data or its error (with the error's `data`,
            // its code among it, as the shell's tRPC client throws it).
            const query = async (path: string, input: unknown) => {
              // No input is no parameter, as the tRPC client sends it (JSON.stringify(undefined) would send the text
              // "undefined", a 400: a user's own card then failed whenever that 400 came before its other call's 404).
              const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
              const res = await fetch(`/trpc/${path}${search}`);
              const body = await res.json();
              if (!res.ok) throw Object.assign(new Error(`${path}: ${res.status}`), { data: body.error?.data });
              return body.result.data;
            };
            return Promise.all(
              cards.map(async ({ id, module }) => {
                if (!module) return { id, missing: true };
                const loaded = (await import(/* @vite-ignore */ module)) as Module;
                const load = loaded.widgets?.[id]?.load;
                if (typeof load !== 'function') return { id, missing: true };
                return { id, data: await load({ unitId, locale: 'zh-CN', today, query }) };
              }),
            );
          },
          {
            // The dashboard's cards from its module, the user's own page's from theirs.
            cards: widgets.list.map((w) => ({ id: w.id, module: w.home ? widgets.homeModule : widgets.module })),
            unitId: root?.id ?? 0,
            today: calendarToday(),
          },
        );
        for (const answer of answers) {
          expect(answer, `${name}'s card ${answer.id}`).not.toHaveProperty('missing');
          const data = (answer as { data: WidgetData | null }).data;
          // Only a user's own card may have nothing to show (the admin's account is no member's).
          const home = widgets.list.find((w) => w.id === answer.id)?.home;
          if (data === null) {
            expect(home, `${answer.id} answered null`).toBe('own');
            continue;
          }
          expect(data.figures.length, `${answer.id}'s figures`).toBeGreaterThan(0);
          for (const figure of data.figures)
            expect(figure, answer.id).toEqual({
              label: expect.stringMatching(/\S/),
              value: figure.value === null ? null : expect.any(Number),
              format: expect.stringMatching(/^(count|percent|fen|hours)$/),
              ...(figure.atLeast === undefined ? {} : { atLeast: expect.any(Boolean) }),
            });
          // The things a card names each open a page of the remote.
          if (data.list) {
            expect(data.list.empty, answer.id).toMatch(/\S/);
            for (const item of data.list.items) {
              expect(item.title, answer.id).toMatch(/\S/);
              expect(item.path, answer.id).toMatch(new RegExp(`^${remote.basePath}/`));
              if (item.tone) expect(['danger', 'warning', 'success'], answer.id).toContain(item.tone);
            }
          }
          for (const unit of data.behind?.units ?? []) expect(unit.unitId, answer.id).toEqual(expect.any(Number));
          if (data.link) expect(data.link.path, answer.id).toMatch(new RegExp(`^${remote.basePath}/`));
          // The units below carry a value (or none) for each figure; a trend gives months, each with a value or none
          // (the shell draws the last twelve of them).
          for (const child of data.children ?? [])
            expect(child.values.length, `${answer.id}: ${child.name}`).toBe(data.figures.length);
          if (data.trend) {
            expect(data.trend.months.length, answer.id).toBeGreaterThan(0);
            for (const m of data.trend.months) {
              expect(m.month, answer.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
              if (m.value !== null) expect(m.value, `${answer.id} ${m.month}`).toEqual(expect.any(Number));
            }
          }
        }
      });
  });
}

/**
 * Opens `path` (`fresh`: loading the console at that address; else moving within it, as its menu does) and expects a
 * page of the remote mounted there: PageFrame's title (an h4) at that address, and none of the screens that say it is
 * not (the slot's fallback, the 403 page, the shell's 404 page, an error).
 */
async function expectRemotePage(page: Page, path: string, fresh: boolean) {
  const menu = page.locator('[data-testid="side-menu"][data-path]');
  if (fresh) await page.goto(path);
  else {
    // The page drawn is another once the menu's path moves on (a navigation keeps the previous page on screen until
    // the next is ready): to `path`, or wherever the console sent it.
    const before = await menu.getAttribute('data-path');
    await moveWithin(page, path);
    await expect(menu, `${path} is not drawn`).not.toHaveAttribute('data-path', before ?? '', { timeout: 45_000 });
  }
  const main = page.locator('main');
  const title = main.getByRole('heading', { level: 4 }).first();
  const failed = page
    .getByTestId('remote-unavailable')
    .or(page.getByTestId('forbidden'))
    .or(main.locator('.ant-result-404, .ant-result-403, .ant-result-500, .ant-result-error'));
  // The remote's code arrives first: whichever shows, then what it is.
  await expect(title.or(failed).first(), `${path} shows nothing`).toBeVisible({ timeout: 45_000 });
  expect(await failed.allInnerTexts(), `${path} shows a failure`).toEqual([]);
  await expect(title, `${path}'s title`).toHaveText(/\S/);
  expect(new URL(page.url()).pathname, `${path} sent elsewhere`).toBe(path);
}
