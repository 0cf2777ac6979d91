// POST /api/files: one upload, multipart, a `unitId` field and then one `file` part. The caller is checked
// before a byte of the file is read, the unit before the file's bytes are, and the kind's size limit while they
// arrive, so nothing unbounded is ever held; the gate lets only so many uploads be read at once (UploadGate), so
// neither is their sum; nothing is kept on any refusal (saveUpload).
import type { MultipartFile } from '@fastify/multipart';
import {
  assertActiveUnit,
  type Context,
  checkSignedIn,
  forbidden,
  idInput,
  requestOrigin,
  unitInScope,
  withRequestOrigin,
} from '@strata/api';
import {
  checkSize,
  FileError,
  type FileKind,
  type FileStorage,
  kindOfHead,
  saveUpload,
  toStoredFile,
  type UploadGate,
  uploadAnswer,
} from '@strata/files';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Bytes read before the kind is judged: enough for every signature we accept. */
const headSize = 64 * 1024;

const unitIdField = z.coerce.number().pipe(idInput);

/** The unitId field sent before the file (a field after it is not read). */
function unitIdOf(part: MultipartFile): number {
  const field = part.fields.unitId;
  const value = Array.isArray(field) ? undefined : field && 'value' in field ? field.value : undefined;
  const parsed = unitIdField.safeParse(value);
  if (!parsed.success) throw new FileError('bad-unit', { field: 'unitId' });
  return parsed.data;
}

/**
 * The file's bytes, its kind's limit applied from the first `headSize` bytes on: an upload over it, or of a type
 * refused outright (a program), stops being read there.
 */
async function readFile(part: MultipartFile, limits: Record<FileKind, number>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let kind: FileKind | undefined;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (!kind && size >= headSize) kind = await kindOfHead(part.filename, Buffer.concat(chunks));
    if (kind) checkSize(kind, size, limits);
  }
  return Buffer.concat(chunks, size);
}

export async function uploadFile(
  req: FastifyRequest,
  reply: FastifyReply,
  { ctx, storage, gate }: { ctx: Context; storage: FileStorage; gate: UploadGate },
) {
  checkSignedIn(ctx, 'mutation', undefined);
  if (!ctx.scope.has('content.write')) throw forbidden();
  const limits = storage.settings.limits;
  const part = await req.file({
    // The name as sent: busboy would cut "../x.jpg" to "x.jpg", and a bad name is refused, never quietly changed.
    preservePath: true,
    // One field and one file. The parser's own file limit lies past every kind's, which readFile applies.
    limits: { fields: 4, fieldSize: 1024, files: 1, parts: 6, fileSize: Math.max(...Object.values(limits)) + 1 },
  });
  if (part?.fieldname !== 'file') throw new FileError('missing-file');
  // A unit outside the caller's scope answers as a missing one (unitInScope).
  const unit = await unitInScope(ctx.db, ctx.scope, 'content.write', unitIdOf(part));
  assertActiveUnit(unit, 'unitId');
  const file = await gate.through(async () => {
    const bytes = await readFile(part, limits);
    const upload = { unitId: unit.id, uploadedById: ctx.session.user.id, name: part.filename, bytes };
    // The audit entry records where the upload came from, as tRPC's middleware has it for procedures.
    return withRequestOrigin(requestOrigin(ctx.ip, ctx.userAgent), () => saveUpload(ctx.db, storage, upload));
  });
  return reply
    .code(201)
    .header('cache-control', 'no-store')
    .send(uploadAnswer.parse({ file: toStoredFile(file) }));
}
