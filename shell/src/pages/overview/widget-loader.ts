import { lastTwelveOf, type WidgetContext, type WidgetData, type WidgetModule } from '@strata/contract';

/** A tRPC query by its dotted path (`training.reports.coverage`), asked of the shell's client as the caller. */
export function queryByPath(client: unknown): WidgetContext['query'] {
  return (path, input) => {
    let node = client as Record<string, unknown> | undefined;
    for (const key of path.split('.')) node = node?.[key] as Record<string, unknown> | undefined;
    const query = node?.query;
    if (typeof query !== 'function') return Promise.reject(new Error(`no query ${path}`));
    return (query as (input: unknown) => Promise<unknown>)(input);
  };
}

type Import = (url: string) => Promise<unknown>;
// The card modules are plain files that import nothing (the remote's build makes sure): the browser imports them as
// they are, with nothing shared and no federation container.
const importModule: Import = (url) => import(/* @vite-ignore */ url);

/**
 * One card's figures: its remote's `./Widgets` module (fetched at most `timeoutMs`; a retry, `attempt` > 0, asks
 * for the file afresh, as a browser keeps a failed import), then the card's `load` in `context`: its data, or null
 * when it has nothing of the caller's (the card is left out). Anything but a module offering the card fails, and the
 * card shows its fallback. A trend is drawn over the last twelve months to `today`, whatever months the card gave: a
 * month it left out has no value.
 */
export async function loadWidget(
  module: string,
  id: string,
  context: WidgetContext,
  { attempt = 0, timeoutMs, importer = importModule }: { attempt?: number; timeoutMs: number; importer?: Import },
): Promise<WidgetData | null> {
  const url = attempt > 0 ? `${module}${module.includes('?') ? '&' : '?'}attempt=${attempt}` : module;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${module} took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const loaded = (await Promise.race([importer(url), timeout])) as Partial<WidgetModule> | undefined;
    const card = loaded?.widgets?.[id];
    if (typeof card?.load !== 'function') throw new Error(`${module} offers no card ${id}`);
    const data = await card.load(context);
    if (data === null) return null;
    if (!Array.isArray(data?.figures)) throw new Error(`${module}: card ${id} answered no figures`);
    const { trend } = data;
    if (!trend) return data;
    return { ...data, trend: { ...trend, months: lastTwelveOf(trend.months, context.today) } };
  } finally {
    clearTimeout(timer);
  }
}
