// The rule sets in force, as stored (the rules of 2008 are written by the migration that made the table), each
// read back through the rule-set schema. Not unit-owned: the same rules hold for every unit.
import { type Db, type Tx, whileUnchanged } from '@strata/db';
import { type RuleSet, ruleSet } from './rule-set';

export type StoredRuleSet = RuleSet & { id: number; note: string; createdAt: Date };

/** Every version, oldest first. */
export async function loadRuleSets(db: Db | Tx): Promise<StoredRuleSet[]> {
  const rows = await db.duesRuleSet.findMany({ orderBy: { effectiveFrom: 'asc' } });
  return rows.map((row) => ({
    ...ruleSet.parse({
      effectiveFrom: row.effectiveFrom,
      rounding: row.rounding,
      categories: JSON.parse(row.categories),
    }),
    id: row.id,
    note: row.note,
    createdAt: row.createdAt,
  }));
}

/**
 * Every version, as kept while the rule sets are unchanged: for reads outside a transaction that ask on every call
 * (the collection list's page). Shared by its readers, so never changed by them.
 */
export const keptRuleSets = (db: Db): Promise<readonly StoredRuleSet[]> =>
  whileUnchanged(db, 'dues.ruleSets', () => loadRuleSets(db), { reads: ['DuesRuleSet'] });
