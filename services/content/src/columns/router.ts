import {
  assertActiveUnit,
  conflict,
  fieldError,
  idInput,
  permissionProcedure,
  recordAudit,
  router,
  type Scope,
  unitInScope,
} from '@strata/api';
import type { Column } from '@strata/db';
import { z } from 'zod';

const id = idInput;
const cadence = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);
const name = z.string().trim().min(1).max(20);

const columnOutput = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  key: z.string().nullable(),
  name: z.string(),
  sort: z.number().int(),
  hidden: z.boolean(),
  cadence,
  articleCount: z.number().int(),
});

/** Each column's article count, counted within the caller's scope like every read. */
const articleCount = (scope: Scope) => ({
  _count: { select: { articles: { where: scope.ownedWhere('content.read') } } },
});

const toColumn = (c: Column & { _count?: { articles: number } }): z.infer<typeof columnOutput> => ({
  id: c.id,
  unitId: c.unitId,
  key: c.key,
  name: c.name,
  sort: c.sort,
  hidden: c.hidden,
  cadence: c.cadence as z.infer<typeof cadence>,
  articleCount: c._count?.articles ?? 0,
});

export const columnsRouter = router({
  list: permissionProcedure('content.read')
    .input(z.strictObject({ unitId: id }))
    .output(z.array(columnOutput))
    .query(async ({ ctx, input }) => {
      const unit = await unitInScope(ctx.db, ctx.scope, 'content.read', input.unitId);
      const columns = await ctx.db.column.findMany({
        where: { unitId: unit.id, ...ctx.scope.ownedWhere('content.read') },
        include: articleCount(ctx.scope),
        orderBy: [{ sort: 'asc' }, { id: 'asc' }],
      });
      return columns.map(toColumn);
    }),

  create: permissionProcedure('content.manage')
    .input(z.strictObject({ unitId: id, name, cadence: cadence.default('weekly') }))
    .output(columnOutput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const unit = await unitInScope(tx, ctx.scope, 'content.manage', input.unitId);
        assertActiveUnit(unit, 'unitId');
        const clash = await tx.column.count({
          where: { unitId: unit.id, name: input.name, ...ctx.scope.ownedWhere('content.manage') },
        });
        if (clash) throw conflict('columnNameTaken', 'name');
        const last = await tx.column.aggregate({
          where: { unitId: unit.id, ...ctx.scope.ownedWhere('content.manage') },
          _max: { sort: true },
        });
        const column = await tx.column.create({
          data: { unitId: unit.id, name: input.name, cadence: input.cadence, sort: (last._max.sort ?? -1) + 1 },
        });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: unit.id,
          action: 'column.create',
          entity: 'Column',
          entityId: column.id,
          after: column,
        });
        return toColumn(column);
      }),
    ),

  update: permissionProcedure('content.manage')
    .input(
      z.strictObject({
        id,
        name: name.optional(),
        hidden: z.boolean().optional(),
        sort: z.number().int().min(0).max(999).optional(),
        cadence: cadence.optional(),
      }),
    )
    .output(columnOutput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const scoped = ctx.scope.ownedWhere('content.manage');
        const before = await tx.column.findFirstOrThrow({ where: { id: input.id, ...scoped } });
        if (input.name && input.name !== before.name) {
          const clash = await tx.column.count({ where: { unitId: before.unitId, name: input.name, ...scoped } });
          if (clash) throw conflict('columnNameTaken', 'name');
        }
        const { id: _id, ...changes } = input;
        const column = await tx.column.update({
          where: { id: before.id, ...scoped },
          data: changes,
          include: articleCount(ctx.scope),
        });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: column.unitId,
          action: 'column.update',
          entity: 'Column',
          entityId: column.id,
          before,
          after: changes,
        });
        return toColumn(column);
      }),
    ),

  reorder: permissionProcedure('content.manage')
    .input(z.strictObject({ unitId: id, ids: z.array(id).min(1).max(200) }))
    .output(z.array(columnOutput))
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const unit = await unitInScope(tx, ctx.scope, 'content.manage', input.unitId);
        const scoped = ctx.scope.ownedWhere('content.manage');
        const current = await tx.column.findMany({
          where: { unitId: unit.id, ...scoped },
          orderBy: [{ sort: 'asc' }, { id: 'asc' }],
        });
        // The new order must name every column of the unit exactly once.
        const same =
          input.ids.length === current.length &&
          new Set(input.ids).size === current.length &&
          current.every((c) => input.ids.includes(c.id));
        if (!same) throw fieldError('ids', 'fieldInvalid');
        for (const [sort, columnId] of input.ids.entries()) {
          await tx.column.updateMany({ where: { id: columnId, unitId: unit.id, ...scoped }, data: { sort } });
        }
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: unit.id,
          action: 'column.reorder',
          entity: 'Unit',
          entityId: unit.id,
          before: current.map((c) => c.id),
          after: input.ids,
        });
        const columns = await tx.column.findMany({
          where: { unitId: unit.id, ...scoped },
          include: articleCount(ctx.scope),
          orderBy: [{ sort: 'asc' }, { id: 'asc' }],
        });
        return columns.map(toColumn);
      }),
    ),
});
