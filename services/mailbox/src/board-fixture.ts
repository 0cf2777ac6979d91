// The members' board in the large fixture (scripts/fixture): topics over three years on the units' boards, most on
// branches', some on townships' and the municipality's, busy boards beside quiet ones, each moved along as members
// and moderators move it: replies, the unit's answer (on time, late, or never: overdue), notices pinned, topics
// closed after their answer, warn-word posts held until a moderator approves or hides them, off-topic ones hidden.
// Rows are what the application writes: deadlines counted with the working-day calendar from the answer days in
// force (createTopic), `answeredAt` the first answer's time, `lastPostAt` the newest post readers were shown, replies
// only while the topic takes them, answers by the unit's moderators, authors who may post on that board.
import {
  type AuditSubject,
  ensureOfficialCalendar,
  type FixtureContext,
  type FixtureUnit,
  type FixtureValue,
  roleCatalog,
  workingCalendar,
} from '@strata/api';
import { fixtureBoardText as words } from './board-fixture-text';
import { currentMailboxSettings } from './settings';

const hour = 3_600_000;
const day = 24 * hour;
const history = 3 * 365 * day;
/** Topics per insert call and posts written once this many wait: as the letters' chunks, whole SQLite statements. */
const topicChunk = 400;
const postChunk = 2_000;

/** The boards' shares of the topics by tier: the branches' members write most. */
const tiers = [
  ['municipality', 3],
  ['township', 12],
  ['branch', 85],
] as const;

const share = {
  /** Topics posted at an even pace; the others more often as the years go by (the board caught on). */
  even: 0.3,
  /** Of boards: their first topic is a notice a moderator posts and pins (how to use the board). */
  notice: 0.6,
  /** Held by a warn word when posted; a moderator approves it (or hides it) within a day or two. */
  warned: 0.015,
  approved: 0.7,
  /** Off the board's subject: hidden by a moderator within the day. */
  offTopic: 0.015,
  /** Never answered: overdue once past its deadline. */
  unanswered: 0.07,
  /** Answered after the deadline. */
  late: 0.13,
  /** A second answer from the unit, days later (the first one stopped the clock). */
  followUp: 0.08,
  /** Closed to replies: answered topics some days after the answer, unanswered ones as stale. */
  closedAnswered: 0.35,
  closedUnanswered: 0.2,
  /** Of replies: held by a warn word (then approved or hidden), or hidden as off-topic. */
  replyWarned: 0.01,
  replyOffTopic: 0.01,
};

/** Members' replies per topic: many get none, a few start a discussion (about 1.6 on average). */
const replyCounts = [
  [0, 35],
  [1, 25],
  [2, 15],
  [3, 10],
  [4, 6],
  [5, 4],
  [6, 3],
  [8, 2],
] as const satisfies readonly (readonly [number, number])[];

const topicColumns = [
  'id',
  'unitId',
  'authorId',
  'title',
  'body',
  'createdAt',
  'lastPostAt',
  'answerDays',
  'answerDueDate',
  'answerDueAt',
  'answerDueSoonAt',
  'answeredAt',
  'pinned',
  'closedAt',
  'hiddenAt',
  'held',
] as const;
const postColumns = ['id', 'unitId', 'topicId', 'authorId', 'body', 'answer', 'held', 'hiddenAt', 'createdAt'] as const;

/** Who may write where: a grant's role covers its unit's subtree, so the nearest holders at or above a unit. */
function boardWorld(ctx: FixtureContext) {
  const catalog = roleCatalog();
  // The roles' board permissions come from the mailbox's registration, installed with the gateway's teams.
  if (!catalog.isPermission('mailbox.moderate')) throw new Error('fixture: the board needs the mailbox team installed');
  const holders = (permission: 'mailbox.post' | 'mailbox.moderate') => {
    const at = new Map<number, number[]>();
    for (const user of ctx.users)
      for (const g of user.grants)
        if (catalog.permissionsOf(g.role).includes(permission))
          at.set(g.unitId, [...(at.get(g.unitId) ?? []), user.id]);
    const nearest = new Map<number, number[]>();
    return (unit: FixtureUnit) => {
      let found = nearest.get(unit.id);
      if (!found) {
        const ids = unit.path.split('/').filter(Boolean).map(Number).reverse();
        found = ids.map((id) => at.get(id)).find((list) => list !== undefined) ?? [];
        nearest.set(unit.id, found);
      }
      return found;
    };
  };
  const posters = holders('mailbox.post');
  const moderators = holders('mailbox.moderate');
  // Each board's share: its tier's, spread over the tier's boards by how busy each is (a few busy, most quiet).
  const boards = ctx.units.filter((u) => posters(u).length > 0 && moderators(u).length > 0);
  const activity = boards.map(() => 0.05 + ctx.random.next() ** 3);
  const tierTotal = new Map<string, number>();
  for (const [i, u] of boards.entries()) tierTotal.set(u.kind, (tierTotal.get(u.kind) ?? 0) + (activity[i] as number));
  const tierShare = new Map<string, number>(tiers);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [i, u] of boards.entries()) {
    sum += ((tierShare.get(u.kind) ?? 0) * (activity[i] as number)) / (tierTotal.get(u.kind) as number);
    cumulative.push(sum);
  }
  return {
    boards,
    /** A board, as likely as its share (a binary search: 50,000 draws over 2,000 boards). */
    board: () => {
      const target = ctx.random.next() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return boards[lo] as FixtureUnit;
    },
    random: ctx.random,
    poster: (unit: FixtureUnit) => ctx.random.pick(posters(unit)),
    moderator: (unit: FixtureUnit) => ctx.random.pick(moderators(unit)),
  };
}

type World = ReturnType<typeof boardWorld>;
type Deadline = ReturnType<Awaited<ReturnType<typeof workingCalendar>>['deadline']>;

/** A post as the board keeps it: one not held (never, or approved since) was shown, and moved its topic's activity. */
type Post = { at: number; authorId: number; body: string; answer: boolean; held: boolean; hiddenAt: number | null };
const post = (at: number, authorId: number, body: string, flags: Partial<Post> = {}): Post => ({
  at,
  authorId,
  body,
  answer: false,
  held: false,
  hiddenAt: null,
  ...flags,
});

type Topic = {
  authorId: number;
  title: string;
  body: string;
  answeredAt: number | null;
  pinned: boolean;
  closedAt: number | null;
  hiddenAt: number | null;
  held: boolean;
  posts: Post[];
};

/** What a moderator decides about a post a warn word held, and when (a few hours to two days later). */
function moderation(world: World, at: number, now: number) {
  const decided = at + 2 * hour + world.random.next() * 2 * day;
  const approved = world.random.next() < share.approved;
  return { decided, pending: decided > now, approved: decided <= now && approved, hidden: decided <= now && !approved };
}

/** A topic's story as members and moderators move it, as far as the fixture's moment. */
function tellTopic(
  world: World,
  unit: FixtureUnit,
  created: number,
  due: Deadline,
  now: number,
  first: boolean,
): Topic {
  const { random } = world;
  const notice = first && random.next() < share.notice;
  const kind = random.next();
  const warned = !notice && kind < share.warned;
  const offTopic = !notice && !warned && kind < share.warned + share.offTopic;
  const text = notice ? words.notice(random) : offTopic ? words.offTopic(random) : undefined;
  const title = text?.title ?? (warned ? words.warnedTitle() : words.title(random));
  const topic: Topic = {
    authorId: notice ? world.moderator(unit) : world.poster(unit),
    title,
    body: text?.body ?? (warned ? words.warned(random) : words.body(random, title)),
    answeredAt: null,
    pinned: notice,
    closedAt: null,
    hiddenAt: null,
    held: warned,
    posts: [],
  };
  // Readers see it from `opens`: at once, or once a moderator approves what a warn word held.
  let opens = created;
  if (warned) {
    const decision = moderation(world, created, now);
    if (decision.pending) return topic;
    if (decision.hidden) {
      topic.hiddenAt = decision.decided;
      return topic;
    }
    topic.held = false;
    opens = decision.decided;
  }
  const hides = offTopic ? created + hour + random.next() * 20 * hour : Number.POSITIVE_INFINITY;
  // The unit's answer: most within the deadline, some after it, a few never; none for what is taken down.
  const dueAt = due.dueAt.getTime();
  const fate = random.next();
  let answerAt: number | null = null;
  if (!offTopic && fate >= share.unanswered)
    answerAt =
      fate < share.unanswered + share.late
        ? dueAt + (0.1 + random.next() * 8) * day
        : Math.max(opens + hour, created + (dueAt - created) * (0.1 + 0.85 * random.next()));
  if (answerAt !== null && answerAt > now) answerAt = null;
  let closes = Number.POSITIVE_INFINITY;
  if (answerAt !== null) {
    if (random.next() < share.closedAnswered) closes = answerAt + (1 + random.next() * 20) * day;
  } else if (!offTopic && random.next() < share.closedUnanswered) closes = created + (10 + random.next() * 30) * day;
  // Members reply while the topic takes replies: most soon after it opens, a few days later.
  const ends = Math.min(closes, hides, now);
  for (let k = random.weighted(replyCounts); k > 0; k--) {
    const at = opens + random.next() ** 2 * 12 * day;
    if (at >= ends) continue;
    const authorId = world.poster(unit);
    const flag = random.next();
    if (flag < share.replyWarned) {
      const decision = moderation(world, at, now);
      const hiddenAt = decision.hidden ? decision.decided : null;
      topic.posts.push(post(at, authorId, words.warned(random), { held: !decision.approved, hiddenAt }));
    } else if (flag < share.replyWarned + share.replyOffTopic) {
      const hidden = at + hour + random.next() * 20 * hour;
      topic.posts.push(post(at, authorId, words.offTopicReply(random), { hiddenAt: hidden <= now ? hidden : null }));
    } else topic.posts.push(post(at, authorId, words.reply(random)));
  }
  if (answerAt !== null) {
    topic.answeredAt = answerAt;
    topic.posts.push(post(answerAt, world.moderator(unit), words.answer(random), { answer: true }));
    const again = answerAt + (1 + random.next() * 10) * day;
    if (random.next() < share.followUp && again <= now && again < closes)
      topic.posts.push(post(again, world.moderator(unit), words.followUp(random), { answer: true }));
  }
  if (hides <= now) topic.hiddenAt = hides;
  if (closes <= now) topic.closedAt = closes;
  topic.posts.sort((a, b) => a.at - b.at);
  return topic;
}

/** Board rows up to the size's count, and the objects the audit log may name among them. */
export async function generateBoard(ctx: FixtureContext): Promise<AuditSubject[]> {
  const wanted = (ctx.size.counts.boardTopics ?? 0) - (await ctx.db.boardTopic.count());
  if (wanted <= 0 || ctx.units.length === 0) return [];
  await ensureOfficialCalendar(ctx.db);
  const calendar = await workingCalendar(ctx.db);
  const days = currentMailboxSettings().boardAnswerDays;
  const world = boardWorld(ctx);
  if (world.boards.length === 0) return [];
  const { random } = ctx;
  const now = ctx.now.getTime();
  const start = now - history;
  // Posting times first, in order, so topic ids follow time as the application's do.
  const pace = () => (random.next() < share.even ? random.next() : Math.sqrt(random.next()));
  const times = Array.from({ length: wanted }, () => start + Math.floor(pace() * history)).sort((a, b) => a - b);

  const made = {
    topics: [] as [id: number, unitId: number, title: string][],
    posts: [] as [id: number, topic: number][],
  };
  let topicId = await ctx.nextId('BoardTopic');
  let postId = await ctx.nextId('BoardPost');
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  const posts: FixtureValue[][] = [];
  const started = new Set<number>();
  for (let done = 0; done < wanted; ) {
    const topics: FixtureValue[][] = [];
    for (const stop = Math.min(wanted, done + topicChunk); done < stop; done++) {
      const id = topicId++;
      const created = times[done] as number;
      const unit = world.board();
      const due = calendar.deadline(new Date(created), days);
      const topic = tellTopic(world, unit, created, due, now, !started.has(unit.id));
      started.add(unit.id);
      let lastPostAt = created;
      for (const p of topic.posts) {
        if (!p.held) lastPostAt = Math.max(lastPostAt, p.at);
        posts.push([postId, unit.id, id, p.authorId, p.body, p.answer, p.held, at(p.hiddenAt), new Date(p.at)]);
        made.posts.push([postId++, made.topics.length]);
      }
      topics.push([
        id,
        unit.id,
        topic.authorId,
        topic.title,
        topic.body,
        new Date(created),
        new Date(lastPostAt),
        days,
        due.dueDate,
        due.dueAt,
        due.dueSoonAt,
        at(topic.answeredAt),
        topic.pinned,
        at(topic.closedAt),
        at(topic.hiddenAt),
        topic.held,
      ]);
      made.topics.push([id, unit.id, topic.title]);
    }
    await ctx.insert('BoardTopic', topicColumns, topics);
    // Posts after their topics (foreign keys), in whole chunks; the rest waits for the next topics.
    const ready = posts.length - (posts.length % postChunk);
    if (ready > 0) await ctx.insert('BoardPost', postColumns, posts.splice(0, ready));
  }
  if (posts.length > 0) await ctx.insert('BoardPost', postColumns, posts);
  return boardAuditSubjects(made);
}

/** The board in the audit log: members' posts, the moderators' acts, named by the topic's title in its unit. */
function boardAuditSubjects({ topics, posts }: { topics: [number, number, string][]; posts: [number, number][] }) {
  const subjects: AuditSubject[] = [
    {
      entity: 'BoardTopic',
      weight: 1,
      actions: [
        ['boardTopic.create', 4],
        ['boardTopic.answer', 4],
        ['boardTopic.close', 1],
        ['boardTopic.pin', 0.05],
        ['boardTopic.hide', 0.2],
        ['boardTopic.approve', 0.2],
      ],
      draw: (random, action) => {
        const [entityId, unitId, label] = random.pick(topics);
        const object = { entityId, unitId, label };
        if (action === 'boardTopic.pin') return { ...object, before: { pinned: false }, after: { pinned: true } };
        if (action === 'boardTopic.approve') return { ...object, before: { held: true }, after: { held: false } };
        return object;
      },
    },
    {
      entity: 'BoardPost',
      weight: 1,
      actions: [
        ['boardPost.create', 10],
        ['boardPost.hide', 0.2],
        ['boardPost.approve', 0.1],
      ],
      draw: (random, action) => {
        const [entityId, topic] = random.pick(posts);
        const [topicId, unitId, label] = topics[topic] as [number, number, string];
        const object = { entityId, unitId, label };
        if (action === 'boardPost.create') return { ...object, after: { topicId, held: false } };
        if (action === 'boardPost.approve')
          return { ...object, before: { topicId, held: true }, after: { held: false } };
        return { ...object, before: { topicId } };
      },
    },
  ];
  return posts.length > 0 ? subjects : subjects.slice(0, 1);
}
