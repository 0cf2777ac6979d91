// The paying members of a unit's subtree as the dues see them: each with the base in force and what it makes a month,
// the current month's standing (assessed, paid, left) and the arrears before it (flagged at six unpaid months),
// found by name, only the flagged ones if asked, sorted by name or by arrears, a page at a time, for any subtree up to
// the whole organisation. Arrears are read from the books (their unsettled months) at read time, over the last two
// years (the window a payment may still make up is six months).
import { pageArgs, type Scope, scopedPage, todayOf, unitInScope } from '@strata/api';
import type { DuesCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { basesInForce } from '../bases/bases-in-force.sql';
import type { duesMemberFilter, duesMemberRow } from '../dues-schemas';
import { leftOf } from '../ledger/member-months';
import { monthNumber, monthText } from '../rules/member-month';
import { inForce, monthlyDue } from '../rules/monthly-due';
import { keptRuleSets } from '../rules/rule-sets';
import { arrearsPage, type MemberStanding, memberStandingsIn } from './member-arrears.sql';
import { type PayingMember, payingRows, payingSource } from './paying-page.sql';

type Row = z.output<typeof duesMemberRow>;
/** A member with no lines in the window: nothing assessed, nothing behind. */
const noLines: MemberStanding = {
  now: { assessedFen: 0, reducedFen: 0, paidFen: 0 },
  arrearsFen: 0,
  arrearsMonths: 0,
  flagged: false,
};

export async function listDuesMembers(db: Db, scope: Scope, input: z.output<typeof duesMemberFilter>, now: Date) {
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const current = todayOf({ now }).slice(0, 7);
  const since = monthText(monthNumber(current) - 24);
  const byName = input.sort === 'name' && !input.flagged;
  // By name, one page through the shared scoped page; by arrears (or the flagged only), a page of the subtree's members
  // ordered (or chosen) by what the books say they are behind.
  let listed: PayingMember[];
  let counted = { total: 0, totalIsBound: false };
  if (byName) {
    const page = await scopedPage(db, {
      scope,
      permission: 'dues.read',
      within: unit.path,
      source: payingSource(input),
      ...pageArgs(input),
      rows: payingRows,
    });
    listed = page.items;
    counted = { total: page.total, totalIsBound: page.totalIsBound };
  } else {
    const page = await arrearsPage(db, unit, {
      since,
      until: current,
      q: input.q,
      flagged: input.flagged ?? false,
      sort: input.sort,
      order: input.order,
      ...pageArgs(input),
    });
    listed = page.items;
    counted = { total: page.total, totalIsBound: false };
  }

  const standings = await memberStandingsIn(
    db,
    unit,
    listed.map((m) => m.id),
    since,
    current,
  );
  // Each member's standing from the books (by arrears, the page came in their order already).
  const page = listed.map((member) => ({ member, standing: standings.get(member.id) ?? noLines }));

  // The base in force and what it makes a month, for the page's members only.
  const [ruleSets, bases] = await Promise.all([
    keptRuleSets(db),
    basesInForce(
      db,
      page.map((s) => s.member.id),
      current,
    ),
  ]);
  const rules = inForce(ruleSets, current);
  const items: Row[] = page.map(({ member: m, standing: { now, arrearsFen, arrearsMonths, flagged } }) => {
    const base = bases.get(m.id);
    const category = (base?.category ?? null) as DuesCategory | null;
    return {
      id: m.id,
      name: m.name,
      unitId: m.unitId,
      unitName: m.unitName,
      stage: m.stage,
      category,
      baseFen: base?.baseFen ?? null,
      dueFen: base && category && rules ? monthlyDue(rules, { ...base, category }) : null,
      assessedFen: now.assessedFen,
      paidFen: now.paidFen,
      leftFen: leftOf(now),
      arrearsFen,
      arrearsMonths,
      flagged,
    };
  });
  return { items, ...counted };
}
