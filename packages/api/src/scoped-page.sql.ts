// One page of a unit-owned list, chosen by reviewed SQL whose plan does not depend on the database's guess.
// A list orders its rows by some key and must read only what the caller sees: done naively, the database either
// sorts every row in the caller's scope (slow for wide scopes) or walks the key's index past everyone else's rows
// (slow for narrow ones). So the page is picked in one of two shapes, each served by its own index:
//  - walk: the table's (key, id, unitId, ...) index in order, each row's unit checked against the scope; it
//    stops after the page, so it costs about page x (all units / units in scope) entries: cheap for wide scopes;
//  - per unit: for each unit in scope, its (unitId, key, id, ...) index in order, the first rows of each merged;
//    it costs about page x units in scope entries, whatever the table's size: cheap for narrow scopes.
// The shape is fixed by the statement (SQLite keeps a CROSS JOIN's order; PostgreSQL gets a LATERAL), chosen
// from two counts on the unit tree. The same statement then reads the page's rows and the names they show (the
// list's `PageRows`): one statement, where Prisma would take one per relation and most of the call's time. The
// total is counted apart, up to `listCountBound`. Only ids picked inside the scope reach the rows' join, so the
// rows are the caller's by construction; tests compare every shape with Prisma's answer through the scope guard.
import { listCountBound } from '@strata/contract';
import { type Db, type Prisma, providerOfClient, tablesIn, whileUnchanged } from '@strata/db';
import { integerLiteral, joinReviewed, queryReviewed, reviewedSql, reviewedText } from './reviewed-sql';
import type { Permission } from './roles';
import { type Scope, subtreePaths } from './scope';

/** The rows counted, every part a `reviewedSql` fragment about the table's alias `r`. */
export type CountSource = {
  /** The table as `"Article" r`; it must carry `unitId`. */
  table: Prisma.Sql;
  /** The list's own conditions on `r` (live rows, the filter), joined with AND; the scope's are added here. */
  where: Prisma.Sql[];
};

/** The list's side of the statement: its rows, and their order. */
export type PageSource = CountSource & {
  /** The sort key, a column of `r` (`r."updatedAt"`); the id breaks ties in the same direction. */
  key: Prisma.Sql;
  order: 'asc' | 'desc';
  /** Rows without a key come last in either direction (the databases disagree on where NULL sorts). */
  nullsLast?: boolean;
  /**
   * A column of `r` sorted before the key, in the same direction, never null (`r."pinned"`: pinned rows first).
   * Its indexes lead with it after the unit: (leading, key, id, unitId, ...) and (unitId, leading, key, id, ...).
   */
  leading?: Prisma.Sql;
};

const direction = { asc: reviewedSql`ASC`, desc: reviewedSql`DESC` } as const;

/** A page's rows in order, and the total (`totalIsBound`: there are more than `listCountBound`, its value). */
export type Page<T> = { items: T[]; total: number; totalIsBound: boolean };

/**
 * The page with each item mapped (to what the list sends). Written out rather than `{ ...page, items }`: on Node 20,
 * V8 builds a spread followed by more properties on a slow path, and leaves the object slow to print as JSON.
 */
export const mapPage = <T, U>(page: Page<T>, map: (item: T) => U): Page<U> => ({
  items: page.items.map(map),
  total: page.total,
  totalIsBound: page.totalIsBound,
});

/** A unit path column (`u."path"`) inside one of the subtrees `roots` (never empty: see Scope.roots). */
export function inSubtrees(path: Prisma.Sql, roots: string[]): Prisma.Sql {
  return joinReviewed(
    roots.map((root) => {
      const { gte, lt } = subtreePaths(root);
      return reviewedSql`(${path} >= ${gte} AND ${path} < ${lt})`;
    }),
    reviewedSql` OR `,
  );
}

/** Walking the key's index beats reading each unit's rows when the scope is wide: units² >= 8 x all units. */
export const walksInOrder = (unitsInScope: number, allUnits: number) => unitsInScope * unitsInScope >= 8 * allUnits;

/** How a set of subtrees is read: walking the key in order or unit by unit, and whether it holds every unit. */
type Decision = { walk: boolean; everything: boolean };

/**
 * The decision for a set of subtrees, kept a few seconds: the unit counts behind it change when units are added,
 * seldom. `walk` only steers speed (both shapes give the same rows). `everything` lets a statement leave out the
 * scope's join: it stays true while kept because the tree's roots are fixed (a unit is only ever created or moved
 * under a parent), so subtrees that held every unit go on holding every unit, new ones included.
 */
const decided = new Map<string, Decision & { until: number }>();
const decisionMs = 10_000;

/** How the rows of the subtrees `roots` (`inScope` about u."path") are best read, from the unit tree's counts. */
async function decide(db: Db, roots: string[], inScope: Prisma.Sql): Promise<Decision> {
  const key = `${providerOfClient(db)} ${roots.join(' ')}`;
  const now = Date.now();
  const known = decided.get(key);
  if (known && known.until > now) return known;
  const [units] = await queryReviewed<{ all: unknown; inScope: unknown }>(
    db,
    reviewedSql`SELECT (SELECT count(*) FROM "Unit") AS "all", (SELECT count(*) FROM "Unit" u WHERE ${inScope}) AS "inScope"`,
  );
  const all = Number(units?.all ?? 0);
  const reached = Number(units?.inScope ?? 0);
  const everything = all > 0 && reached === all;
  const decision = { walk: everything || walksInOrder(reached, all), everything };
  if (decided.size >= 10_000) decided.clear();
  decided.set(key, { ...decision, until: now + decisionMs });
  return decision;
}

/**
 * Whether the subtrees `roots` hold every unit of the tree (the municipality's): a statement about rows in them may
 * then leave out the unit test, which PostgreSQL's plan for a prepared statement, guessing a path range holds a few
 * units, can make a nested loop over every unit for each row (the collection list's standings at the municipality:
 * 77 ms against 4).
 */
export async function holdEveryUnit(db: Db, roots: string[]): Promise<boolean> {
  if (!roots.length) return false;
  return (await decide(db, roots, inSubtrees(reviewedSql`u."path"`, roots))).everything;
}

/** Rows of a table in the caller's scope: who asks, for what, narrowed where, and how (tests pin the shape). */
type ScopedRows = {
  scope: Scope;
  permission: Permission;
  /** The subtree the list is narrowed to (a unit path already checked against the scope), if any. */
  within: string | undefined;
  /** Pins the shape instead of choosing it from the scope's width (tests compare the two). */
  shape?: 'walk' | 'perUnit';
  /** Counts up to another bound than `listCountBound`. */
  countBound?: number;
};

/** Where the caller's rows lie and which shape reads them; null when the scope reaches nothing. */
async function scopeShape(db: Db, { scope, permission, within, shape }: ScopedRows) {
  const roots = scope.roots(permission, within);
  if (!roots.length) return null;
  const inScope = inSubtrees(reviewedSql`u."path"`, roots);
  const decision = await decide(db, roots, inScope);
  const walk = shape ? shape === 'walk' : decision.walk;
  // A pinned shape (tests) keeps the scope's join, so both shapes are compared as they read a partial scope.
  const everything = !shape && decision.everything;
  return { inScope, walk, everything, lateral: !walk && providerOfClient(db) === 'postgresql' };
}
type Shape = NonNullable<Awaited<ReturnType<typeof scopeShape>>>;

/** The statement parts both a page and a count need. */
function partsOf({ inScope, walk, everything, lateral }: Shape, source: CountSource) {
  // A scope holding every unit needs no join to check the row's unit: the table alone, walked in order.
  const scopeConditions = everything
    ? [reviewedSql`1 = 1`]
    : [reviewedSql`u."id" = r."unitId"`, reviewedSql`(${inScope})`];
  const conditions = joinReviewed([...scopeConditions, ...source.where], reviewedSql` AND `);
  const from = everything
    ? reviewedSql`FROM ${source.table}`
    : walk
      ? reviewedSql`FROM ${source.table} CROSS JOIN "Unit" u`
      : reviewedSql`FROM "Unit" u CROSS JOIN ${source.table}`;
  // PostgreSQL plans a join as it likes whatever its order: unit by unit, it is told with a LATERAL.
  return { inScope, lateral, conditions, from };
}
type Parts = ReturnType<typeof partsOf>;

type Counted = { total: number; totalIsBound: boolean };

/** A statement's identity: its text and its values (a Date as its ISO text, a bigint as its digits). */
const statementKey = (statement: Prisma.Sql) =>
  `${reviewedText(statement)}\u0000${JSON.stringify(statement.values, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}`;

/**
 * Counts up to `bound`. The total is kept while the database's data stays the same (whileUnchanged in
 * @strata/db): paging through a list, or many callers on the same list, count once; any write counts anew.
 */
async function countUpTo(db: Db, parts: Parts, source: CountSource, bound: number): Promise<Counted> {
  const { from, conditions, inScope, lateral } = parts;
  const limit = integerLiteral(bound + 1);
  const statement = lateral
    ? reviewedSql`SELECT count(*) AS "n" FROM (SELECT 1 AS "one" FROM "Unit" u CROSS JOIN LATERAL (SELECT 1 AS "one" FROM ${source.table} WHERE ${conditions} LIMIT ${limit}) x WHERE ${inScope} LIMIT ${limit}) t`
    : reviewedSql`SELECT count(*) AS "n" FROM (SELECT 1 AS "one" ${from} WHERE ${conditions} LIMIT ${limit}) t`;
  return whileUnchanged(
    db,
    statementKey(statement),
    async () => {
      const [counted] = await queryReviewed<{ n: unknown }>(db, statement);
      const n = Number(counted?.n ?? 0);
      return { total: Math.min(n, bound), totalIsBound: n > bound };
    },
    { reads: tablesIn(reviewedText(statement)) },
  );
}

/** How many of each source's rows the caller's scope holds, each exact up to the bound (`listCountBound`). */
export async function scopedCounts(db: Db, request: ScopedRows, sources: CountSource[]): Promise<Counted[]> {
  const shape = await scopeShape(db, request);
  if (!shape) return sources.map(() => ({ total: 0, totalIsBound: false }));
  const bound = request.countBound ?? listCountBound;
  return Promise.all(sources.map((source) => countUpTo(db, partsOf(shape, source), source, bound)));
}

/**
 * What a list shows of each row of its page, read in the statement that picks the page: the page's ids `p`
 * joined to the list's table (as `r`), then `joins` for the names. Every part is a `reviewedSql` fragment.
 * DateTime columns come as ISO text (an `Instant`, sent on with toIso), not as Date.
 */
export type PageRows<R, T> = {
  /** The columns read, each named: `r."title" AS "title", n."name" AS "unitName"`. */
  columns: Prisma.Sql;
  /** Joins after the table's, each with its own alias (not `p`, `r` or `u`): `JOIN "Unit" n ON n."id" = r."unitId"`. */
  joins?: Prisma.Sql;
  /** For a one-to-many join (several rows per item): the order of an item's rows, as `g."id"`. */
  orderWithin?: Prisma.Sql;
  /** The item from its rows: one, or several for a one-to-many join, in order. */
  item: (rows: R[]) => T;
};

type PageRequest<R, T> = ScopedRows & {
  source: PageSource;
  skip: number;
  take: number;
  rows: PageRows<R, T>;
};

/**
 * One page of `source`'s rows in the caller's scope for `permission` (narrowed to the subtree `within`), in order,
 * each read as `rows` says, and the total (exact up to `listCountBound`, which it then reports).
 */
export async function scopedPage<R, T>(db: Db, request: PageRequest<R, T>): Promise<Page<T>> {
  const { source, skip, take, rows } = request;
  const shape = await scopeShape(db, request);
  if (!shape) return { items: [], total: 0, totalIsBound: false };
  const parts = partsOf(shape, source);
  const { inScope, lateral, conditions, from } = parts;
  const dir = direction[source.order];
  const nulls = source.nullsLast ? reviewedSql` NULLS LAST` : reviewedSql``;
  // The page's ids carry their sort values (k0 the leading one, k the key) for the merge and the rows' order.
  const { leading } = source;
  const keys = leading ? reviewedSql`${leading} AS "k0", ${source.key} AS "k"` : reviewedSql`${source.key} AS "k"`;
  const orderBy = leading
    ? reviewedSql`${leading} ${dir}, ${source.key} ${dir}${nulls}, r."id" ${dir}`
    : reviewedSql`${source.key} ${dir}${nulls}, r."id" ${dir}`;
  const pageEnd = skip + take;
  // The page's size is written in (integerLiteral: a bound LIMIT has SQLite plan the statement on every run).
  const pageIds = !lateral
    ? reviewedSql`SELECT r."id" AS "id", ${keys} ${from} WHERE ${conditions} ORDER BY ${orderBy} LIMIT ${integerLiteral(take)} OFFSET ${skip}`
    : // Each unit's rows stop at the page's end; SQLite does as much by itself, reading each unit in order.
      reviewedSql`SELECT x."id" AS "id", ${leading ? reviewedSql`x."k0" AS "k0", ` : reviewedSql``}x."k" AS "k" FROM "Unit" u CROSS JOIN LATERAL (SELECT r."id" AS "id", ${keys} FROM ${source.table} WHERE ${conditions} ORDER BY ${orderBy} LIMIT ${pageEnd}) x WHERE ${inScope} ORDER BY ${leading ? reviewedSql`x."k0" ${dir}, ` : reviewedSql``}x."k" ${dir}${nulls}, x."id" ${dir} LIMIT ${take} OFFSET ${skip}`;
  // MATERIALIZED keeps the page's plan as it is written: folded into the join, it would be planned anew.
  const pageRows = reviewedSql`WITH p AS MATERIALIZED (${pageIds}) SELECT p."id" AS "pageId", ${rows.columns} FROM p JOIN ${source.table} ON r."id" = p."id" ${rows.joins ?? reviewedSql``} ORDER BY ${leading ? reviewedSql`p."k0" ${dir}, ` : reviewedSql``}p."k" ${dir}${nulls}, p."id" ${dir}${rows.orderWithin ? reviewedSql`, ${rows.orderWithin}` : reviewedSql``}`;
  const [read, counted] = await Promise.all([
    queryReviewed<R & { pageId: unknown }>(db, pageRows, { instants: 'text' }),
    countUpTo(db, parts, source, request.countBound ?? listCountBound),
  ]);
  // The rows come in the page's order, an item's rows together.
  const items: T[] = [];
  for (let start = 0; start < read.length; ) {
    let end = start + 1;
    while (end < read.length && read[end]?.pageId === read[start]?.pageId) end += 1;
    items.push(rows.item(read.slice(start, end)));
    start = end;
  }
  return { items, total: counted.total, totalIsBound: counted.totalIsBound };
}
