// The server's side of the header's search (@strata/contract search.ts): a team answers `<team>.search.find` with
// its hits for the text typed, every one read in the caller's scope through the team's own list functions, and this
// helper builds the procedure around them: the permission, the input, the bounds and the checked answer.
import { type SearchAnswer, type SearchHit, searchLimits } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import type { AnyRouter } from '@trpc/server';
import { z } from 'zod';
import type { AuthedContext } from './context';
import { checked } from './output-check';
import type { Permission } from './roles';
import { permissionProcedure, router } from './trpc';

const hit = z.object({
  kind: z.string().min(1),
  id: z.number().int(),
  title: z.string(),
  detail: z.string(),
  unitName: z.string(),
  path: z.string().startsWith('/'),
}) satisfies z.ZodType<SearchHit>;

export const searchAnswer = z.object({
  hits: z.array(hit),
  more: z.record(z.string(), z.boolean()),
}) satisfies z.ZodType<SearchAnswer>;

/** What one searches for: trimmed, at least one character, at most `searchLimits.qMax`. */
export const searchText = z.string().trim().min(1).max(searchLimits.qMax);

/** A team's search: the permission that asks it, the words for its kinds, and the procedure answering. */
export type TeamSearch = {
  permission: Permission;
  /** Per locale, each kind's label, for the header's results (through the manifest). */
  kinds: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  /** `{ find }`: mount it as the team router's `search` (composeTeams checks it is there). */
  router: AnyRouter;
};

/**
 * What a finder gives per kind: up to `searchLimits.perKind + 1` hits read in the caller's scope, best first (one more
 * than is shown tells there are more).
 */
export type FoundByKind = Record<string, SearchHit[]>;

/** Keeps `perKind` hits of each kind, notes which kinds had more, and puts the kinds in the order the finder gave. */
export function boundedHits(found: FoundByKind): SearchAnswer {
  const hits: SearchHit[] = [];
  const more: Record<string, boolean> = {};
  for (const [kind, list] of Object.entries(found)) {
    hits.push(...list.slice(0, searchLimits.perKind));
    more[kind] = list.length > searchLimits.perKind;
  }
  return { hits, more };
}

/**
 * Defines a team's search: mount `.router` as `search` in its router and pass the whole as the registration's
 * `search`. `find` runs for a caller holding `permission` somewhere, and reads each kind through the team's scoped
 * list functions (the same rows the team's pages show the caller, masked as they are), `searchLimits.perKind + 1` at
 * most, so the answer can tell that there are more.
 */
export function defineSearch(options: {
  permission: Permission;
  kinds: TeamSearch['kinds'];
  find: (ctx: AuthedContext, q: string) => Promise<FoundByKind>;
}) {
  const searchRouter = router({
    find: permissionProcedure(options.permission)
      .input(z.strictObject({ q: searchText }))
      .output(checked(searchAnswer))
      .query(async ({ ctx, input }) => boundedHits(await options.find(ctx, input.q))),
  });
  // Not annotated as TeamSearch: the team's router keeps `search.find`'s input and output types.
  return { permission: options.permission, kinds: options.kinds, router: searchRouter };
}
