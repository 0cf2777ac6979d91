// The dashboard's figures as an XLSX file (fetched, with the sheet writer, when the user exports): every card's
// figures at the unit and the units below, each card read as the dashboard reads it (from the cache when drawn).
import { calendarToday } from '@strata/i18n';
import { downloadBlob, writeXlsxBook } from '@strata/ui/list-page';
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { dashboardSheets } from './dashboard-sheets';
import { dashboardWords } from './dashboard-words';
import { cardTitle, type ShownCard, widgetQuery } from './widget-query';

type Context = Parameters<typeof widgetQuery>[1];

export async function exportDashboard(
  queryClient: QueryClient,
  cards: readonly ShownCard[],
  context: Context,
  unitName: string,
  t: TFunction<'shell'>,
) {
  // A card that cannot be loaded is written as such: the rest of the file is still worth having.
  const loaded = await Promise.all(
    cards.map(async (card) => ({
      title: cardTitle(card.widget, context.locale),
      data: (await queryClient.fetchQuery(widgetQuery(card, context)).catch(() => undefined)) ?? undefined,
    })),
  );
  const w = dashboardWords(context.locale);
  const sheets = dashboardSheets(loaded, { ...w.sheet, unavailable: t('overview.widgetUnavailable') });
  downloadBlob(`${w.fileName}-${unitName}-${calendarToday()}.xlsx`, await writeXlsxBook(sheets));
}
