// GET /files/:id/:name and /files/:id/preview: a file's bytes (the name is for people; the id decides), with
// validators and ranges so browsers cache and videos seek. A public file is anyone's; any other needs a session
// whose scope covers content.read at the file's unit, or, for a lesson's file, an enrolment in the lesson's course
// version or training.manage / training.teach at the course's unit; it answers exactly as a missing id otherwise.
// A file sent with a letter is the letter's: only those who read the letter where it is handled now (mailbox.read
// at its unit) read it, whoever else might use it, and content.read at the unit that received it gives nothing.
import { Readable } from 'node:stream';
import { type Context, checkSignedIn, idInput, notFound } from '@strata/api';
import type { Db } from '@strata/db';
import {
  contentDisposition,
  enrolledInAny,
  type FileStorage,
  requestedRange,
  type ServableFile,
  servableFile,
} from '@strata/files';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * How long browsers and proxies may keep a public file without asking again: a withdrawn article's pictures stay
 * reachable from caches at most this long.
 */
export const publicMaxAgeSeconds = 300;

type Deps = {
  db: Db;
  storage: FileStorage;
  now: () => Date;
  /** The caller's context, made only when a private file needs it. */
  context: () => Promise<Context>;
};

/** Whether an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for it). */
const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });

/** The permissions over a course's unit that read its lessons' files: its trainers'. */
const lessonReaders = ['training.manage', 'training.teach'] as const;

/**
 * The caller may read a private file: signed in (as tRPC's queries require) with content.read at its unit; for a
 * lesson's file, enrolled in a version whose lessons use it, or a trainer of the course's unit; for a letter's
 * file, mailbox.read at the unit holding one of its letters now, and nothing else.
 */
async function mayRead(
  db: Db,
  context: Deps['context'],
  file: Pick<ServableFile, 'unit' | 'lessonVersions'>,
  letterUnits: string[] | null,
): Promise<boolean> {
  const ctx = await context();
  try {
    checkSignedIn(ctx, 'query', undefined);
  } catch {
    return false;
  }
  if (letterUnits) return letterUnits.some((path) => ctx.scope.covers('mailbox.read', path));
  if (ctx.scope.covers('content.read', file.unit.path)) return true;
  const lessons = file.lessonVersions;
  if (lessons.some((l) => lessonReaders.some((permission) => ctx.scope.covers(permission, l.courseUnitPath))))
    return true;
  return enrolledInAny(
    db,
    ctx.session.user.id,
    lessons.map((l) => l.versionId),
  );
}

/** The units holding the letters a file was sent with now, or null for a file sent with none. */
async function lettersHolding(db: Db, fileId: number): Promise<string[] | null> {
  const links = await db.letterFile.findMany({
    where: { fileId },
    select: { letter: { select: { unit: { select: { path: true } } } } },
  });
  return links.length ? links.map((l) => l.letter.unit.path) : null;
}

export async function serveFile(
  req: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  which: 'file' | 'preview',
  { db, storage, now, context }: Deps,
) {
  const id = /^\d{1,10}$/.test(req.params.id) ? idInput.safeParse(Number(req.params.id)) : undefined;
  const [found, letterUnits] = id?.success
    ? await Promise.all([servableFile(db, id.data, now()), lettersHolding(db, id.data)])
    : [null, null];
  // A letter's file is never public, whatever else may name it.
  const file = found && { ...found, public: found.public && !letterUnits };
  if (!file || (!file.public && !(await mayRead(db, context, file, letterUnits)))) throw notFound();
  const blob =
    which === 'file'
      ? { sha256: file.sha256, size: file.size, mime: file.mime, store: file.blob.store, name: file.name }
      : file.preview && { ...file.preview, name: `${file.name.replace(/\.[^.]*$/, '')}.webp` };
  if (!blob) throw notFound();

  const etag = `"${blob.sha256}"`;
  reply
    .header('etag', etag)
    .header('cache-control', file.public ? `public, max-age=${publicMaxAgeSeconds}` : 'private, no-store')
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    // Whatever a file holds, it runs nothing here: no scripts, no plugins, no same-origin access.
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('content-type', blob.mime.startsWith('text/') ? `${blob.mime}; charset=utf-8` : blob.mime)
    .header('content-disposition', contentDisposition(blob.mime, blob.name));
  if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();

  // If-Range names the version a client has part of: another version gets the whole file.
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? 'whole' : requestedRange(req.headers.range, blob.size);
  if (range === 'unsatisfiable') {
    reply.removeHeader('content-type');
    reply.removeHeader('content-disposition');
    return reply.code(416).header('content-range', `bytes */${blob.size}`).send();
  }
  const length = range === 'whole' ? blob.size : range.end - range.start + 1;
  if (range !== 'whole') reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${blob.size}`);
  reply.header('content-length', length);
  // Fastify answers HEAD through this handler: an empty stream keeps the Content-Length above (nothing sent
  // would be a length of 0), and no byte of the file is read.
  if (req.method === 'HEAD') return reply.send(Readable.from([]));
  const stream = await storage.store(blob.store).read(blob.sha256, range === 'whole' ? undefined : range);
  return reply.send(stream);
}
