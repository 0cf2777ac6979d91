// A unit's related links (the portal's 相关链接 page): read with content.read, kept by the unit's content managers.
import { checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { addSiteLink, listSiteLinks, removeSiteLink, reorderSiteLinks } from './site-link-lists';
import { newSiteLink, siteLinkOrder, siteLinkRow } from './site-link-schemas';

const manage = permissionProcedure('content.manage');

export const siteLinksRouter = router({
  list: permissionProcedure('content.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.array(siteLinkRow)))
    .query(({ ctx, input }) => listSiteLinks(ctx.db, { scope: ctx.scope, unitId: input.unitId })),

  add: manage
    .input(newSiteLink)
    .output(checked(siteLinkRow))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => addSiteLink(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),

  remove: manage
    .input(z.strictObject({ id: idInput }))
    .output(checked(z.object({ ok: z.literal(true) })))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        removeSiteLink(tx, { scope: ctx.scope, actorId: ctx.session.user.id, id: input.id }),
      ),
    ),

  reorder: manage
    .input(siteLinkOrder)
    .output(checked(z.array(siteLinkRow)))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => reorderSiteLinks(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),
});
