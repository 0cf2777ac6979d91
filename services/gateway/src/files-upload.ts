// POST /api/files: one upload, multipart, a `unitId` field (and optionally a `purpose`) and then one `file` part.
// The caller is checked before a byte of the file is read, the unit and the name before the file's bytes are, and
// the kind's size limit while they arrive, into a temporary file (receiveUpload): an upload is never held whole in
// memory, and the gate lets only so many arrive at once (UploadGate). Nothing is kept on any refusal (saveUpload),
// and the temporary file goes whatever happens.
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
  arrivalsDir,
  checkFileName,
  defaultUploadPurpose,
  FileError,
  type FileStorage,
  purposePermissions,
  receiveUpload,
  saveUpload,
  toStoredFile,
  type UploadGate,
  type UploadPurpose,
  uploadAnswer,
  uploadPurposes,
} from '@strata/files';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

const unitIdField = z.coerce.number().pipe(idInput);
const purposeField = z.enum(uploadPurposes).default(defaultUploadPurpose);

/** A text field sent before the file (a field after it is not read); undefined when absent or sent twice. */
function fieldOf(part: MultipartFile, name: string): unknown {
  const field = part.fields[name];
  return Array.isArray(field) ? null : field && 'value' in field ? field.value : undefined;
}

function unitIdOf(part: MultipartFile): number {
  const parsed = unitIdField.safeParse(fieldOf(part, 'unitId'));
  if (!parsed.success) throw new FileError('bad-unit', { field: 'unitId' });
  return parsed.data;
}

/** What the upload is for (content unless it says otherwise), which decides the permission it needs. */
function purposeOf(part: MultipartFile): UploadPurpose {
  const parsed = purposeField.safeParse(fieldOf(part, 'purpose'));
  if (!parsed.success) throw new FileError('bad-purpose', { field: 'purpose' });
  return parsed.data;
}

export async function uploadFile(
  req: FastifyRequest,
  reply: FastifyReply,
  { ctx, storage, gate }: { ctx: Context; storage: FileStorage; gate: UploadGate },
) {
  checkSignedIn(ctx, 'mutation', undefined);
  // Neither purpose's permission anywhere: refused before the form is read.
  if (!Object.values(purposePermissions).some((permission) => ctx.scope.has(permission))) throw forbidden();
  const limits = storage.settings.limits;
  const part = await req.file({
    // The name as sent: busboy would cut "../x.jpg" to "x.jpg", and a bad name is refused, never quietly changed.
    preservePath: true,
    // Two fields and one file. The parser's own file limit lies past every kind's, which receiveUpload applies.
    limits: { fields: 4, fieldSize: 1024, files: 1, parts: 6, fileSize: Math.max(...Object.values(limits)) + 1 },
  });
  if (part?.fieldname !== 'file') throw new FileError('missing-file');
  const permission = purposePermissions[purposeOf(part)];
  if (!ctx.scope.has(permission)) throw forbidden();
  // A unit outside the caller's scope answers as a missing one (unitInScope).
  const unit = await unitInScope(ctx.db, ctx.scope, permission, unitIdOf(part));
  assertActiveUnit(unit, 'unitId');
  // A bad name is refused before the bytes are read, not after a 500 MB video has arrived.
  checkFileName(part.filename);
  const file = await gate.through(async () => {
    const content = await receiveUpload(part.file, { name: part.filename, dir: arrivalsDir(storage.settings), limits });
    try {
      const upload = { unitId: unit.id, uploadedById: ctx.session.user.id, name: part.filename, content };
      // The audit entry records where the upload came from, as tRPC's middleware has it for procedures.
      return await withRequestOrigin(requestOrigin(ctx.ip, ctx.userAgent), () => saveUpload(ctx.db, storage, upload));
    } finally {
      await content.discard();
    }
  });
  return reply
    .code(201)
    .header('cache-control', 'no-store')
    .send(uploadAnswer.parse({ file: toStoredFile(file) }));
}
