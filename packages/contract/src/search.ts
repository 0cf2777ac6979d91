// The header's search, one contract for every team: a team that can be searched answers `<team>.search.find` with
// these shapes (built with `defineSearch` in @strata/api), each hit read in the caller's scope, and the shell asks
// every team the manifest names for search, groups the hits by kind and opens the page a hit names.

/** One thing found: a unit, a user, an article, a letter, a member (masked as the registry shows one), a course... */
export type SearchHit = {
  /** The team's kind of thing (`article`, `letter`...); the manifest labels it (`SearchSource.kinds`). */
  kind: string;
  id: number;
  /** What it is called (a title, a name). */
  title: string;
  /** A second line: a number, a state, a date, as the team chooses (never personal data in the clear). */
  detail: string;
  /** The unit it belongs to. */
  unitName: string;
  /** The console route that opens it. */
  path: string;
};

/** A team's answer: per kind at most `searchLimits.perKind` hits, best first, and whether that kind has more. */
export type SearchAnswer = { hits: SearchHit[]; more: Record<string, boolean> };

/** A team that can be searched, as the manifest tells the shell: whom to ask, and the words for its kinds. */
export type SearchSource = {
  /** The permission a user needs somewhere for the shell to ask the team. */
  permission: string;
  /** Per locale, the label of each kind (`{ 'zh-CN': { article: '文章' } }`). */
  kinds: Record<string, Record<string, string>>;
};

export const searchLimits = {
  /** The longest text searched for, in characters (after trimming). */
  qMax: 50,
  /** Hits per kind in one answer. */
  perKind: 5,
} as const;
