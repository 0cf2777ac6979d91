// Entering a member's declared base from a month on (a new one for the same month replaces it): the member in the
// caller's scope for dues.record, the month open at the member's branch, and a fixed category's amount within the
// range the rules in force then allow.
import { type Actor, AppError, fieldError, recordAudit, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import type { baseInput } from '../dues-schemas';
import { holdBooks } from '../ledger/append-entries';
import { isClosed } from '../ledger/entries';
import { duesMessage } from '../locales';
import { duesMemberInScope } from '../members/dues-member';
import { inForce } from '../rules/monthly-due';
import { loadRuleSets } from '../rules/rule-sets';

export async function setBase(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof baseInput>,
  source: 'form' | 'import' = 'form',
) {
  const member = await duesMemberInScope(tx, actor.scope, 'dues.record', input.memberId);
  const unit = await unitInScope(tx, actor.scope, 'dues.record', member.unitId);
  const books = await holdBooks(tx, unit);
  if (isClosed(input.effectiveFrom, books.closedThrough))
    throw fieldError('effectiveFrom', duesMessage('baseMonthClosed'), { month: input.effectiveFrom });
  const rules = inForce(await loadRuleSets(tx), input.effectiveFrom);
  if (!rules) throw new AppError('CONFLICT', duesMessage('noRules'), { month: input.effectiveFrom });
  const rule = rules.categories[input.category];
  const setFen = rule.kind === 'fixed' && rule.min !== undefined ? input.setFen : null;
  if (setFen !== null && rule.kind === 'fixed' && (setFen < (rule.min ?? 0) || setFen > (rule.max ?? 0)))
    throw fieldError('setFen', duesMessage('setOutsideRange'), { min: rule.min ?? 0, max: rule.max ?? 0 });
  const facts = { category: input.category, baseFen: input.baseFen, setFen };
  const before = await tx.duesBase.findUnique({
    where: { memberId_effectiveFrom: { memberId: member.id, effectiveFrom: input.effectiveFrom } },
    select: { category: true, baseFen: true, setFen: true },
  });
  const base = await tx.duesBase.upsert({
    where: { memberId_effectiveFrom: { memberId: member.id, effectiveFrom: input.effectiveFrom } },
    create: { memberId: member.id, effectiveFrom: input.effectiveFrom, ...facts, source, enteredById: actor.actorId },
    update: { ...facts, source, enteredById: actor.actorId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: member.unitId,
    action: 'dues.base',
    entity: 'DuesBase',
    entityId: base.id,
    label: `${member.name} ${input.effectiveFrom}`,
    before,
    after: { effectiveFrom: input.effectiveFrom, ...facts },
  });
  return { id: base.id };
}
