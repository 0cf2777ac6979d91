// The freshness board of the caller's subtree (or a subtree in it): every unit with columns, its columns judged on
// today's calendar day, ordered and paged, with the whole subtree's totals.
import { naturalKey, type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { dayNumberOf, dayText } from '@strata/i18n/days';
import { boardRow, boardTotals, noCounts, orderStandings } from './freshness-board';
import type { BoardInput, BoardOutput } from './freshness-schemas';
import { readFreshness, standingsOn } from './read-freshness';

// Names sort by their natural key (pinyin, numbers by value), worked out once per name.
const nameKeys = new Map<string, string>();
function nameKey(name: string) {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    key = naturalKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

export async function getFreshnessBoard(
  db: Db,
  { scope, input, now }: { scope: Scope; input: BoardInput; now: Date },
): Promise<BoardOutput> {
  const within = await withinPath(db, scope, 'content.read', input.unitId);
  const today = dayNumberOf(now);
  const read = await readFreshness(db, { scope, within, now });
  const standings = read ? standingsOn(read, today) : [];
  const totals = read ? boardTotals(standings) : { columns: noCounts(), units: noCounts() };
  // A copy either way: the standings are shared with the next call, and the order below sorts in place.
  const chosen = input.state ? standings.filter((s) => s.state === input.state) : [...standings];
  orderStandings(chosen, { sort: input.sort, order: input.order, nameKey });
  const start = (input.page - 1) * input.pageSize;
  return {
    items: chosen.slice(start, start + input.pageSize).map((standing) => boardRow(standing, today)),
    total: chosen.length,
    totalIsBound: false,
    today: dayText(today),
    totals,
  };
}
