// A unit's related links: read within the caller's scope, changed by the unit's content managers, each change audited.
import { AppError, fieldError, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import { contentMessage } from '../locales';
import { type newSiteLink, type SiteLinkRow, siteLinkLimits, type siteLinkOrder } from './site-link-schemas';

const row = { id: true, unitId: true, label: true, url: true, sort: true } as const;
const ordering = [{ sort: 'asc' as const }, { id: 'asc' as const }];

export async function listSiteLinks(
  db: Db,
  { scope, unitId }: { scope: Scope; unitId: number },
): Promise<SiteLinkRow[]> {
  const unit = await unitInScope(db, scope, 'content.read', unitId);
  return db.siteLink.findMany({
    where: { unitId: unit.id, ...scope.ownedWhere('content.read') },
    select: row,
    orderBy: ordering,
  });
}

type AddSiteLink = { scope: Scope; actorId: number; input: z.output<typeof newSiteLink> };

/** A new link goes last. */
export async function addSiteLink(tx: Tx, { scope, actorId, input }: AddSiteLink): Promise<SiteLinkRow> {
  const unit = await unitInScope(tx, scope, 'content.manage', input.unitId);
  const where = { unitId: unit.id, ...scope.ownedWhere('content.manage') };
  const count = await tx.siteLink.count({ where });
  if (count >= siteLinkLimits.perUnit)
    throw new AppError('BAD_REQUEST', contentMessage('tooManyLinks'), { max: siteLinkLimits.perUnit });
  const last = await tx.siteLink.findFirst({ where, orderBy: { sort: 'desc' }, select: { sort: true } });
  const link = await tx.siteLink.create({
    data: { unitId: unit.id, label: input.label, url: input.url, sort: (last?.sort ?? -1) + 1 },
    select: row,
  });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'siteLink.add',
    entity: 'SiteLink',
    entityId: link.id,
    label: link.label,
    after: { label: link.label, url: link.url },
  });
  return link;
}

export async function removeSiteLink(tx: Tx, { scope, actorId, id }: { scope: Scope; actorId: number; id: number }) {
  const scoped = scope.ownedWhere('content.manage');
  const link = await tx.siteLink.findFirstOrThrow({ where: { id, ...scoped }, select: row });
  await tx.siteLink.delete({ where: { id: link.id, ...scoped } });
  await recordAudit(tx, {
    actorId,
    unitId: link.unitId,
    action: 'siteLink.remove',
    entity: 'SiteLink',
    entityId: link.id,
    label: link.label,
    before: { label: link.label, url: link.url },
  });
  return { ok: true as const };
}

type ReorderSiteLinks = { scope: Scope; actorId: number; input: z.output<typeof siteLinkOrder> };

/** Every link of the unit, once each, in the new order: a left-out or foreign id would leave the order ambiguous. */
export async function reorderSiteLinks(tx: Tx, { scope, actorId, input }: ReorderSiteLinks): Promise<SiteLinkRow[]> {
  const unit = await unitInScope(tx, scope, 'content.manage', input.unitId);
  const where = { unitId: unit.id, ...scope.ownedWhere('content.manage') };
  const current = await tx.siteLink.findMany({ where, select: row, orderBy: ordering });
  const ids = current.map((l) => l.id);
  const same =
    input.ids.length === ids.length &&
    new Set(input.ids).size === ids.length &&
    ids.every((id) => input.ids.includes(id));
  if (!same) throw fieldError('ids', 'fieldInvalid');
  for (const [sort, id] of input.ids.entries())
    await tx.siteLink.updateMany({ where: { id, ...where }, data: { sort } });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'siteLink.reorder',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    before: ids,
    after: input.ids,
  });
  return tx.siteLink.findMany({ where, select: row, orderBy: ordering });
}
