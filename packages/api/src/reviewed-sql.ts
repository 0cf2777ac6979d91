// Raw SQL is for the few statements Prisma cannot express (a subtree move, row locks, a list's page whose plan
// must not be left to chance). Each is written with `reviewedSql` in a file named `*.sql.ts`, where review looks
// for it; the scope guard lets raw queries through only when their text was built by `reviewedSql`, and a test
// keeps raw SQL out of every other file.
import { type Db, type Instants, Prisma, readDirect, type Tx } from '@strata/db';

const reviewed = new Set<string>();
const textOf = (strings: readonly string[]) => strings.join('\u0000');
const isSql = (value: unknown): value is Prisma.Sql => value instanceof Prisma.Sql;
/**
 * The same facts by identity, so a statement composed on every call costs no text joins to check: the template
 * literals whose text is known (a call site's strings are one array for good), and the statements reviewedSql made.
 * The texts stay the rule: Prisma hands the guard a copy of a statement, which only its text identifies.
 */
const knownTemplates = new WeakSet<TemplateStringsArray>();
const madeHere = new WeakSet<Prisma.Sql>();

/**
 * A statement that went through review: use only inside `*.sql.ts` files. A statement may be composed of
 * fragments (a sort's ORDER BY, an optional condition), each itself written with `reviewedSql`; a fragment
 * from anywhere else (`Prisma.raw` of some string, say) is refused, so composing never lets text in unreviewed.
 */
export function reviewedSql(strings: TemplateStringsArray, ...values: unknown[]): Prisma.Sql {
  let composed = false;
  for (const value of values)
    if (isSql(value)) {
      if (!madeHere.has(value) && !reviewed.has(textOf(value.strings)))
        throw new Error('reviewedSql: a fragment that was not written with reviewedSql');
      composed = true;
    }
  if (!knownTemplates.has(strings)) {
    reviewed.add(textOf(strings));
    knownTemplates.add(strings);
  }
  const sql = Prisma.sql(strings, ...values);
  // Without fragments the statement's text is the template's, known already.
  if (composed) reviewed.add(textOf(sql.strings));
  madeHere.add(sql);
  return sql;
}

/** Fragments joined by a reviewed separator (`AND`, `OR`, a comma): each fragment must be reviewed. */
export function joinReviewed(fragments: readonly Prisma.Sql[], separator: Prisma.Sql): Prisma.Sql {
  if (!madeHere.has(separator) && !reviewed.has(textOf(separator.strings)))
    throw new Error('joinReviewed: an unreviewed separator');
  if (!fragments.length) throw new Error('joinReviewed: nothing to join');
  return fragments.reduce((joined, fragment, i) =>
    i === 0 ? fragment : reviewedSql`${joined}${separator}${fragment}`,
  );
}

/** Whether raw query arguments (Prisma's Sql object) carry a reviewed statement. */
export function isReviewedSql(args: unknown): boolean {
  if (isSql(args) && madeHere.has(args)) return true;
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
  { instants = 'date' }: { instants?: Instants } = {},
): Promise<T[]> {
  if (!isReviewedSql(statement)) throw new Error('queryReviewed: a statement that was not written with reviewedSql');
  const rows = await readDirect(db, statement, instants);
  if (rows) return rows as T[];
  const read = await db.$queryRaw<Record<string, unknown>[]>(statement);
  if (instants === 'text')
    for (const row of read) for (const key in row) if (row[key] instanceof Date) row[key] = row[key].toISOString();
  return read as T[];
}
