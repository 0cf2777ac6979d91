// A member's bases, newest first, each with what its first month owes under the rules in force then.
import type { Scope } from '@strata/api';
import type { DuesCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import { duesMemberInScope } from '../members/dues-member';
import { inForce, monthlyDue } from '../rules/monthly-due';
import { loadRuleSets } from '../rules/rule-sets';

export async function listBases(db: Db, scope: Scope, memberId: number) {
  const member = await duesMemberInScope(db, scope, 'dues.read', memberId);
  const [bases, ruleSets] = await Promise.all([
    db.duesBase.findMany({ where: { memberId: member.id }, orderBy: { effectiveFrom: 'desc' } }),
    loadRuleSets(db),
  ]);
  return bases.map((b) => {
    const rules = inForce(ruleSets, b.effectiveFrom);
    const category = b.category as DuesCategory;
    return {
      id: b.id,
      effectiveFrom: b.effectiveFrom,
      category,
      baseFen: b.baseFen,
      setFen: b.setFen,
      source: b.source,
      dueFen: rules ? monthlyDue(rules, { category, baseFen: b.baseFen, setFen: b.setFen }) : null,
    };
  });
}
