// A public form posted as multipart/form-data (a letter with its attachments, sent without any script): its fields
// as a url-encoded form's, and the files of the page's upload field held in memory, never written anywhere here.
// The parser's hard limits bound what one request can make the gateway hold; within them, a file over the page's
// size or past its count is reported to the page (which says so next to the field, keeping what was typed), and
// anything else out of bounds (a field too long, too many parts or fields) is a 413 before any page runs.
import type { PublicPage, PublicPageRequest } from '@strata/api';
import type { FastifyRequest } from 'fastify';

type Uploads = NonNullable<PublicPage['uploads']>;
type Upload = NonNullable<PublicPageRequest['files']>[number];
type Fields = Record<string, string | string[]>;

/** A multipart form's fields, all together: as much as a url-encoded form may carry, in at most this many fields. */
const fieldLimits = { fields: 30, bytes: 64 * 1024 };

/** The largest body such a form may declare: its fields, its files, and room for the parts' headers. */
const multipartBodyLimit = (uploads: Uploads) => fieldLimits.bytes + uploads.maxFiles * uploads.maxBytes + 64 * 1024;

/** A file over its size is the page's to refuse (bytesOf), not an error that ends the reading. */
export const multipartOptions = { throwFileSizeLimit: false } as const;

const tooLarge = () => Object.assign(new Error('the form is too large'), { statusCode: 413 });
const isFilesLimit = (error: unknown) => (error as { code?: string })?.code === 'FST_FILES_LIMIT';

const add = (fields: Fields, name: string, value: string) => {
  const known = fields[name];
  fields[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
};

/** A file's bytes, or null past `max` (then drained: busboy stops at max + 1, so nothing more is held). */
async function bytesOf(file: AsyncIterable<Buffer> & { truncated?: boolean }, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return file.truncated || size > max ? null : Buffer.concat(chunks, size);
}

/**
 * Reads the multipart form (the request's body must be multipart: `req.isMultipart()`), in a scope that registered
 * @fastify/multipart with `multipartOptions`.
 */
export async function readMultipartForm(req: FastifyRequest, uploads: Uploads) {
  const declared = Number(req.headers['content-length']);
  if (declared > multipartBodyLimit(uploads)) throw tooLarge();
  const form: Fields = {};
  const files: Upload[] = [];
  let tooManyFiles = false;
  let fieldBytes = 0;
  const parts = req.parts({
    // The name as sent: a bad one is refused by the page, never quietly changed.
    preservePath: true,
    limits: {
      fields: fieldLimits.fields,
      fieldSize: fieldLimits.bytes,
      // One more than the page takes is read (and dropped) to know it was sent; the next stops the reading.
      files: uploads.maxFiles + 1,
      fileSize: uploads.maxBytes + 1,
      parts: fieldLimits.fields + uploads.maxFiles + 1,
      headerPairs: 20,
    },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        const value = String(part.value ?? '');
        fieldBytes += Buffer.byteLength(value) + part.fieldname.length;
        if (part.valueTruncated || part.fieldnameTruncated || fieldBytes > fieldLimits.bytes) throw tooLarge();
        add(form, part.fieldname, value);
        continue;
      }
      const bytes = await bytesOf(part.file, uploads.maxBytes);
      // A file input left empty still sends a part: no name, no bytes. Files under another name are not the page's.
      if (part.fieldname !== uploads.field || (part.filename === '' && bytes?.length === 0)) continue;
      if (files.length >= uploads.maxFiles) tooManyFiles = true;
      else files.push({ name: part.filename, bytes });
    }
  } catch (error) {
    // Past the extra file the parser stops: the fields before the files (what was typed) are kept all the same.
    if (isFilesLimit(error)) tooManyFiles = true;
    else if ((error as { statusCode?: number }).statusCode) throw error;
    // A body that is not the multipart it says (cut short, no boundary) is the sender's fault, not the server's.
    else throw Object.assign(new Error('malformed multipart form', { cause: error }), { statusCode: 400 });
  }
  return { form, files, tooManyFiles };
}
