// Raw SQL is for the few statements Prisma cannot express (a subtree move, row locks). Each is written with
// `reviewedSql` in a file named `*.sql.ts`, where review looks for it; the scope guard lets raw queries through
// only when their text was built by `reviewedSql`, and a test keeps raw SQL out of every other file.
import { Prisma } from '@strata/db';

const reviewed = new Set<string>();
const textOf = (strings: readonly string[]) => strings.join('\u0000');

/** A statement that went through review: use only inside `*.sql.ts` files. */
export function reviewedSql(strings: TemplateStringsArray, ...values: unknown[]) {
  reviewed.add(textOf(strings));
  return Prisma.sql(strings, ...values);
}

/** Whether raw query arguments (Prisma's Sql object) carry a reviewed statement. */
export function isReviewedSql(args: unknown): boolean {
  const strings = (args as { strings?: unknown } | undefined)?.strings;
  return Array.isArray(strings) && reviewed.has(textOf(strings as string[]));
}
