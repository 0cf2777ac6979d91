// Importing members from the template's sheet (issue 10, point 5), all or nothing: `start` declares the file, `stage`
// checks and stages its rows chunk by chunk (the browser's progress), `commit` moves every staged row into the
// registry in one transaction, `discard` drops them. Each needs members.edit at the import's unit; `template` gives
// the columns and the problems' words the console builds the sheets from.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { commitImport } from './commit-import';
import { discardImport } from './discard-import';
import { commitResult, stageInput, stageResult, startInput, importTemplate as templateSchema } from './import-schemas';
import { importTemplate } from './import-template';
import { importerOf } from './member-import';
import { stageImport } from './stage-import';
import { startImport } from './start-import';

const edit = permissionProcedure('members.edit');
const byId = z.strictObject({ id: idInput });

export const importsRouter = router({
  template: edit
    .input(z.strictObject({}))
    .output(checked(templateSchema))
    .query(() => importTemplate()),

  start: edit
    .input(startInput)
    .output(checked(z.object({ id: z.number().int(), total: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => startImport(tx, importerOf(ctx), input))),

  stage: edit
    .input(stageInput)
    .output(checked(stageResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => stageImport(tx, importerOf(ctx), input))),

  commit: edit
    .input(byId)
    .output(checked(commitResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => commitImport(tx, importerOf(ctx), input.id))),

  discard: edit
    .input(byId)
    .output(checked(z.object({ id: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => discardImport(tx, importerOf(ctx), input.id))),
});
