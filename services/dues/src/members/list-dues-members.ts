// The paying members of a unit's subtree as the dues see them: each with the base in force and what it makes a month,
// the current month's standing (assessed, paid, left) and the arrears before it (flagged at six unpaid months),
// found by name, only the flagged ones if asked, sorted by name or by arrears, a page at a time. Arrears are read from
// the books at read time, over the last two years (the window a payment may still make up is six months).
import { checkedSubtree, fieldError, pageArgs, type Scope, scopedPage, todayOf, unitInScope } from '@strata/api';
import type { DuesCategory } from '@strata/contract';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { duesMemberFilter, duesMemberRow } from '../dues-schemas';
import { leftOf } from '../ledger/member-months';
import { duesMessage } from '../locales';
import { monthNumber, monthText } from '../rules/member-month';
import { inForce, monthlyDue } from '../rules/monthly-due';
import { keptRuleSets } from '../rules/rule-sets';
import { payingStages, payingStatuses } from './dues-member';
import { basesBy, type MemberStanding, memberStandingsIn } from './member-arrears.sql';
import { type PayingMember, payingRows, payingSource } from './paying-page.sql';

type Row = z.output<typeof duesMemberRow>;
const chunk = 1_000;
/** A member with no lines in the window: nothing assessed, nothing behind. */
const noLines: MemberStanding = {
  now: { assessedFen: 0, reducedFen: 0, paidFen: 0 },
  arrearsFen: 0,
  arrearsMonths: 0,
  flagged: false,
};

/**
 * How many paying members the list sorts by arrears (or filters to the flagged) at most: the order comes from every
 * member's books, read in chunks, so it is answered for a township (about 2,000 at xl: 0.3 s) and refused, with a
 * word to narrow the unit, for the whole organisation (about 86,000: tens of seconds of one core on SQLite, the server
 * waiting). An object so that tests can lower it.
 */
export const arrearsSortBound = { max: 5_000 };

export async function listDuesMembers(db: Db, scope: Scope, input: z.output<typeof duesMemberFilter>, now: Date) {
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const current = todayOf({ now }).slice(0, 7);
  const since = monthText(monthNumber(current) - 24);
  const byName = input.sort === 'name' && !input.flagged;
  // By name, one page through the shared scoped page; by arrears (or the flagged only), every paying member of the
  // subtree is read, since the order comes from the books.
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
    const where = {
      unit: checkedSubtree(unit),
      stage: { in: [...payingStages] },
      status: { in: [...payingStatuses] },
      ...(input.q ? { name: { contains: input.q } } : {}),
    };
    if ((await db.member.count({ where })) > arrearsSortBound.max)
      throw fieldError('sort', duesMessage('arrearsTooWide'), { max: arrearsSortBound.max });
    const members = await db.member.findMany({
      where,
      select: { id: true, name: true, unitId: true, stage: true, unit: { select: { name: true } } },
      orderBy: [{ nameKey: 'asc' }, { id: 'asc' }],
    });
    listed = members.map((m) => ({ id: m.id, name: m.name, unitId: m.unitId, unitName: m.unit.name, stage: m.stage }));
  }

  const ids = listed.map((m) => m.id);
  const standings = new Map<number, MemberStanding>();
  for (let i = 0; i < ids.length; i += chunk)
    for (const [id, standing] of await memberStandingsIn(db, unit, ids.slice(i, i + chunk), since, current))
      standings.set(id, standing);
  // Each member's standing from the books; by arrears (or the flagged only) they are ordered and paged here.
  let standing = listed.map((member) => ({ member, standing: standings.get(member.id) ?? noLines }));
  if (!byName) {
    if (input.flagged) standing = standing.filter((s) => s.standing.flagged);
    const descending = input.order === 'descend';
    if (input.sort === 'arrears')
      standing.sort((a, b) => (descending ? -1 : 1) * (a.standing.arrearsFen - b.standing.arrearsFen));
    else if (descending) standing.reverse();
    counted = { total: standing.length, totalIsBound: false };
  }
  const page = byName ? standing : standing.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);

  // The base in force and what it makes a month, for the page's members only.
  const [ruleSets, bases] = await Promise.all([
    keptRuleSets(db),
    basesBy(
      db,
      page.map((s) => s.member.id),
      current,
    ),
  ]);
  const rules = inForce(ruleSets, current);
  const items: Row[] = page.map(({ member: m, standing: { now, arrearsFen, arrearsMonths, flagged } }) => {
    const base = inForce(
      bases.filter((b) => b.memberId === m.id),
      current,
    );
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
