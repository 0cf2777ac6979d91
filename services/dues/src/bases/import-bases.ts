// Bases imported from a sheet, all or none: each row names a member by ID number (found through its blind index, in
// the import unit's subtree within the caller's scope, the name agreeing), the category (its code or its label in
// either language), the monthly base in yuan as typed, and the month it applies from. Any row with a problem, and
// nothing is written: the problems come back row by row, column by column. Otherwise every base is set as the form
// sets it (replacing one of the same month), in one transaction with one audit entry.
import { type Actor, checkedSubtree, recordAudit, todayOf, unitInScope } from '@strata/api';
import { type DuesCategory, duesCategoryOf, parseYuan } from '@strata/contract';
import type { Tx } from '@strata/db';
import { checkIdNumber } from '@strata/personal-data';
import { memberLookupIndex } from '@strata/service-members/personal-data';
import type { z } from 'zod';
import type { baseImportInput } from '../dues-schemas';
import { holdBooks } from '../ledger/append-entries';
import { isClosed } from '../ledger/entries';
import { inForce } from '../rules/monthly-due';
import { monthInput } from '../rules/rule-set';
import { loadRuleSets } from '../rules/rule-sets';
import type { BaseImportProblem } from './import-problems';

type RowError = { row: number; column: string; problem: BaseImportProblem };

export async function importBases(tx: Tx, actor: Actor, input: z.output<typeof baseImportInput>) {
  const unit = await unitInScope(tx, actor.scope, 'dues.record', input.unitId);
  const today = todayOf(actor);
  const errors: RowError[] = [];
  const refuse = (row: number, column: string, problem: BaseImportProblem) => errors.push({ row, column, problem });

  const checked = input.rows.map((r) => {
    const id = checkIdNumber(r.idNumber, today);
    if (!id.ok) refuse(r.row, 'idNumber', 'idNumberInvalid');
    const category = duesCategoryOf(r.category);
    if (!category) refuse(r.row, 'category', 'categoryUnknown');
    const baseFen = parseYuan(r.base);
    if (baseFen === null) refuse(r.row, 'base', 'baseInvalid');
    const month = monthInput.safeParse(r.effectiveFrom.trim());
    if (!month.success) refuse(r.row, 'effectiveFrom', 'monthInvalid');
    return {
      ...r,
      index: id.ok ? memberLookupIndex('idNumber', id.normalised) : null,
      category,
      baseFen,
      month: month.success ? month.data : null,
    };
  });
  const indexes = checked.flatMap((r) => (r.index ? [r.index] : []));
  const members = await tx.member.findMany({
    where: { idNumberIndex: { in: indexes }, unit: checkedSubtree(unit) },
    select: { id: true, name: true, unitId: true, idNumberIndex: true },
  });
  const byIndex = new Map(members.map((m) => [m.idNumberIndex, m]));
  const ruleSets = await loadRuleSets(tx);
  const closedThrough = new Map<number, string | null>();
  const seen = new Set<string>();
  const writes: {
    memberId: number;
    unitId: number;
    name: string;
    month: string;
    category: DuesCategory;
    baseFen: number;
    setFen: number | null;
  }[] = [];
  for (const r of checked) {
    const member = r.index ? byIndex.get(r.index) : undefined;
    if (r.index && !member) refuse(r.row, 'idNumber', 'memberUnknown');
    if (member && r.name.trim() && member.name !== r.name.trim()) refuse(r.row, 'name', 'nameMismatch');
    if (!member || !r.category || r.baseFen === null || !r.month) continue;
    const key = `${member.id}:${r.month}`;
    if (seen.has(key)) refuse(r.row, 'idNumber', 'rowRepeated');
    seen.add(key);
    if (!closedThrough.has(member.unitId)) {
      const books = await holdBooks(tx, await unitInScope(tx, actor.scope, 'dues.record', member.unitId));
      closedThrough.set(member.unitId, books.closedThrough);
    }
    if (isClosed(r.month, closedThrough.get(member.unitId) ?? null)) refuse(r.row, 'effectiveFrom', 'monthClosed');
    const rule = inForce(ruleSets, r.month)?.categories[r.category];
    // A fixed category with a range takes the amount typed as the member's set amount, within the range.
    const ranged = rule?.kind === 'fixed' && rule.min !== undefined && rule.max !== undefined ? rule : null;
    if (ranged && (r.baseFen < (ranged.min ?? 0) || r.baseFen > (ranged.max ?? 0)))
      refuse(r.row, 'base', 'setOutsideRange');
    writes.push({
      memberId: member.id,
      unitId: member.unitId,
      name: member.name,
      month: r.month,
      category: r.category,
      baseFen: ranged ? 0 : r.baseFen,
      setFen: ranged ? r.baseFen : null,
    });
  }
  if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  for (const w of writes) {
    const facts = {
      category: w.category,
      baseFen: w.baseFen,
      setFen: w.setFen,
      source: 'import',
      enteredById: actor.actorId,
    };
    await tx.duesBase.upsert({
      where: { memberId_effectiveFrom: { memberId: w.memberId, effectiveFrom: w.month } },
      create: { memberId: w.memberId, effectiveFrom: w.month, ...facts },
      update: facts,
    });
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'dues.baseImport',
    entity: 'DuesBase',
    entityId: `${unit.id}:import`,
    label: `${unit.name} ${writes.length}`,
    after: { rows: writes.length, categories: [...new Set(writes.map((w) => w.category))].join(',') },
  });
  return { imported: writes.length, errors: [] };
}
