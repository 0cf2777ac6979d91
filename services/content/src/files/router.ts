// Files: each procedure parses its input, holds its permission and hands the work to a domain function. Uploads
// and downloads are HTTP routes of the gateway (POST /api/files, GET /files/...), not procedures.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { fileStorage, releaseBlobs } from '@strata/files';
import { z } from 'zod';
import { fileDetail, fileFilter, fileRow } from './file-schemas';
import { getFile } from './get-file';
import { listFiles } from './list-files';
import { removeFile } from './remove-file';

const read = permissionProcedure('content.read');

export const filesRouter = router({
  list: read
    .input(fileFilter)
    .output(checked(pageOf(fileRow)))
    .query(({ ctx, input }) => listFiles(ctx.db, { scope: ctx.scope, filter: input })),

  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(fileDetail))
    .query(({ ctx, input }) => getFile(ctx.db, { scope: ctx.scope, id: input.id })),

  /** Only a file nothing uses (CONFLICT otherwise); its bytes go too unless other files hold the same. */
  remove: permissionProcedure('content.write')
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(async ({ ctx, input }) => {
      const file = await runTransaction(ctx.db, (tx) =>
        removeFile(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      );
      // After the commit: until then the deleted row still names the bytes.
      await releaseBlobs(ctx.db, fileStorage(ctx.db), [file.sha256, file.previewSha256]);
      return { ok: true as const };
    }),
});
