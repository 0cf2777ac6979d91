import {
  assertActiveUnit,
  fieldError,
  idInput,
  pageArgs,
  pageInput,
  pageOf,
  permissionProcedure,
  recordAudit,
  router,
  withinPath,
} from '@strata/api';
import { literalContains } from '@strata/db';
import { z } from 'zod';
import {
  type ArticleStatus,
  articleOutput,
  articleRow,
  articleStatus,
  body,
  summary,
  title,
  toArticle,
  toArticleRow,
  withNames,
} from './article-schemas';
import { assertMayDelete, statusAfterChange } from './article-workflow';

const id = idInput;
const read = permissionProcedure('content.read');
const write = permissionProcedure('content.write');

export const articlesRouter = router({
  list: read
    .input(
      pageInput.extend({
        unitId: id.optional(),
        columnId: id.optional(),
        status: articleStatus.optional(),
        search: z.string().trim().max(50).optional(),
        sort: z.enum(['updatedAt', 'createdAt', 'publishedAt', 'title']).default('updatedAt'),
        order: z.enum(['asc', 'desc']).default('desc'),
      }),
    )
    .output(pageOf(articleRow))
    .query(async ({ ctx, input }) => {
      const within = await withinPath(ctx.db, ctx.scope, 'content.read', input.unitId);
      const where = {
        ...ctx.scope.ownedWhere('content.read', within),
        ...(input.columnId ? { columnId: input.columnId } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.search ? { title: { contains: literalContains(input.search) } } : {}),
      };
      const [items, total] = await Promise.all([
        ctx.db.article.findMany({
          where,
          include: withNames,
          orderBy: [{ [input.sort]: input.order }, { id: input.order }],
          ...pageArgs(input),
        }),
        ctx.db.article.count({ where }),
      ]);
      return { items: items.map(toArticleRow), total };
    }),

  countByStatus: read
    .input(z.strictObject({ unitId: id.optional() }))
    .output(z.record(articleStatus, z.number().int()))
    .query(async ({ ctx, input }) => {
      const within = await withinPath(ctx.db, ctx.scope, 'content.read', input.unitId);
      const groups = await ctx.db.article.groupBy({
        by: ['status'],
        where: ctx.scope.ownedWhere('content.read', within),
        _count: { _all: true },
      });
      const counts = { draft: 0, review: 0, published: 0, archived: 0 };
      for (const g of groups) counts[g.status as ArticleStatus] = g._count._all;
      return counts;
    }),

  get: read
    .input(z.strictObject({ id }))
    .output(articleOutput)
    .query(async ({ ctx, input }) => {
      const article = await ctx.db.article.findFirstOrThrow({
        where: { id: input.id, ...ctx.scope.ownedWhere('content.read') },
        include: withNames,
      });
      return toArticle(article);
    }),

  create: write
    .input(
      z.strictObject({
        columnId: id,
        title,
        summary: summary.default(''),
        body,
        status: articleStatus.default('draft'),
      }),
    )
    .output(articleOutput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const column = await tx.column.findFirst({
          where: { id: input.columnId, ...ctx.scope.ownedWhere('content.write') },
          include: { unit: { select: { path: true, archivedAt: true } } },
        });
        if (!column) throw fieldError('columnId', 'notFound');
        assertActiveUnit(column.unit, 'columnId');
        const status = statusAfterChange({
          current: null,
          requested: input.status,
          mayReview: ctx.scope.covers('content.review', column.unit.path),
        });
        const article = await tx.article.create({
          data: {
            ...input,
            status,
            unitId: column.unitId,
            authorId: ctx.session.user.id,
            publishedAt: status === 'published' ? new Date() : null,
          },
          include: withNames,
        });
        const out = toArticle(article);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: article.unitId,
          action: 'article.create',
          entity: 'Article',
          entityId: article.id,
          after: out,
        });
        return out;
      }),
    ),

  update: write
    .input(
      z.strictObject({
        id,
        columnId: id.optional(),
        title: title.optional(),
        summary: summary.optional(),
        body: body.optional(),
        status: articleStatus.optional(),
      }),
    )
    .output(articleOutput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const scoped = ctx.scope.ownedWhere('content.write');
        const before = await tx.article.findFirstOrThrow({
          where: { id: input.id, ...scoped },
          include: { ...withNames, unit: { select: { name: true, path: true } } },
        });
        if (input.columnId && input.columnId !== before.columnId) {
          // Another column of the same unit only: moving between units is syndication, a later feature.
          const column = await tx.column.findFirst({ where: { id: input.columnId, unitId: before.unitId, ...scoped } });
          if (!column) throw fieldError('columnId', 'notFound');
        }
        const status = statusAfterChange({
          current: before.status as ArticleStatus,
          requested: input.status,
          mayReview: ctx.scope.covers('content.review', before.unit.path),
        });
        const { id: _id, ...changes } = input;
        const publishing = status === 'published' && before.status !== 'published';
        const article = await tx.article.update({
          where: { id: before.id, ...scoped },
          data: { ...changes, status, ...(publishing ? { publishedAt: new Date() } : {}) },
          include: withNames,
        });
        const out = toArticle(article);
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: article.unitId,
          action: 'article.update',
          entity: 'Article',
          entityId: article.id,
          before: toArticle(before),
          after: out,
        });
        return out;
      }),
    ),

  delete: write
    .input(z.strictObject({ id }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const scoped = ctx.scope.ownedWhere('content.write');
        const before = await tx.article.findFirstOrThrow({
          where: { id: input.id, ...scoped },
          include: { ...withNames, unit: { select: { name: true, path: true } } },
        });
        assertMayDelete(before.status as ArticleStatus, ctx.scope.covers('content.review', before.unit.path));
        await tx.article.delete({ where: { id: before.id, ...scoped } });
        await recordAudit(tx, {
          actorId: ctx.session.user.id,
          unitId: before.unitId,
          action: 'article.delete',
          entity: 'Article',
          entityId: before.id,
          before: toArticle(before),
        });
        return { ok: true as const };
      }),
    ),
});
