// The document library: each procedure parses its input, holds its permission and hands the work to a domain
// function. A version's file is uploaded first through the gateway (POST /api/files) and named here by its id.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { addDocumentVersion } from './add-document-version';
import { createDocument } from './create-document';
import { getDocument } from './document-reads';
import {
  documentChanges,
  documentDetail,
  documentFilter,
  documentRow,
  newDocument,
  newVersion,
} from './document-schemas';
import { listCategories } from './list-categories';
import { listDocuments } from './list-documents';
import { removeDocument } from './remove-document';
import { updateDocument } from './update-document';

const read = permissionProcedure('content.read');
const write = permissionProcedure('content.write');

export const documentsRouter = router({
  list: read
    .input(documentFilter)
    .output(checked(pageOf(documentRow)))
    .query(({ ctx, input }) => listDocuments(ctx.db, { scope: ctx.scope, filter: input })),

  /** The categories filed under in the unit's subtree (the caller's whole scope without one), in order. */
  categories: read
    .input(z.strictObject({ unitId: idInput.optional() }))
    .output(checked(z.array(z.string())))
    .query(({ ctx, input }) => listCategories(ctx.db, { scope: ctx.scope, unitId: input.unitId })),

  get: read
    .input(z.strictObject({ id: idInput }))
    .output(checked(documentDetail))
    .query(({ ctx, input }) => getDocument(ctx.db, { scope: ctx.scope, id: input.id })),

  create: write
    .input(newDocument)
    .output(checked(documentDetail))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => createDocument(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  update: write
    .input(documentChanges)
    .output(checked(documentDetail))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => updateDocument(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  addVersion: write
    .input(newVersion)
    .output(checked(documentDetail))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => addDocumentVersion(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  /** The document and its versions; their files stay (and may then be removed through content.files). */
  remove: write
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        removeDocument(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      ),
    ),
});
