// A member's statement: month by month what was assessed, reduced and paid at their branch, what is left, the
// arrears as of the current month (flagged at six unpaid months), the base in force and the receipts. For a reader of
// the member's branch (dues.read), or for the member themself through their own account (ownStatement).
import { type CheckedUnit, type Scope, todayOf, unitInScope } from '@strata/api';
import type { DuesCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { basesInForce } from '../bases/bases-in-force.sql';
import type { statement } from '../dues-schemas';
import { leftOf } from '../ledger/member-months';
import { memberMonths } from '../ledger/member-months.sql';
import { type DuesMember, duesMemberInScope } from '../members/dues-member';
import { arrearsIn } from '../rules/member-month';
import { inForce, monthlyDue } from '../rules/monthly-due';
import { keptRuleSets } from '../rules/rule-sets';
import { receiptsOf } from './statement.sql';

export type Statement = z.output<typeof statement>;

export async function memberStatement(
  db: Db,
  reader: { scope: Scope; now: Date },
  input: { memberId: number; year?: number | undefined },
): Promise<Statement> {
  const member = await duesMemberInScope(db, reader.scope, 'dues.read', input.memberId);
  const unit = await unitInScope(db, reader.scope, 'dues.read', member.unitId);
  return statementOf(db, unit, member, reader.now, input.year);
}

/** The statement of `member`, whose branch `unit` was looked up through a scope or trusted by a system operation. */
export async function statementOf(
  db: Db,
  unit: CheckedUnit,
  member: DuesMember,
  now: Date,
  year?: number,
): Promise<Statement> {
  const current = todayOf({ now }).slice(0, 7);
  const lines = (await memberMonths(db, unit, [member.id])).get(member.id) ?? new Map();
  const all = [...lines].sort(([a], [b]) => (a < b ? 1 : -1));
  const months = all
    .filter(([month]) => year === undefined || month.startsWith(`${year}-`))
    .map(([month, t]) => ({ month, ...t, leftFen: leftOf(t) }));
  const owed = new Map(all.map(([month, t]) => [month, t.assessedFen - t.reducedFen]));
  const paid = new Map(all.map(([month, t]) => [month, t.paidFen]));
  const [bases, ruleSets, payments] = await Promise.all([
    basesInForce(db, [member.id], current),
    keptRuleSets(db),
    receiptsOf(db, unit, member.id, year),
  ]);
  const base = bases.get(member.id) ?? null;
  const rules = inForce(ruleSets, base?.effectiveFrom ?? current);
  return {
    member: { id: member.id, name: member.name, unitId: unit.id, unitName: unit.name },
    base: base && {
      id: base.id,
      effectiveFrom: base.effectiveFrom,
      category: base.category as DuesCategory,
      baseFen: base.baseFen,
      setFen: base.setFen,
      source: base.source,
      dueFen: rules ? monthlyDue(rules, { ...base, category: base.category as DuesCategory }) : null,
    },
    months,
    arrears: arrearsIn(owed, paid, current),
    payments,
  };
}
