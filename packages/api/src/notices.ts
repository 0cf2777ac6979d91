// The server's side of the bell's contract (@strata/contract notices.ts): a team lists its news for the caller in
// `<team>.notices.list`, a procedure this helper builds around the team's provider. The helper checks the items,
// marks those the caller has read (one query for the keys) and puts the unread first, so every team answers alike
// and the shell, which asks each team in the manifest on its own, needs no process that knows them all.
import { type Notice, type NoticeList, noticeLimits } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import type { AnyRouter } from '@trpc/server';
import { z } from 'zod';
import type { AuthedContext } from './context';
import { checked } from './output-check';
import type { Permission } from './roles';
import { authedProcedure, permissionProcedure, router } from './trpc';

/** What a provider gives: its items most urgent first (at most `noticeLimits.items` are kept) and its counts. */
export type ProvidedNotices = { items: Omit<Notice, 'read'>[]; counts: Record<string, number> };

const notice = z.object({
  key: z.string().min(1).max(noticeLimits.keyMax),
  kind: z.string().min(1),
  title: z.string(),
  unitName: z.string(),
  at: z.string(),
  path: z.string().startsWith('/'),
  read: z.boolean(),
}) satisfies z.ZodType<Notice>;

export const noticeList = z.object({
  items: z.array(notice).max(noticeLimits.items),
  counts: z.record(z.string(), z.number().int().min(0).max(noticeLimits.countBound)),
}) satisfies z.ZodType<NoticeList>;

/** The keys (read marks) one call may name: the caller's own, each as a notice's key may be. */
export const noticeKeys = z.array(z.string().min(1).max(noticeLimits.keyMax)).min(1).max(noticeLimits.markKeys);

/** Marks what the caller has read, keeps the provider's order otherwise, and bounds items and counts. */
export async function markedNotices(ctx: AuthedContext, provided: ProvidedNotices): Promise<NoticeList> {
  const keys = [...new Set(provided.items.map((i) => i.key))];
  const reads = keys.length
    ? await ctx.db.noticeRead.findMany({
        where: { userId: ctx.session.user.id, key: { in: keys } },
        select: { key: true },
      })
    : [];
  const read = new Set(reads.map((r) => r.key));
  const items = provided.items.map((i): Notice => ({ ...i, read: read.has(i.key) }));
  // Array.prototype.sort is stable: within unread and read, the provider's urgency order stands.
  items.sort((a, b) => Number(a.read) - Number(b.read));
  const counts: Record<string, number> = {};
  for (const [kind, n] of Object.entries(provided.counts)) counts[kind] = Math.min(n, noticeLimits.countBound);
  return { items: items.slice(0, noticeLimits.items), counts };
}

/**
 * A team's notices: the permission that sees them, the words for its kinds, and the procedure listing them. A null
 * permission: news about the caller's own things (a course assigned to them), for every signed-in account.
 */
export type TeamNotices = {
  permission: Permission | null;
  /** Per locale, each kind's label, for the bell (through the manifest). */
  kinds: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  /** `{ list }`: mount it as the team router's `notices` (composeTeams checks it is there). */
  router: AnyRouter;
};

/**
 * Defines a team's notices: mount `.router` as `notices` in its router and pass the whole as the registration's
 * `notices`. `list` runs for a caller holding `permission` and answers from what it reads now (`ctx.now()`). With
 * `permission: null` it runs for any signed-in caller, and must read only the caller's own rows (found by their
 * account, through the team's system operations): the shell asks every signed-in user.
 */
export function defineNotices(options: {
  permission: Permission | null;
  kinds: TeamNotices['kinds'];
  list: (ctx: AuthedContext) => Promise<ProvidedNotices>;
}) {
  const procedure = options.permission === null ? authedProcedure : permissionProcedure(options.permission);
  const noticesRouter = router({
    list: procedure
      .input(z.void())
      .output(checked(noticeList))
      .query(async ({ ctx }) => markedNotices(ctx, await options.list(ctx))),
  });
  return { permission: options.permission, kinds: options.kinds, router: noticesRouter };
}
