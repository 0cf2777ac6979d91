// Reply templates: each unit keeps the texts its handlers start replies from. A unit's handlers see its templates and
// those of the units above it (a municipality's standard wording serves every branch); they change their own.
import { conflict, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { mailboxMessage } from '../locales';

export type TemplateInput = { title: string; body: string };

/** The templates of a unit the caller reads (its own, each unit's in the caller's scope on its path). */
export async function listTemplates(db: Db, scope: Scope, unitId: number) {
  const unit = await unitInScope(db, scope, 'mailbox.read', unitId);
  const rows = await db.replyTemplate.findMany({
    // The scope's filter on the unit, narrowed to the units on the path down to this one.
    where: { unit: { path: { in: pathsUpTo(unit.path) }, ...scope.unitWhere('mailbox.read') } },
    orderBy: [{ unit: { depth: 'asc' } }, { title: 'asc' }],
    include: { unit: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: r.unit.name,
    title: r.title,
    body: r.body,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** `/1/7/42/` -> `/1/`, `/1/7/`, `/1/7/42/`. */
const pathsUpTo = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
};

type Actor = { scope: Scope; actorId: number };

async function titleFree(tx: Tx, scope: Scope, unitId: number, title: string, except?: number) {
  const taken = await tx.replyTemplate.findFirst({
    where: { unitId, title, ...(except ? { id: { not: except } } : {}), ...scope.ownedWhere('mailbox.handle') },
  });
  if (taken) throw conflict(mailboxMessage('templateTaken'), 'title');
}

export async function createTemplate(tx: Tx, { scope, actorId }: Actor, input: TemplateInput & { unitId: number }) {
  const unit = await unitInScope(tx, scope, 'mailbox.handle', input.unitId);
  await titleFree(tx, scope, unit.id, input.title);
  const template = await tx.replyTemplate.create({ data: { unitId: unit.id, title: input.title, body: input.body } });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'replyTemplate.create',
    entity: 'ReplyTemplate',
    entityId: template.id,
    label: template.title,
    after: input,
  });
  return { id: template.id };
}

export async function updateTemplate(tx: Tx, { scope, actorId }: Actor, input: TemplateInput & { id: number }) {
  const before = await tx.replyTemplate.findFirstOrThrow({
    where: { id: input.id, ...scope.ownedWhere('mailbox.handle') },
  });
  await titleFree(tx, scope, before.unitId, input.title, before.id);
  const template = await tx.replyTemplate.update({
    where: { id: before.id, ...scope.ownedWhere('mailbox.handle') },
    data: { title: input.title, body: input.body },
  });
  await recordAudit(tx, {
    actorId,
    unitId: template.unitId,
    action: 'replyTemplate.update',
    entity: 'ReplyTemplate',
    entityId: template.id,
    label: template.title,
    before: { title: before.title, body: before.body },
    after: input,
  });
  return { id: template.id };
}

export async function deleteTemplate(tx: Tx, { scope, actorId }: Actor, id: number) {
  const before = await tx.replyTemplate.findFirstOrThrow({ where: { id, ...scope.ownedWhere('mailbox.handle') } });
  await tx.replyTemplate.deleteMany({ where: { id: before.id, ...scope.ownedWhere('mailbox.handle') } });
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: 'replyTemplate.delete',
    entity: 'ReplyTemplate',
    entityId: before.id,
    label: before.title,
    before: { title: before.title, body: before.body },
  });
  return { id: before.id };
}
