// The overview's dashboard as one bench case (`overview.dashboard`): the data of every dashboard card, asked in one
// batched request as the console's client sends the queries the cards issue together. The calls are the cards' own:
// each team's built card module (the file its build record names, which the shell imports) is run for the caller at
// its unit, today, with a query that writes down what it is asked and never answers, so the case follows the cards as
// they change. The own page's cards (`home`) are not the dashboard's. Its floor is its procedures' own cases' floors
// (cases.ts, batchFloorCases), each over that case's period (a year to date for a card may be twelve months there).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BatchBenchCase, BatchCall, BenchCaller } from '@strata/api';
import type { WidgetModule } from '@strata/contract';
import { readRemoteBuild, teams } from '@strata/gateway';
import { calendarToday } from '@strata/i18n';

const root = join(import.meta.dirname, '../../..');

/** Each team's dashboard cards: its built card module and the ids of its cards without a `home`. */
async function dashboardCards() {
  const cards: { module: WidgetModule; ids: string[] }[] = [];
  for (const team of teams) {
    const ids = (team.remote?.widgets ?? []).filter((w) => !w.home).map((w) => w.id);
    if (!team.remote || ids.length === 0) continue;
    const dir = join(root, team.remote.dist);
    const file = readRemoteBuild(dir)?.widgets;
    if (!file)
      throw new Error(`overview.dashboard: ${team.name}'s remote has no built card module in ${dir} (build it)`);
    cards.push({ module: (await import(pathToFileURL(join(dir, file)).href)) as WidgetModule, ids });
  }
  return cards;
}

type Cards = readonly { module: WidgetModule; ids: readonly string[] }[];

/** What the cards ask for the caller at its unit, today: every call each issues before its first answer. */
export async function cardCalls(cards: Cards, caller: BenchCaller, today: string): Promise<BatchCall[]> {
  const calls: BatchCall[] = [];
  const context = {
    unitId: caller.unitId,
    locale: 'zh-CN',
    today,
    query: (procedure: string, input: unknown) => {
      calls.push({ procedure, input });
      return new Promise<never>(() => {});
    },
  };
  for (const { module, ids } of cards)
    for (const id of ids) {
      const card = module.widgets[id];
      if (!card) throw new Error(`overview.dashboard: no card ${id} in its team's card module`);
      void card.load(context);
    }
  // The cards ask at once (their queries' Promise.all), so a turn of the event loop has them all.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return calls;
}

/**
 * The municipal admin's dashboard (issue 14: its data's p95 on the large fixture) and a township admin's; a branch
 * secretary's shows few of the cards.
 */
export const dashboardCase: BatchBenchCase = {
  name: 'overview.dashboard',
  calls: async (caller) => cardCalls(await dashboardCards(), caller, calendarToday()),
  roles: ['municipal', 'township'],
};
