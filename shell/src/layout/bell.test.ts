// @vitest-environment happy-dom
// The header's bell: the count of unread notices over every team the manifest names (those the user may see), a
// team whose service fails left out while the others show, the list by kind with the team's words, and reading:
// opening a notice marks it read and goes to its page; "mark all read" marks every unread one.
import { act, createElement as h } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInConsole, settle } from '../testing/render-in-console';

const calls = vi.hoisted(() => ({
  list: {} as Record<string, () => Promise<unknown>>,
  /** What the server holds as read: markRead adds to it, the lists answer with it. */
  read: new Set<string>(),
  markRead: vi.fn(),
  /** The signed-in user's permissions. */
  permissions: [] as string[],
}));

const notice = (kind: string, id: number, read = false) => ({
  key: `mailbox:${kind}:${id}:0`,
  kind,
  title: `来信 ${id}`,
  unitName: '城关镇',
  at: '2026-02-25T16:00:00.000Z',
  path: `/mailbox/letters/${id}`,
  read: read || calls.read.has(`mailbox:${kind}:${id}:0`),
});

vi.mock('../trpc', () => ({
  useTRPCClient: () =>
    new Proxy(
      {},
      {
        get: (_, team: string) =>
          team === 'identity'
            ? { notices: { markRead: { mutate: calls.markRead } } }
            : { notices: { list: { query: () => calls.list[team]?.() } } },
      },
    ),
}));
vi.mock('../session/session-context', () => ({ useMe: () => ({ permissions: calls.permissions }) }));
vi.mock('../federation/use-remote-manifest', () => ({
  useRemoteManifest: () => ({
    data: {
      notices: {
        mailbox: {
          permission: 'mailbox.handle',
          kinds: { 'zh-CN': { overdue: '已超期', assigned: '新交办' }, 'en-US': { overdue: 'Overdue' } },
        },
        dues: { permission: 'dues.handle', kinds: { 'zh-CN': {}, 'en-US': {} } },
        // Not the user's: never asked.
        training: { permission: 'training.teach', kinds: { 'zh-CN': {}, 'en-US': {} } },
        // News of the user's own things: asked for everyone signed in.
        learning: { permission: null, kinds: { 'zh-CN': {}, 'en-US': {} } },
      },
    },
  }),
}));

const { Bell } = await import('./bell');

let drawn: Awaited<ReturnType<typeof renderInConsole>>;
const asked: string[] = [];

async function draw() {
  drawn = await renderInConsole(h(Bell));
  for (let i = 0; i < 5; i += 1) await settle(10);
}

const $ = (selector: string) => document.body.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => Array.from(document.body.querySelectorAll<HTMLElement>(selector));

async function openList() {
  await act(async () => $('[data-testid="bell"]')?.click());
  for (let i = 0; i < 20 && !$('[data-testid="bell-list"]'); i += 1) await settle(20);
}

beforeEach(() => {
  asked.length = 0;
  calls.permissions = ['mailbox.handle', 'dues.handle'];
  calls.read.clear();
  calls.markRead.mockReset();
  calls.markRead.mockImplementation(async ({ keys }: { keys: string[] }) => {
    for (const key of keys) calls.read.add(key);
    return { marked: keys.length };
  });
  calls.list = {
    mailbox: async () => {
      asked.push('mailbox');
      return {
        items: [notice('overdue', 1), notice('assigned', 2), notice('overdue', 3, true)],
        counts: { overdue: 12, assigned: 1 },
      };
    },
    // A team whose service is down: its notices are missing, nothing else is.
    dues: async () => {
      asked.push('dues');
      throw new Error('service unavailable');
    },
    training: async () => {
      asked.push('training');
      return { items: [notice('overdue', 9)], counts: {} };
    },
    learning: async () => {
      asked.push('learning');
      return { items: [], counts: {} };
    },
  };
});
afterEach(() => drawn.unmount());

describe('the bell', () => {
  it('counts the unread notices of the teams the user may see, leaving out a team that fails', async () => {
    await draw();
    expect(asked.sort()).toEqual(['dues', 'learning', 'mailbox']);
    expect($('[data-testid="bell"] + span')?.textContent).toBe('2');
    expect($('[data-testid="bell"]')?.getAttribute('aria-label')).toBe('通知');
  });

  it('lists the notices by kind with the team’s words and counts, and opening one marks it read and goes there', async () => {
    await draw();
    await openList();
    const groups = $$('[data-testid^="bell-group-"]');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['已超期', '新交办']);
    expect(groups[0]?.textContent).toContain('已超期 · 12');
    const items = $$('[data-testid="bell-item"]');
    expect(items.map((i) => i.dataset.read)).toEqual(['false', 'true', 'false']);
    await act(async () => items[0]?.click());
    await settle(10);
    expect(calls.markRead).toHaveBeenCalledWith({ keys: ['mailbox:overdue:1:0'] });
    expect($('[data-testid="where"]')?.textContent).toBe('/mailbox/letters/1');
  });

  it('marks every unread notice read at once', async () => {
    await draw();
    await openList();
    await act(async () => $('[data-testid="bell-mark-all"]')?.click());
    await settle(10);
    expect(calls.markRead).toHaveBeenCalledWith({ keys: ['mailbox:overdue:1:0', 'mailbox:assigned:2:0'] });
    expect($('[data-testid="bell"] + span')).toBeNull();
  });

  it('says so when there is nothing', async () => {
    calls.list.mailbox = async () => ({ items: [], counts: {} });
    await draw();
    expect($('[data-testid="bell"] + span')).toBeNull();
    await openList();
    expect($('[data-testid="bell-list"] .ant-empty')).not.toBeNull();
    expect($('[data-testid="bell-mark-all"]')?.hasAttribute('disabled')).toBe(true);
  });

  it('asks only about their own things a user who may see no team’s news, and says there is nothing', async () => {
    calls.permissions = ['content.write'];
    await draw();
    expect(asked).toEqual(['learning']);
    expect($('[data-testid="bell"] + span')).toBeNull();
    await openList();
    expect($('[data-testid="bell-list"] .ant-empty')).not.toBeNull();
    expect($$('[data-testid="bell-item"]')).toEqual([]);
  });
});
