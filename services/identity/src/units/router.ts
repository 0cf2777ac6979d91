// The unit tree: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { addUnit } from './add-unit';
import { editUnitProfile } from './edit-unit-profile';
import { getUnit } from './get-unit';
import { listUnits } from './list-units';
import { relocateUnit } from './relocate-unit';
import { renameUnit } from './rename-unit';
import { restoreUnit } from './restore-unit';
import { retireUnit } from './retire-unit';
import { unitProfileInput, unitProfileOutput } from './unit-profile';
import { newUnit, unitName, unitOutput } from './unit-schemas';

const id = idInput;
const read = permissionProcedure('unit.read');
const manage = permissionProcedure('unit.manage');

export const unitsRouter = router({
  tree: read
    .input(z.strictObject({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .output(checked(z.array(unitOutput)))
    .query(({ ctx, input }) => listUnits(ctx.db, { scope: ctx.scope, includeArchived: input.includeArchived })),

  get: read
    .input(z.strictObject({ id }))
    .output(
      checked(
        unitOutput.extend({
          parentName: z.string().nullable(),
          childCount: z.number().int(),
          userCount: z.number().int(),
          manageable: z.boolean(),
          ...unitProfileOutput.shape,
        }),
      ),
    )
    .query(({ ctx, input }) => getUnit(ctx.db, { scope: ctx.scope, system: ctx.system, id: input.id })),

  create: manage
    .input(newUnit)
    .output(checked(unitOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => addUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  rename: manage
    .input(z.strictObject({ id, name: unitName }))
    .output(checked(unitOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => renameUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, ...input })),
    ),

  move: manage
    .input(z.strictObject({ id, parentId: id }))
    .output(checked(unitOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => relocateUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, ...input })),
    ),

  archive: manage
    .input(z.strictObject({ id }))
    .output(checked(unitOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => retireUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id })),
    ),

  restore: manage
    .input(z.strictObject({ id }))
    .output(checked(unitOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => restoreUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id })),
    ),

  updateProfile: manage
    .input(unitProfileInput)
    .output(checked(unitOutput.extend(unitProfileOutput.shape)))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => editUnitProfile(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),
});
