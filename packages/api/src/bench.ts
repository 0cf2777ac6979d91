// What a team adds to `npm run bench`: the procedures to load, and for each the floor, the same answer as
// hand-written SQL. The harness (scripts/bench/harness) calls the procedure through the real gateway as each
// bench role, and the floor behind a bare HTTP route on the same database, in the same run.

import { subtreePaths } from './scope';

/**
 * Who calls: the municipal admin (everything), a township admin (a township and its branches) and a branch
 * secretary (one branch). The cost of a list must follow what the caller sees, not what exists.
 */
export const benchRoles = ['municipal', 'township', 'branch'] as const;
export type BenchRole = (typeof benchRoles)[number];

/** The caller as the case sees it: the root unit of its grant (the floor's scope filter starts from it). */
export type BenchCaller = { role: BenchRole; username: string; unitId: number; unitPath: string };

/**
 * Raw SQL for one database: statements whose `$1`, `$2`… take `params(caller)`; the floor answers with the
 * rows of each (a list is its page and its total). Quote identifiers as Prisma names them ("Article").
 */
export type FloorQuery = { sql: readonly string[]; params: (caller: BenchCaller) => readonly unknown[] };

export type BenchCase = {
  /** Unique across teams: `<procedure>` or `<procedure>:<variant>` (a sort, a filter). */
  name: string;
  /** A query procedure of the merged router, e.g. `content.articles.list`. */
  procedure: string;
  input: (caller: BenchCaller) => unknown;
  floor: { sqlite: FloorQuery; postgresql: FloorQuery };
  /** Roles that may call it (default: all three). */
  roles?: readonly BenchRole[];
};

/** A floor's subtree parameters, `$1` and `$2`: the caller's subtree as the range of paths the scope filters by. */
export const subtreeParams = (caller: BenchCaller) => {
  const { gte, lt } = subtreePaths(caller.unitPath);
  return [gte, lt] as const;
};
