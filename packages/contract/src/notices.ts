// The bell's one contract: every team that has news for the signed-in user answers `<team>.notices.list` with
// these shapes (built with `noticesRouter` in @strata/api), and the shell draws them without knowing the team.

/** One piece of news: a letter overdue, a task assigned. Derived when asked, never stored; only its reading is. */
export type Notice = {
  /** Stable for what it says (`mailbox:overdue:123:<due instant>`): news again once what it says changes. */
  key: string;
  /** The team's kind of news (`overdue`, `assigned`...); the manifest labels it (`RemoteManifest.notices`). */
  kind: string;
  /** What it is about, as its team names it (a letter's title). */
  title: string;
  /** The unit it belongs to. */
  unitName: string;
  /** When it became news (ISO 8601): a deadline passed, an assignment made. */
  at: string;
  /** The console route that opens it (`/mailbox/letters/123`). */
  path: string;
  /** The signed-in user marked it read. */
  read: boolean;
};

/** A team's answer: its most urgent items first, unread before read, and how many there are of each kind. */
export type NoticeList = {
  items: Notice[];
  /** Per kind, how many there are (up to `noticeLimits.countBound`), beyond the items listed. */
  counts: Record<string, number>;
};

/** A team that has notices, as the manifest tells the shell: whom to ask, and the words for its kinds. */
export type NoticeSource = {
  /**
   * The permission a user needs for the team's notices: the shell asks only those who hold it somewhere. Null: news
   * about the user's own things (a course assigned to them), asked for every signed-in user.
   */
  permission: string | null;
  /** Per locale, the label of each kind (`{ 'zh-CN': { overdue: '已超期' } }`). */
  kinds: Record<string, Record<string, string>>;
};

export const noticeLimits = {
  /** Items a team lists at most. */
  items: 30,
  /** Counts stop here (the bell shows 99+ beyond). */
  countBound: 99,
  /** Keys marked read in one call, and the length of one. */
  markKeys: 200,
  keyMax: 200,
  /** Read marks older than this are swept: by then the news they silence has long gone. */
  keepReadDays: 90,
} as const;
