import type { RemoteWidget, WidgetData } from '@strata/contract';
import { calendarToday } from '@strata/i18n';
import { queryOptions } from '@tanstack/react-query';
import { loadWidget, queryByPath } from './widget-loader';

/** A card the user may see at the current unit: its remote, the module that loads it, and its listing. */
export type ShownCard = { remote: string; module: string; widget: RemoteWidget };

// How often each module was asked for afresh (a card's retry): the next load fetches the file anew.
const attempts = new Map<string, number>();

/** Asks for the card's module afresh on its next load (its retry), and again for every card of that module. */
export function retryModule(module: string) {
  attempts.set(module, (attempts.get(module) ?? 0) + 1);
}

/**
 * One card's figures at the unit, in the locale: the same query wherever they are drawn (the card, the ranking, the
 * export), so the dashboard asks each once. A failure shows at once, with its retry: the user asks again, not a
 * hidden back-off.
 */
export function widgetQuery(
  card: ShownCard,
  { unitId, locale, client, timeoutMs }: { unitId: number; locale: string; client: unknown; timeoutMs: number },
) {
  return queryOptions<WidgetData | null>({
    queryKey: ['strata', 'widget', card.module, card.widget.id, unitId, locale],
    queryFn: () =>
      loadWidget(
        card.module,
        card.widget.id,
        { unitId, locale, today: calendarToday(), query: queryByPath(client) },
        { attempt: attempts.get(card.module) ?? 0, timeoutMs },
      ),
    retry: false,
    staleTime: 60_000,
  });
}

/** The card's title in the locale (the first it has otherwise). */
export const cardTitle = (widget: RemoteWidget, locale: string) =>
  widget.title[locale] ?? Object.values(widget.title)[0] ?? widget.id;
