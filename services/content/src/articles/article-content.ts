// An article's content as the server keeps it. The body is rich HTML from the console's editor, but what a browser
// sends is never trusted: it is sanitised with the one allow-list (@strata/text) before it is stored, checked, or
// compared. The files it shows (and its cover) are recorded on every save (ArticleFile): a file in use is never
// deleted, and a published article's files are public, so an article may only use files its writer could publish.
import { fieldError, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { sanitizeRichHtml, storedHtmlToText } from '@strata/text';
import { libraryFile } from '../files/library-file.sql';
import { contentMessage } from '../locales';

/** The most visible text a body may hold (its HTML may be longer: markup is not the writer's words). */
export const bodyTextMax = 50_000;

/** The body as stored: sanitised; refused when nothing a reader could see is left, or when it is too long. */
export function cleanBody(html: string): string {
  const body = sanitizeRichHtml(html);
  const text = storedHtmlToText(body);
  if (text === '' && !/<(img|video)\b/.test(body)) throw fieldError('body', 'fieldRequired');
  if (text.length > bodyTextMax) throw fieldError('body', 'fieldTooLong', { maximum: bodyTextMax });
  return body;
}

// A file's address is /files/<id>/<name> (or /files/<id>/preview): the id decides, the name is for people.
const fileReference = /\s(?:src|href|poster)="\/files\/(\d{1,9})(?:[/?#"])/g;

/** The ids of the files a sanitised body shows or links to, each once, in order of first use. */
export function filesInBody(body: string): number[] {
  return [...new Set([...body.matchAll(fileReference)].map((m) => Number(m[1])))];
}

/** Tags as stored: trimmed, each once (the first spelling kept), in the writer's order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (tag === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

type Uses = { body: string; coverFileId: number | null };

/**
 * The files the content uses, checked before anything is written. Every file must be one the writer may write at
 * (content.write over the file's unit): a file elsewhere, or none, is a field error on the body or the cover, as if
 * it did not exist. The cover must be an image.
 */
export async function filesUsable(tx: Tx, scope: Scope, { body, coverFileId }: Uses): Promise<number[]> {
  const inBody = filesInBody(body);
  const ids = [...new Set([...inBody, ...(coverFileId ? [coverFileId] : [])])];
  if (!ids.length) return [];
  const found = await tx.file.findMany({
    where: { id: { in: ids }, ...libraryFile, ...scope.ownedWhere('content.write') },
    select: { id: true, kind: true },
  });
  const kinds = new Map(found.map((f) => [f.id, f.kind]));
  if (coverFileId && kinds.get(coverFileId) !== 'image') throw fieldError('coverFileId', 'notFound');
  const missing = inBody.find((id) => !kinds.has(id));
  if (missing !== undefined) throw fieldError('body', contentMessage('fileNotFound'), { id: missing });
  return ids;
}

/** Records the files an article uses (from filesUsable), replacing what an earlier save recorded. */
export async function recordFilesUsed(tx: Tx, articleId: number, fileIds: readonly number[]) {
  await tx.articleFile.deleteMany({ where: { articleId } });
  if (fileIds.length) await tx.articleFile.createMany({ data: fileIds.map((fileId) => ({ articleId, fileId })) });
}

/** A nested write that replaces an article's tags with these (cleanTags). */
export const tagsWrite = (tags: readonly string[]) => ({ create: cleanTags(tags).map((tag) => ({ tag })) });
export const tagsReplace = (tags: readonly string[]) => ({ deleteMany: {}, ...tagsWrite(tags) });
