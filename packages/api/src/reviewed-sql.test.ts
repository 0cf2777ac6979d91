// Raw SQL lives in named, reviewed places: `*.sql.ts` files for procedures' statements, and the database
// plumbing that never serves a procedure (opening the client, health). Anywhere else it is a finding.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integerLiteral, isReviewedSql, reviewedSql, reviewedText, valueList } from './reviewed-sql';

const root = join(import.meta.dirname, '../../..');
/**
 * Plumbing on the raw client, outside any procedure; the guard that polices raw SQL; and the driver-level reader
 * that runs reviewed statements for queryReviewed (its only caller, see below).
 */
const plumbing = [
  'packages/db/src/client.ts',
  'services/gateway/src/server.ts',
  'packages/api/src/scope-guard.ts',
  'packages/db/src/direct-read.ts',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'generated', 'dist'].includes(e.name) ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('raw SQL', () => {
  it('appears only in *.sql.ts files and the database plumbing', () => {
    const files = ['packages', 'services', 'apps', 'shell'].flatMap((d) => sources(join(root, d)));
    const offenders = files
      .map((f) => relative(root, f))
      .filter((f) => !f.endsWith('.sql.ts') && !plumbing.includes(f) && f !== 'packages/api/src/reviewed-sql.ts')
      .filter((f) => /\$(query|execute)Raw|reviewedSql`/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is read straight from the driver only through queryReviewed, which runs reviewed statements alone', () => {
    const files = ['packages', 'services', 'apps', 'shell'].flatMap((d) => sources(join(root, d)));
    const callers = files
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('packages/db/src/'))
      .filter((f) => /\breadDirect\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(callers).toEqual(['packages/api/src/reviewed-sql.ts']);
  });

  it('is recognised by the guard only when built by reviewedSql', () => {
    expect(isReviewedSql(reviewedSql`SELECT ${1} AS "n"`)).toBe(true);
    expect(isReviewedSql({ strings: ['SELECT ', ' AS "x"'], values: [1] })).toBe(false);
    expect(isReviewedSql(undefined)).toBe(false);
  });
});

describe('reviewed statements', () => {
  it('composed anew each time, are known by their text when handed back as a copy, and take the driver text of their shape', () => {
    const cond = (n: number) => reviewedSql`"n" = ${n}`;
    const where = (first: boolean, n: number) =>
      first ? reviewedSql`SELECT 1 WHERE ${cond(n)} AND ${n}` : reviewedSql`SELECT 1 WHERE ${n} AND ${cond(n)}`;
    for (const first of [true, false])
      for (const n of [1, 2]) {
        const statement = where(first, n);
        const copy = { strings: [...statement.strings], values: [...statement.values] };
        expect(isReviewedSql(copy), `${first} ${n}`).toBe(true);
        expect(reviewedText(statement)).toBe(statement.sql);
        // The same text for every statement of the shape, one string.
        expect(reviewedText(statement)).toBe(reviewedText(where(first, n + 10)));
      }
    expect(reviewedText(where(true, 1))).not.toBe(reviewedText(where(false, 1)));
    // A copy's text with a fragment's text changed is not reviewed.
    const statement = where(true, 1);
    const tampered = { strings: statement.strings.map((s) => s.replace('"n"', '"m"')), values: statement.values };
    expect(isReviewedSql(tampered)).toBe(false);
  });

  it('list values as parameters, one per value, for IN (...)', () => {
    const statement = reviewedSql`SELECT 1 WHERE "id" IN (${valueList([3, 'x', 5])})`;
    expect(statement.sql).toBe('SELECT 1 WHERE "id" IN (?, ?, ?)');
    expect(statement.values).toEqual([3, 'x', 5]);
    expect(() => valueList([])).toThrow(/nothing to join/);
  });

  it('write a LIMIT into the text as digits, a shape per value, and refuse anything but a small integer', () => {
    const page = (size: number) => reviewedSql`SELECT "id" FROM "T" LIMIT ${integerLiteral(size)} OFFSET ${40}`;
    expect(page(20).sql).toBe('SELECT "id" FROM "T" LIMIT 20 OFFSET ?');
    expect(page(20).values).toEqual([40]);
    expect(reviewedText(page(20))).toBe(page(20).sql);
    expect(reviewedText(page(50))).toBe('SELECT "id" FROM "T" LIMIT 50 OFFSET ?');
    expect(isReviewedSql({ strings: [...page(7).strings], values: [40] })).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, 1_000_001, 2 ** 53])
      expect(() => integerLiteral(bad), String(bad)).toThrow(/integerLiteral/);
  });

  it('are told apart by where their values go, not only by their text', () => {
    expect(isReviewedSql(reviewedSql`SELECT ${1} AS "m"`)).toBe(true);
    expect(isReviewedSql({ strings: ['SELECT  AS "m"'], values: [] })).toBe(false);
    expect(isReviewedSql({ strings: ['SELECT ', ' AS "m"'], values: [2] })).toBe(true);
  });
});
