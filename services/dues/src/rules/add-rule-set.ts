// Adding a version of the dues rules, from a month on: only at the top unit (the rules hold for the whole
// organisation), starting after the newest version and not before the current month, so no month already assessed
// changes its rules.
import { type Actor, fieldError, notFound, recordAudit, todayOf } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { newRuleSet } from '../dues-schemas';
import { duesMessage } from '../locales';

export async function addRuleSet(tx: Tx, actor: Actor, input: z.output<typeof newRuleSet>) {
  const top = await tx.unit.findFirst({
    where: { depth: 0, ...actor.scope.unitWhere('dues.rules') },
    select: { id: true },
  });
  if (!top) throw notFound();
  const latest = await tx.duesRuleSet.findFirst({
    orderBy: { effectiveFrom: 'desc' },
    select: { effectiveFrom: true },
  });
  const current = todayOf(actor).slice(0, 7);
  if (input.effectiveFrom < current || (latest && input.effectiveFrom <= latest.effectiveFrom))
    throw fieldError('effectiveFrom', duesMessage('ruleSetPast'), { latest: latest?.effectiveFrom ?? '' });
  const row = await tx.duesRuleSet.create({
    data: {
      effectiveFrom: input.effectiveFrom,
      rounding: input.rounding,
      categories: JSON.stringify(input.categories),
      note: input.note,
      createdById: actor.actorId,
      createdAt: actor.now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: top.id,
    action: 'dues.rules',
    entity: 'DuesRuleSet',
    entityId: row.id,
    label: input.effectiveFrom,
    after: { effectiveFrom: input.effectiveFrom },
  });
  return { id: row.id };
}
