// Rows a test needs, written with the raw client (no scope, no audit): fresh accounts, units, columns and
// articles, so each case works on its own rows and does not depend on what an earlier case changed.
import { createHash } from 'node:crypto';
import { naturalKey } from '@strata/api';
import type { Article, Column, File, Unit, User } from '@strata/db';
import { addTestUnit } from '@strata/db/testing';
import type { TestEnv } from './env';

let counter = 0;
/** A name no other row of this run has (usernames: lower case, at most 32 characters). */
export function uniqueName(prefix: string) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * A count of its own for each test environment (each has a database of its own): the values a case must not repeat
 * in one database start again in the next. A Vitest worker runs many files in one process, so a module's count of
 * its own would run on for as long as the worker does.
 */
export function countPerEnv(): (env: TestEnv) => number {
  const counts = new WeakMap<TestEnv, number>();
  return (env) => {
    const n = (counts.get(env) ?? 0) + 1;
    counts.set(env, n);
    return n;
  };
}

/** An account signing in with the demo password, at home in `unitId`, holding `grants`. */
export async function addAccount(
  env: TestEnv,
  opts: { username?: string; unitId: number; grants?: { role: string; unitId: number }[] },
): Promise<User & { grantIds: number[] }> {
  // The demo password's hash, taken from a seeded account: hashing again would only cost time.
  const { passwordHash } = await env.db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  const username = opts.username ?? uniqueName('acct');
  const user = await env.db.user.create({
    data: { username, displayName: username, unitId: opts.unitId, passwordHash },
  });
  const grantIds: number[] = [];
  for (const g of opts.grants ?? []) grantIds.push((await env.db.grant.create({ data: { userId: user.id, ...g } })).id);
  return { ...user, grantIds };
}

/** A unit below `parent` with its materialised path (a group below a branch, typically). */
export const addUnit = (
  env: TestEnv,
  parent: Pick<Unit, 'id' | 'path' | 'depth'>,
  opts: { kind?: string; name?: string; archived?: boolean } = {},
): Promise<Unit> => addTestUnit(env.db, parent, { ...opts, name: opts.name ?? uniqueName('党小组') });

/** A new column of the unit. */
export const addColumn = (env: TestEnv, unitId: number): Promise<Column> =>
  env.db.column.create({ data: { unitId, name: uniqueName('栏目'), sort: 100 + counter } });

/** An article in the unit's first column (seeded units have six). */
export async function addArticle(env: TestEnv, unitId: number, status = 'draft'): Promise<Article> {
  const column = await env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
  const title = uniqueName('测试文章');
  // One instant for both: the article shows on its site (siteAt) when it was first published, as the service writes it.
  const publishedAt = status === 'published' ? new Date() : null;
  const article = await env.db.article.create({
    data: {
      unitId,
      columnId: column.id,
      title,
      titleKey: naturalKey(title),
      body: '正文',
      status,
      publishedAt,
      siteAt: publishedAt,
    },
  });
  // Saved once, as the console saves it: its first revision.
  await env.db.articleRevision.create({
    data: {
      articleId: article.id,
      unitId,
      number: 1,
      title,
      summary: '',
      body: '正文',
      byline: '',
      source: '',
      columnId: column.id,
    },
  });
  return article;
}

/**
 * A file row of the unit over a blob of its own (bytes not written: enough for rules about who may use or see a
 * file; tests of storage write real bytes through @strata/files).
 */
export async function addFileRow(env: TestEnv, unitId: number, kind = 'image'): Promise<File> {
  counter += 1;
  const sha256 = createHash('sha256').update(`file-${counter}-${Math.random()}`).digest('hex');
  const mime = kind === 'image' ? 'image/png' : 'application/pdf';
  await env.db.blob.create({ data: { sha256, size: 1, mime, store: 'disk' } });
  return env.db.file.create({
    data: { unitId, kind, name: uniqueName(kind === 'image' ? '图片' : '附件'), mime, size: 1, sha256 },
  });
}
