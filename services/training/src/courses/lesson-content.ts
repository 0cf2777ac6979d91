// A lesson as the server keeps it. A body is rich HTML from the console's editor, never trusted: it is sanitised with
// the one allow-list (@strata/text, the same the content team's articles go through) before it is checked or stored.
// The files a lesson shows (its document or video, and any picture or video its body names) must be files of the
// course's unit or below it that the writer manages training at: a published public lesson makes them readable to
// anyone, so a lesson may only use files its writer could publish, and never a letter's attachment.
import { fieldError, type Scope } from '@strata/api';
import { trainingLimits } from '@strata/contract';
import type { Tx } from '@strata/db';
import { sanitizeRichHtml, storedHtmlToText } from '@strata/text';
import { trainingMessage } from '../locales';
import { manage } from './course-lookups';
import { fileKindOf, kindFields, lessonProblem } from './course-rules';
import type { LessonFields } from './course-schemas';

// A file's address is /files/<id>/<name> (or /files/<id>/preview): the id decides, the name is for people.
const fileReference = /\s(?:src|href|poster)="\/files\/(\d{1,9})(?:[/?#"])/g;

/** The ids of the files a sanitised body shows or links to, each once, in order of first use. */
export const filesInBody = (body: string) => [...new Set([...body.matchAll(fileReference)].map((m) => Number(m[1])))];

/** A letter's attachments are the letter's (its handlers read them), never part of a unit's library. */
const notALetters = { letters: { none: {} } } as const;

/** The lesson's fields as stored, checked: refused with a field error naming what is wrong. */
export async function lessonContent(tx: Tx, scope: Scope, courseUnitId: number, input: LessonFields) {
  const body = sanitizeRichHtml(input.body);
  if (body.length > trainingLimits.bodyMax)
    throw fieldError('body', trainingMessage('courseLessonBodyTooLong'), { max: trainingLimits.bodyMax });
  const bodyShows = storedHtmlToText(body) !== '' || /<(img|video)\b/.test(body);
  const problem = lessonProblem(input.kind, { bodyShows, fileId: input.fileId, url: input.url });
  if (problem) throw fieldError(problem.field, trainingMessage(problem.key));
  const { fileId, url } = kindFields(input.kind, input.fileId, input.url);
  const stored = {
    kind: input.kind,
    title: input.title,
    body: bodyShows ? body : '',
    fileId,
    url,
    minutes: input.minutes,
  };
  const inBody = filesInBody(stored.body);
  if (fileId === null && !inBody.length) return stored;
  const unit = await tx.unit.findFirstOrThrow({
    where: { id: courseUnitId, ...scope.unitWhere(manage) },
    select: { path: true },
  });
  const usable = { ...notALetters, ...scope.ownedWhere(manage, unit.path) };
  if (fileId !== null) {
    const kind = fileKindOf[input.kind];
    const file = await tx.file.findFirst({ where: { id: fileId, kind, ...usable }, select: { id: true } });
    if (!file)
      throw fieldError(
        'fileId',
        trainingMessage(kind === 'video' ? 'courseLessonVideoNotFound' : 'courseLessonFileNotFound'),
      );
  }
  if (inBody.length) {
    const found = await tx.file.findMany({ where: { id: { in: inBody }, ...usable }, select: { id: true } });
    const known = new Set(found.map((f) => f.id));
    const missing = inBody.find((id) => !known.has(id));
    if (missing !== undefined)
      throw fieldError('body', trainingMessage('courseLessonBodyFileNotFound'), { id: missing });
  }
  return stored;
}
