// Raw SQL lives in named, reviewed places: `*.sql.ts` files for procedures' statements, and the database
// plumbing that never serves a procedure (opening the client, health). Anywhere else it is a finding.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReviewedSql, reviewedSql } from './reviewed-sql';

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
  it('are told apart by where their values go, not only by their text', () => {
    expect(isReviewedSql(reviewedSql`SELECT ${1} AS "m"`)).toBe(true);
    expect(isReviewedSql({ strings: ['SELECT  AS "m"'], values: [] })).toBe(false);
    expect(isReviewedSql({ strings: ['SELECT ', ' AS "m"'], values: [2] })).toBe(true);
  });
});
