// @vitest-environment happy-dom
// The header's search: shown only to a user some team's search answers, opened by its button or Ctrl+K anywhere; what
// is typed asked of exactly the teams the user may search, each on its own (a failing team says so, the others show);
// hits grouped by kind with the team's words, in the manifest's order, the typed text marked; up and down choose, Enter
// or a click opens the hit's page; nothing found says so.
import { act, createElement as h } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInConsole, settle } from '../testing/render-in-console';

type Hit = { kind: string; id: number; title: string; detail: string; unitName: string; path: string };
const calls = vi.hoisted(() => ({
  find: {} as Record<string, (q: string) => Promise<unknown>>,
  asked: [] as string[],
  permissions: [] as string[],
}));

vi.mock('../trpc', () => ({
  useTRPCClient: () =>
    new Proxy(
      {},
      {
        get: (_, team: string) => ({
          search: {
            find: {
              query: ({ q }: { q: string }) => {
                calls.asked.push(`${team}:${q}`);
                return calls.find[team]?.(q);
              },
            },
          },
        }),
      },
    ),
}));
vi.mock('../session/session-context', () => ({ useMe: () => ({ permissions: calls.permissions }) }));
vi.mock('../federation/use-remote-manifest', () => ({
  useRemoteManifest: () => ({
    data: {
      search: {
        identity: { permission: 'unit.read', kinds: { 'zh-CN': { unit: '单位', user: '用户' } } },
        content: { permission: 'content.read', kinds: { 'zh-CN': { article: '文章' } } },
        mailbox: { permission: 'mailbox.read', kinds: { 'zh-CN': { letter: '来信' } } },
        // Not the user's: never asked.
        training: { permission: 'training.manage', kinds: { 'zh-CN': { course: '培训课程' } } },
      },
    },
  }),
}));

const { SearchButton } = await import('./search-button');

const hit = (kind: string, id: number, title: string, path: string): Hit => ({
  kind,
  id,
  title,
  detail: kind === 'article' ? '已发布' : '',
  unitName: '城关镇',
  path,
});

let drawn: Awaited<ReturnType<typeof renderInConsole>>;

async function draw() {
  drawn = await renderInConsole(h(SearchButton));
  await settle(10);
}

const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => Array.from(document.body.querySelectorAll<HTMLElement>(selector));
const input = () => $('[data-testid="search-input"]') as HTMLInputElement;

async function until(ok: () => boolean, what: string) {
  for (let i = 0; i < 60 && !ok(); i += 1) await settle(20);
  if (!ok()) throw new Error(`never: ${what}`);
}

async function openDialog() {
  await act(async () => $('[data-testid="search-open"]')?.click());
  await until(() => !!$('[data-testid="search-input"]'), 'the dialog open');
}

async function type(text: string) {
  const field = input();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // The text is asked once typing pauses (250 ms).
  await settle(300);
}

async function key(name: string) {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });
}

beforeEach(() => {
  calls.asked = [];
  calls.permissions = ['unit.read', 'content.read', 'mailbox.read'];
  calls.find = {
    identity: async () => ({
      hits: [hit('unit', 2, '城关镇', '/units?at=2'), hit('user', 7, '城关镇管理员', '/users?search=chengguan')],
      more: { unit: false, user: false },
    }),
    content: async () => ({
      hits: [hit('article', 11, '城关镇召开党员大会', '/content/articles/11?at=2')],
      more: { article: true },
    }),
    // A team whose service is down: it says so; the others show.
    mailbox: async () => {
      throw new Error('service unavailable');
    },
  };
});
afterEach(() => drawn.unmount());

describe('the header’s search', () => {
  it('is offered only to a user some team’s search answers', async () => {
    calls.permissions = ['dues.handle'];
    await draw();
    expect($('[data-testid="search-open"]')).toBeNull();
    drawn.unmount();
    calls.permissions = ['content.read'];
    await draw();
    expect($('[data-testid="search-open"]')?.getAttribute('aria-label')).toBe('搜索');
  });

  it('opens with Ctrl+K and tells what it searches before anything is typed', async () => {
    await draw();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    });
    await until(() => !!$('[data-testid="search-input"]'), 'the dialog open');
    expect(document.body.textContent).toContain('可搜索：单位、用户、文章、来信');
    expect(calls.asked).toEqual([]);
  });

  it('asks the teams the user may search, groups the hits by kind and says which team failed', async () => {
    await draw();
    await openDialog();
    await type('  城关 ');
    await until(() => $$('[data-testid="search-hit"]').length === 3, 'the hits');
    expect(calls.asked.sort()).toEqual(['content:城关', 'identity:城关', 'mailbox:城关']);
    const groups = $$('[data-testid^="search-group-"]');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['单位', '用户', '文章']);
    expect(groups[2]?.textContent).toContain('已发布 · 城关镇');
    expect(groups[2]?.textContent).toContain('还有更多');
    expect(groups[0]?.querySelector('mark')?.textContent).toBe('城关');
    expect($('[data-testid="search-failed-mailbox"]')?.textContent).toBe('来信暂时无法搜索');
  });

  it('chooses with the arrow keys and opens the chosen hit with Enter', async () => {
    await draw();
    await openDialog();
    await type('城关');
    await until(() => $$('[data-testid="search-hit"]').length === 3, 'the hits');
    const chosen = () => $$('[data-testid="search-hit"]').findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(chosen()).toBe(0);
    await key('ArrowDown');
    await key('ArrowDown');
    expect(chosen()).toBe(2);
    expect(input().getAttribute('aria-activedescendant')).toBe('search-hit-2');
    await key('ArrowDown');
    expect(chosen()).toBe(0);
    await key('ArrowUp');
    expect(chosen()).toBe(2);
    await key('Enter');
    await settle(10);
    expect($('[data-testid="where"]')?.textContent).toBe('/content/articles/11?at=2');
    expect($('[data-testid="search-input"]')).toBeNull();
  });

  it('opens a hit on a click', async () => {
    await draw();
    await openDialog();
    await type('城关');
    await until(() => $$('[data-testid="search-hit"]').length === 3, 'the hits');
    await act(async () => $$('[data-testid="search-hit"]')[1]?.click());
    await settle(10);
    expect($('[data-testid="where"]')?.textContent).toBe('/users?search=chengguan');
  });

  it('says when nothing is found', async () => {
    calls.find.identity = async () => ({ hits: [], more: {} });
    calls.find.content = async () => ({ hits: [], more: {} });
    await draw();
    await openDialog();
    await type('无此单位');
    await until(() => !!$('.ant-empty'), 'the empty state');
    expect($('.ant-empty')?.textContent).toContain('没有找到“无此单位”');
    expect($$('[data-testid="search-hit"]')).toEqual([]);
  });
});
