import {
  idInput,
  permissionProcedure,
  recordAudit,
  router,
  runTransaction,
  type Scope,
  unitCreated,
  unitInScope,
} from '@strata/api';
import type { Tx } from '@strata/db';
import { z } from 'zod';
import { toUnitOutput, unitKind, unitName, unitOutput } from './unit-schemas';
import { archiveUnit, createUnit, moveUnit } from './unit-tree';

const id = idInput;
const read = permissionProcedure('unit.read');
const manage = permissionProcedure('unit.manage');
/** Units the caller may manage, looked up inside the mutation's transaction. */
const manageable = (tx: Tx, scope: Scope) => (unitId: number) => unitInScope(tx, scope, 'unit.manage', unitId);

export const unitsRouter = router({
  tree: read
    .input(z.strictObject({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .output(z.array(unitOutput))
    .query(async ({ ctx, input }) => {
      const units = await ctx.db.unit.findMany({
        where: { ...ctx.scope.unitWhere('unit.read'), ...(input.includeArchived ? {} : { archivedAt: null }) },
        orderBy: [{ depth: 'asc' }, { sort: 'asc' }, { id: 'asc' }],
      });
      return units.map(toUnitOutput);
    }),

  get: read
    .input(z.strictObject({ id }))
    .output(
      unitOutput.extend({
        parentName: z.string().nullable(),
        childCount: z.number().int(),
        userCount: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const unit = await unitInScope(ctx.db, ctx.scope, 'unit.read', input.id);
      const inUnit = ctx.scope.unitWhere('unit.read', unit.path);
      const [parent, childCount, userCount] = await Promise.all([
        unit.parentId ? ctx.system.units.nameOf(unit.parentId) : null,
        ctx.db.unit.count({ where: { parentId: unit.id, archivedAt: null, ...inUnit } }),
        ctx.db.user.count({ where: { unitId: unit.id, unit: inUnit } }),
      ]);
      // The parent's name is shown even above the caller's scope: it is the unit's own attribute.
      return { ...toUnitOutput(unit), parentName: parent, childCount, userCount };
    }),

  create: manage
    .input(z.strictObject({ parentId: id, kind: unitKind, name: unitName }))
    .output(unitOutput)
    .mutation(async ({ ctx, input }) =>
      runTransaction(ctx.db, async (tx) => {
        const unit = await createUnit(tx, manageable(tx, ctx.scope), input.parentId, input.kind, input.name);
        await unitCreated(tx, unit);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: unit.id,
          action: 'unit.create',
          entity: 'Unit',
          entityId: unit.id,
          after: unit,
        });
        return toUnitOutput(unit);
      }),
    ),

  rename: manage
    .input(z.strictObject({ id, name: unitName }))
    .output(unitOutput)
    .mutation(async ({ ctx, input }) =>
      runTransaction(ctx.db, async (tx) => {
        const before = await unitInScope(tx, ctx.scope, 'unit.manage', input.id);
        const unit = await tx.unit.update({
          where: { id: before.id, ...ctx.scope.unitWhere('unit.manage') },
          data: { name: input.name },
        });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: unit.id,
          action: 'unit.rename',
          entity: 'Unit',
          entityId: unit.id,
          before: { name: before.name },
          after: { name: unit.name },
        });
        return toUnitOutput(unit);
      }),
    ),

  move: manage
    .input(z.strictObject({ id, parentId: id }))
    .output(unitOutput)
    .mutation(async ({ ctx, input }) =>
      runTransaction(ctx.db, async (tx) => {
        const { before: unit, moved } = await moveUnit(tx, manageable(tx, ctx.scope), input.id, input.parentId);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: moved.id,
          action: 'unit.move',
          entity: 'Unit',
          entityId: moved.id,
          before: { parentId: unit.parentId, path: unit.path },
          after: { parentId: moved.parentId, path: moved.path },
        });
        return toUnitOutput(moved);
      }),
    ),

  archive: manage
    .input(z.strictObject({ id }))
    .output(unitOutput)
    .mutation(async ({ ctx, input }) =>
      runTransaction(ctx.db, async (tx) => {
        const archived = await archiveUnit(tx, manageable(tx, ctx.scope), input.id);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: archived.id,
          action: 'unit.archive',
          entity: 'Unit',
          entityId: archived.id,
          before: { archivedAt: null },
          after: { archivedAt: archived.archivedAt },
        });
        return toUnitOutput(archived);
      }),
    ),
});
