import type { WidgetData, WidgetFigureFormat } from '@strata/contract';

/** A figure the units below can be ranked on: which card, which of its figures. */
export type RankChoice = { key: string; card: number; figure: number; label: string; format: WidgetFigureFormat };

/** Every figure some card breaks down by the units below, as `<card>:<figure>`, labelled `card · figure`. */
export function rankChoices(cards: readonly { title: string; data: WidgetData | undefined }[]): RankChoice[] {
  return cards.flatMap(({ title, data }, card) =>
    (data?.figures ?? []).flatMap((f, figure) =>
      data?.children?.some((c) => typeof c.values[figure] === 'number')
        ? [{ key: `${card}:${figure}`, card, figure, label: `${title} · ${f.label}`, format: f.format }]
        : [],
    ),
  );
}

export type RankedUnit = { rank: number; unitId: number; name: string; value: number | null };

/**
 * The units below by one figure, highest or lowest first; equal values share a rank (1, 2, 2, 4) and keep the
 * service's order; a unit without the figure (a share of nobody) comes last, unranked.
 */
export function rankUnits(data: WidgetData | undefined, figure: number, order: 'high' | 'low'): RankedUnit[] {
  const rows = (data?.children ?? []).map((c) => ({ unitId: c.unitId, name: c.name, value: c.values[figure] ?? null }));
  const valued = rows.filter((r) => r.value !== null) as { unitId: number; name: string; value: number }[];
  valued.sort((a, b) => (order === 'high' ? b.value - a.value : a.value - b.value));
  const ranked: RankedUnit[] = valued.map((r, i) => ({ ...r, rank: i + 1 }));
  ranked.forEach((r, i) => {
    const before = ranked[i - 1];
    if (before && before.value === r.value) r.rank = before.rank;
  });
  return [...ranked, ...rows.filter((r) => r.value === null).map((r) => ({ ...r, rank: 0 }))];
}
