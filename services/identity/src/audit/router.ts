import {
  idInput,
  isoDate,
  pageArgs,
  pageInput,
  pageOf,
  permissionProcedure,
  router,
  snapshotsForReader,
  withinPath,
} from '@strata/api';
import { z } from 'zod';

const auditRow = z.object({
  id: z.number().int(),
  at: isoDate,
  actorName: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const auditRouter = router({
  list: permissionProcedure('audit.read')
    .input(pageInput.extend({ unitId: idInput.optional(), action: z.string().max(50).optional() }))
    .output(pageOf(auditRow))
    .query(async ({ ctx, input }) => {
      const within = await withinPath(ctx.db, ctx.scope, 'audit.read', input.unitId);
      const where = {
        ...ctx.scope.ownedWhere('audit.read', within),
        ...(input.action ? { action: { startsWith: input.action } } : {}),
      };
      const [rows, total] = await Promise.all([
        ctx.db.auditLog.findMany({
          where,
          include: { actor: { select: { displayName: true } }, unit: { select: { name: true } } },
          orderBy: { id: 'desc' },
          ...pageArgs(input),
        }),
        ctx.db.auditLog.count({ where }),
      ]);
      // Images may name units outside the reader's scope: those parts are redacted for this reader.
      const readable = await snapshotsForReader(rows, async (ids) => {
        const units = await ctx.db.unit.findMany({
          where: { id: { in: ids }, ...ctx.scope.unitWhere('audit.read') },
          select: { id: true },
        });
        return units.map((u) => u.id);
      });
      return {
        total,
        items: readable.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorName: r.actor?.displayName ?? null,
          unitId: r.unitId,
          unitName: r.unit.name,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          before: r.before,
          after: r.after,
        })),
      };
    }),
});
