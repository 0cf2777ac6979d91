// Raw SQL is for the few statements Prisma cannot express (a subtree move, row locks, a list's page whose plan
// must not be left to chance). Each is written with `reviewedSql` in a file named `*.sql.ts`, where review looks
// for it; the scope guard lets raw queries through only when their text was built by `reviewedSql`, and a test
// keeps raw SQL out of every other file.
import { type Db, type DirectReadOptions, type Instants, Prisma, readDirect, type Tx } from '@strata/db';

const reviewed = new Set<string>();
const textOf = (strings: readonly string[]) => strings.join('\u0000');
const isSql = (value: unknown): value is Prisma.Sql => value instanceof Prisma.Sql;

/**
 * Statement shapes: a statement's text, numbered once. The guard knows reviewed statements by their text (Prisma
 * hands it a copy of a statement, which only its text identifies), so each reviewed text is registered. A statement
 * composed anew on every call (a list's page: a dozen fragments) would join, hash and register its text, and each
 * fragment's, every time; instead its shape is found from its template's and its fragments' shapes, a short key,
 * and the text is joined once per shape. A shape also keeps the texts the drivers take (`?` and `$1` placeholders)
 * as one string each, under which the driver keeps its prepared statements.
 */
type Shape = { sql?: string; text?: string };
const shapes: Shape[] = [];
const shapeOfStatement = new WeakMap<Prisma.Sql, number>();
const templateShapes = new WeakMap<TemplateStringsArray, number>();
const composedShapes = new Map<string, number>();
const textShapes = new Map<string, number>();

function newShape(text: string) {
  reviewed.add(text);
  shapes.push({});
  return shapes.length - 1;
}

/** A fragment's shape: made here, or (a copy Prisma handed back) known by its reviewed text. */
function fragmentShape(value: Prisma.Sql): number {
  const shape = shapeOfStatement.get(value);
  if (shape !== undefined) return shape;
  const text = textOf(value.strings);
  if (!reviewed.has(text)) throw new Error('reviewedSql: a fragment that was not written with reviewedSql');
  let known = textShapes.get(text);
  if (known === undefined) {
    known = newShape(text);
    textShapes.set(text, known);
  }
  shapeOfStatement.set(value, known);
  return known;
}

/**
 * A statement that went through review: use only inside `*.sql.ts` files. A statement may be composed of
 * fragments (a sort's ORDER BY, an optional condition), each itself written with `reviewedSql`; a fragment
 * from anywhere else (`Prisma.raw` of some string, say) is refused, so composing never lets text in unreviewed.
 */
export function reviewedSql(strings: TemplateStringsArray, ...values: unknown[]): Prisma.Sql {
  let key: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isSql(value)) key = `${key ?? ''}${i}:${fragmentShape(value)},`;
  }
  let template = templateShapes.get(strings);
  if (template === undefined) {
    template = newShape(textOf(strings));
    templateShapes.set(strings, template);
  }
  const sql = Prisma.sql(strings, ...values);
  let shape = template;
  if (key !== undefined) {
    key = `${template}|${key}`;
    const known = composedShapes.get(key);
    shape = known ?? newShape(textOf(sql.strings));
    if (known === undefined) composedShapes.set(key, shape);
  }
  shapeOfStatement.set(sql, shape);
  return sql;
}

/** A statement's texts as the drivers take them (`?` and `$1` placeholders), one string each per shape. */
function driverTexts(statement: Prisma.Sql): Required<Shape> {
  const shape = shapes[shapeOfStatement.get(statement) ?? -1];
  if (!shape) return { sql: statement.sql, text: statement.text };
  shape.sql ??= statement.sql;
  shape.text ??= statement.text;
  return shape as Required<Shape>;
}

/** The statement's text as SQLite takes it: Prisma's `sql` builds it anew on each read, this once per shape. */
export const reviewedText = (statement: Prisma.Sql): string => driverTexts(statement).sql;

/** Fragments joined by a reviewed separator (`AND`, `OR`, a comma): each fragment must be reviewed. */
export function joinReviewed(fragments: readonly Prisma.Sql[], separator: Prisma.Sql): Prisma.Sql {
  if (!shapeOfStatement.has(separator) && !reviewed.has(textOf(separator.strings)))
    throw new Error('joinReviewed: an unreviewed separator');
  if (!fragments.length) throw new Error('joinReviewed: nothing to join');
  return fragments.reduce((joined, fragment, i) =>
    i === 0 ? fragment : reviewedSql`${joined}${separator}${fragment}`,
  );
}

/** Values as a comma-separated list of parameters, for `IN (...)`: never empty (the caller decides what none means). */
export function valueList(values: readonly (string | number)[]): Prisma.Sql {
  return joinReviewed(
    values.map((value) => reviewedSql`${value}`),
    reviewedSql`, `,
  );
}

/**
 * A non-negative integer written into the statement's text instead of bound, for a LIMIT. SQLite (built with STAT4,
 * as better-sqlite3 is) plans a LIMIT by its value, so it plans a statement anew on every run when its LIMIT is a
 * parameter (a list's page: about 35 µs of its 75). Only digits reach the text, and each value is a shape of its
 * own: use it for values from a small set (a page size, a count's bound), not for an offset.
 */
const literals = new Map<number, Prisma.Sql>();
export function integerLiteral(value: number): Prisma.Sql {
  if (!Number.isSafeInteger(value) || value < 0 || value > 1_000_000)
    throw new Error('integerLiteral: not an integer from 0 to 1,000,000');
  let literal = literals.get(value);
  if (!literal) {
    literal = Prisma.raw(String(value));
    shapeOfStatement.set(literal, newShape(textOf(literal.strings)));
    literals.set(value, literal);
  }
  return literal;
}

/** Whether raw query arguments (Prisma's Sql object) carry a reviewed statement. */
export function isReviewedSql(args: unknown): boolean {
  if (isSql(args) && shapeOfStatement.has(args)) return true;
  const strings = (args as { strings?: unknown } | undefined)?.strings;
  return Array.isArray(strings) && reviewed.has(textOf(strings as string[]));
}

/**
 * A reviewed statement's rows, read straight from the driver (readDirect in @strata/db: a list's page costs about a
 * third of the CPU it takes through Prisma) or, inside a transaction, through Prisma. The rows are the same either
 * way: DateTime columns as Date (or, with `instants: 'text'`, as toISOString's text), Boolean as boolean, integers
 * as numbers (a count too: Prisma would give a bigint, so read counts with Number()). The scope guard's own rule
 * holds here too: only reviewed statements are run.
 */
export async function queryReviewed<T>(
  db: Db | Tx,
  statement: Prisma.Sql,
  { instants = 'date', planEachRun = false }: { instants?: Instants } & DirectReadOptions = {},
): Promise<T[]> {
  if (!isReviewedSql(statement)) throw new Error('queryReviewed: a statement that was not written with reviewedSql');
  const { sql, text } = driverTexts(statement);
  const rows = await readDirect(db, { sql, text, values: statement.values }, instants, { planEachRun });
  if (rows) return rows as T[];
  const read = await db.$queryRaw<Record<string, unknown>[]>(statement);
  if (instants === 'text')
    for (const row of read) for (const key in row) if (row[key] instanceof Date) row[key] = row[key].toISOString();
  return read as T[];
}
