// The overview's members card (stats.stages): a unit's subtree on the registry now by stage, and those admitted this
// year up to today, the whole and each child unit's subtree, with the last twelve months' admissions. The same
// figures `live` gives (the card shows no more), counted from the two reads they need: per unit and stage from the
// registry's index alone, and the admissions since the earlier of this year's and the trend's first month. Kept while
// the registry and the tree are unchanged, and warm: a registry write costs the dashboard these two reads, not the
// statistics page's full count.
import { type Scope, unitInScope } from '@strata/api';
import { lastTwelveMonths, memberStages } from '@strata/contract';
import { type Db, whileUnchanged } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { countsOf } from './member-bands';
import { subtreeOf } from './member-counts';
import { countedPath, currentByUnitStage, recruitedByUnitMonth, subtreeUnits } from './member-figures.sql';
import type { StagesOutput } from './stats-schemas';

type Figures = { members: number; stage: number[]; recruited: number };
const noFigures = (): Figures => ({ members: 0, stage: memberStages.map(() => 0), recruited: 0 });

export async function stageStats(
  db: Db,
  { scope, unitId, now }: { scope: Scope; unitId: number; now: Date },
): Promise<StagesOutput> {
  const unit = await unitInScope(db, scope, 'members.read', unitId);
  const today = calendarDay(now);
  const from = `${today.slice(0, 4)}-01-01`;
  const months = lastTwelveMonths(today);
  const since = `${months[0]}-01` < from ? `${months[0]}-01` : from;
  return whileUnchanged(
    db,
    `members.stages ${unit.path} ${today}`,
    async () => {
      const rows = await subtreeUnits(db, unit.path);
      const tree = subtreeOf(rows, unit);
      const counted = { path: countedPath(rows, unit.path) };
      const [stages, recruits] = await Promise.all([
        currentByUnitStage(db, counted),
        recruitedByUnitMonth(db, counted, since, today),
      ]);
      const whole = noFigures();
      const perChild = new Map(tree.children.map((c) => [c.id, noFigures()]));
      const into = (unitId: number) => {
        const child = tree.childOf(unitId);
        const figures = child && perChild.get(child.id);
        return figures ? [whole, figures] : [whole];
      };
      for (const row of stages) {
        const at = memberStages.indexOf(row.stage as (typeof memberStages)[number]);
        for (const f of into(Number(row.unitId))) {
          f.members += Number(row.count);
          if (at >= 0) f.stage[at] = (f.stage[at] ?? 0) + Number(row.count);
        }
      }
      const byMonth = new Map<string, number>();
      for (const row of recruits) {
        const n = Number(row.count);
        byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + n);
        if (row.month >= from.slice(0, 7) && Number(row.byToday) === 1)
          for (const f of into(Number(row.unitId))) f.recruited += n;
      }
      return {
        unit: { id: tree.top.id, name: tree.top.name },
        from,
        to: today,
        total: whole.members,
        byStage: countsOf(memberStages, whole.stage),
        recruited: whole.recruited,
        recruitedByMonth: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
        children: tree.children.map((c) => {
          const f = perChild.get(c.id) ?? noFigures();
          return {
            unitId: c.id,
            name: c.name,
            members: f.members,
            byStage: countsOf(memberStages, f.stage),
            recruited: f.recruited,
          };
        }),
      };
    },
    { reads: ['Member', 'Unit'], warm: true },
  );
}
