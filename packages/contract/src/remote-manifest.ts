import type { NoticeSource } from './notices';
import type { SearchSource } from './search';

/** What the shell hands every federated remote's default-exported component. */
export type RemoteAppProps = {
  /** Where the shell mounted the remote, e.g. `/content`; the remote's routes live below it. */
  basePath: string;
  /** The unit picked in the shell's unit switcher; every list the remote shows is scoped to it. */
  unitId: number;
  /** What the signed-in user may do where (hide or disable what the server would refuse). */
  access: UnitAccess;
};

/** What the user may do where, over the units they can see (built by `unitAccess` in @strata/ui). */
export type UnitAccess = {
  /** Whose access it is (what a user keeps for themselves, such as a list's columns, is kept under it). */
  userId: number;
  /** The current unit, where `can` and `mayGrant` ask when no unit is named. */
  unitId: number | undefined;
  /** Whether the permission holds at the unit (by id; the current unit when omitted). */
  can(permission: string, unitId?: number): boolean;
  /** Whether the permission holds anywhere (what the menu and whole pages ask). */
  has(permission: string): boolean;
  /** Whether the role may be granted at the unit (by id; the current unit when omitted). */
  mayGrant(role: string, unitId?: number): boolean;
};

/**
 * A menu entry's icon as the manifest carries it: an SVG's view box and its paths (filled with the text's colour),
 * so the shell draws any icon a team picks and ships none of them in its own code.
 */
export type MenuGlyph = { viewBox: string; paths: readonly string[] };

/** One menu entry a remote contributes through the runtime manifest. */
export type RemoteMenuItem = {
  path: string;
  icon?: MenuGlyph;
  label: Record<string, string>;
  /** Shown only to users who hold this permission somewhere (the server enforces it anyway). */
  permission?: string;
};

/**
 * A card a remote offers the shell's overview: a few figures of the current unit's subtree, from its team's service.
 * The remote's `./Widgets` expose (`WidgetModule`) loads them; the shell draws them, each card on its own (its title,
 * a skeleton while it loads, its own fallback when the remote or its service fails), so one never blanks the page.
 */
export type RemoteWidget = {
  /** Its key in the module's `widgets`. */
  id: string;
  /** The card's title per locale. */
  title: Record<string, string>;
  /**
   * Shown only to users who hold this permission at the current unit (the server enforces it anyway). Absent on an
   * own card alone: every signed-in user has their own dues, hours and courses (the card answers null without).
   */
  permission?: string;
  /**
   * Which view of the overview it sits in: the unit's dashboard (absent: figures of the unit's subtree), or the user's
   * own page, `work` (what waits for the user: drafts, a review queue, letters to answer, classes to teach) before
   * `own` (about the user: their dues, hours, courses, letters).
   */
  home?: WidgetHome;
};

/** The user's own page: what waits for them (`work`), then what is theirs (`own`). */
export type WidgetHome = 'work' | 'own';

/** How the shell writes a figure: a count, a share in per cent, money in fen, hours. */
export type WidgetFigureFormat = 'count' | 'percent' | 'fen' | 'hours';

/**
 * A figure, in the words of the caller's locale; null when there is nothing to count (a share of nobody). `atLeast`:
 * the service stopped counting at `value` (a list's bound), and there are more.
 */
export type WidgetFigure = { label: string; value: number | null; format: WidgetFigureFormat; atLeast?: boolean };

/**
 * What a card shows: what its figures cover (a period, in words), its figures, the units below furthest behind (each
 * opens the overview there), a way on. A `percent` figure is in per cent (65.5 is 65.5 %), `fen` in fen.
 */
export type WidgetData = {
  caption?: string;
  figures: WidgetFigure[];
  behind?: {
    label: string;
    units: { unitId: number; name: string; value: number | null; format: WidgetFigureFormat }[];
  };
  /** The page behind the figures (a console path). */
  link?: { label: string; path: string };
  /**
   * Each unit directly below, with its value of each figure in the figures' order (null where the service does not
   * break that figure down): the dashboard ranks the units below on any figure, and exports them.
   */
  children?: { unitId: number; name: string; values: (number | null)[] }[];
  /**
   * A figure month by month ('2026-03'), drawn as a sparkline over the last twelve months to `today`
   * (`lastTwelveMonths`): the card may give more months, or fewer (one left out has no value), in any order.
   */
  trend?: { label: string; format: WidgetFigureFormat; months: { month: string; value: number | null }[] };
  /**
   * A few things by name, each opening its page (a console path): the drafts returned, the letters due first, the next
   * sessions. `empty` says why there is none ("nothing waits for review").
   */
  list?: { label: string; items: WidgetItem[]; empty: string };
};

/** One thing a card names: its title, a line under it (a date, a unit) and how urgent it is. */
export type WidgetItem = { title: string; path: string; meta?: string; tone?: 'danger' | 'warning' | 'success' };

/** The twelve months (`YYYY-MM`) up to and including today's (`YYYY-MM-DD`), oldest first. */
export function lastTwelveMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const back = month - 11 + i; // 0 or less: last year's
    const [y, m] = back > 0 ? [year, back] : [year - 1, back + 12];
    return `${y}-${String(m).padStart(2, '0')}`;
  });
}

/**
 * A trend's months as the shell draws them: the last twelve to `today`, each with the value the card gave for it, none
 * for a month it left out.
 */
export function lastTwelveOf(months: NonNullable<WidgetData['trend']>['months'], today: string) {
  const given = new Map(months.map((m) => [m.month, m.value]));
  return lastTwelveMonths(today).map((month) => ({ month, value: given.get(month) ?? null }));
}

/**
 * What the shell hands a card's `load`: the unit, the caller's locale, today, and a query of the caller's API. A card
 * reads the date from here, never from a clock of its own: its file stays small, and a test fixes the day.
 */
export type WidgetContext = {
  unitId: number;
  locale: string;
  /** Today (`YYYY-MM-DD`) in the organisation's zone (Asia/Shanghai). */
  today: string;
  /** A tRPC query by its path (`training.reports.coverage`), as the caller: its answer, or the error it threw. */
  query: (path: string, input: unknown) => Promise<unknown>;
};

/**
 * A remote's `./Widgets` expose (`src/widgets.ts`). Each card's `load` answers its data, or null when there is nothing
 * of the caller's to show (an own card for an account that is no member's): the shell leaves that card out. It is data, which the shell draws: the remote's build also makes it
 * one file of its own, with the pure helpers it uses and no import (`RemoteManifestEntry.widgets.module`), which the
 * shell imports alone, with nothing to share, so a card costs its few hundred bytes rather than the federation
 * container's glue. A shared package in it (React, antd) stops the build.
 */
export type WidgetModule = { widgets: Record<string, { load(context: WidgetContext): Promise<WidgetData | null> }> };

/**
 * Whether a card's query failed with the service's not found: an own card's "nothing of the caller's here" (an account
 * that is no member's), answered with null. A tRPC client error carries the code in `data`, a server-side one in
 * `code`.
 */
export function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; data?: { code?: unknown } | null } | null;
  return (e?.data?.code ?? e?.code) === 'NOT_FOUND';
}

/** A card's words in the caller's locale: each card keeps its few beside it, so the remote's messages stay unloaded. */
export function widgetWords<W>(words: { 'zh-CN': W; 'en-US': W }, locale: string): W {
  return locale === 'en-US' ? words['en-US'] : words['zh-CN'];
}

/**
 * The three units below furthest behind, for a card's drill-down: `rows` (a service's units below, in its order) that
 * `counts` keeps (a unit with nothing to measure is not behind), ordered by `behindFirst` (a stable sort: the service's
 * order among equals), each with its `value`.
 */
export function furthestBehind<T extends { unitId: number; name: string }>(
  label: string,
  rows: readonly T[],
  by: {
    value: (row: T) => number | null;
    format: WidgetFigureFormat;
    behindFirst: (a: T, b: T) => number;
    counts?: (row: T) => boolean;
  },
): NonNullable<WidgetData['behind']> {
  const units = rows
    .filter((row) => by.counts?.(row) ?? true)
    .sort(by.behindFirst)
    .slice(0, 3)
    .map((row) => ({ unitId: row.unitId, name: row.name, value: by.value(row), format: by.format }));
  return { label, units };
}

/** The expose a remote with widgets adds beside `./App`, from its `src/widgets.ts`. */
export const widgetsExpose = './Widgets';

/** One remote as listed in `/manifest.json`. */
export type RemoteManifestEntry = {
  name: string;
  /** Optional display name per locale; the first menu label stands in when absent. */
  title?: Record<string, string>;
  entry: string;
  exposes: string;
  basePath: string;
  menu: RemoteMenuItem[];
  /** The build the entry names (its `remote.json`), absent for an entry served from elsewhere (a team's dev server). */
  version?: string;
  /**
   * The shared packages the build needs in versions the console does not provide, each as `name range (provided)`:
   * the shell shows the remote unavailable with these, never loads it. Absent when there is none.
   */
  incompatible?: string[];
  /**
   * The overview's cards the remote offers, and the URLs of their modules (from the build's record): the dashboard's,
   * and apart the user's own page's (`home`), so the dashboard carries none of the latter's code.
   */
  widgets?: { module: string; homeModule?: string; list: RemoteWidget[] };
  /**
   * The expose that draws the large screen's centrepiece (`screenExpose`: the members' unit map), shown to those who
   * hold its permission at the unit.
   */
  screen?: { expose: typeof screenExpose; permission: string };
};

/** The expose a remote adds for the large screen's centrepiece (`remoteViteConfig({ screen: true })`). */
export const screenExpose = './Screen';

/**
 * What the shell hands the large screen's centrepiece (a remote's `./Screen` default export), drawn full height in
 * the middle of the screen on a dark ground: the unit whose subtree it shows, how often it asks for its figures afresh,
 * and where a unit picked on it leads (the screen re-scoped to that unit).
 */
export type ScreenPieceProps = { unitId: number; refreshMs: number; onUnit: (unitId: number) => void };

/**
 * What every remote build writes beside its entry (`remote.json`): its name, its version (a hash of what it built) and
 * the range of each shared package it was built for, which the console's versions must satisfy.
 */
export type RemoteBuild = {
  name: string;
  version: string;
  shared: Record<string, string>;
  /** The `./Widgets` module's file, relative to the build's folder; absent when the remote offers no cards. */
  widgets?: string;
  /** The module of its cards for the user's own page (`home`), apart; absent when it offers none. */
  homeWidgets?: string;
};

/**
 * Names the teams add to the `domain` namespace: their roles, the audit actions they record, the kinds of
 * object those entries name (`entity`) and the fields of their before/after images.
 */
export type DomainLabels = {
  role: Record<string, string>;
  auditAction: Record<string, string>;
  auditEntity: Record<string, string>;
  auditField: Record<string, string>;
};

export type RemoteManifest = {
  remotes: RemoteManifestEntry[];
  /** Per locale, the labels of every team's roles and audit words (every team's, mounted or not). */
  labels: Record<string, DomainLabels>;
  /** How long the shell waits for a remote's code before showing it unavailable (REMOTE_TIMEOUT_MS). */
  remoteTimeoutMs: number;
  /** The mounted teams that answer `<team>.notices.list`, by name: the bell asks each (none from an older gateway). */
  notices?: Record<string, NoticeSource>;
  /** The mounted teams that answer `<team>.search.find`, by name: the header's search asks each (none: no search). */
  search?: Record<string, SearchSource>;
};
