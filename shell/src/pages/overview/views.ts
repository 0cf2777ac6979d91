// The overview's views: the user's own page (`mine`: what waits for them, then what is theirs), the unit's dashboard
// (`cards`) and its ranking of the units below (`ranking`); and which one a user lands on.
import type { ShownCard } from './widget-query';

export type OverviewView = 'mine' | 'cards' | 'ranking';

/** The cards of each view, in the manifest's order: the dashboard's; the user's work before their own. */
export function cardsByView(cards: readonly ShownCard[]) {
  const home = (kind: ShownCard['widget']['home']) => cards.filter((card) => card.widget.home === kind);
  return { dashboard: home(undefined), mine: [...home('work'), ...home('own')], work: home('work').length };
}

/**
 * The view a user lands on (no `?view=`): the dashboard for those who oversee more of the unit's figures than they have
 * queues to work (admins, officers, viewers, a branch secretary), their own page for the rest (an editor, a reviewer,
 * a handler, a trainer, a member). A view with no card never opens by itself.
 */
export function landingView(asked: string | null, { dashboard, mine, work }: ReturnType<typeof cardsByView>) {
  if (asked === 'ranking' || asked === 'cards' || asked === 'mine') return asked;
  if (dashboard.length === 0) return 'mine';
  if (mine.length === 0) return 'cards';
  return dashboard.length > work ? 'cards' : 'mine';
}
