// Files a test needs, written with the raw client like the shared factories: a File of a unit over bytes of its
// own, kept in the database store (so no test touches a folder), and the uses that keep a file from removal.
import { createHash, randomUUID } from 'node:crypto';
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';

/** A document file of the unit, over fresh bytes (a Blob with one chunk), unless `sha256` names existing ones. */
export async function addFile(env: TestEnv, unitId: number, opts: { sha256?: string; name?: string } = {}) {
  let sha256 = opts.sha256;
  if (!sha256) {
    const data = Buffer.from(`%PDF-1.4 ${randomUUID()}`);
    sha256 = createHash('sha256').update(data).digest('hex');
    await env.db.blob.create({ data: { sha256, size: data.length, mime: 'application/pdf', store: 'database' } });
    await env.db.blobChunk.create({ data: { sha256, seq: 0, data: new Uint8Array(data) } });
  }
  return env.db.file.create({
    data: {
      unitId,
      kind: 'document',
      name: opts.name ?? `${uniqueName('材料')}.pdf`,
      mime: 'application/pdf',
      size: 40,
      sha256,
    },
  });
}

/** An article of the unit (a draft) that uses the file in its body. */
export async function useInArticle(env: TestEnv, unitId: number, fileId: number) {
  const column = await env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
  const article = await env.db.article.create({
    data: { unitId, columnId: column.id, title: uniqueName('用图文章'), body: '正文' },
  });
  await env.db.articleFile.create({ data: { articleId: article.id, fileId } });
  return article;
}
