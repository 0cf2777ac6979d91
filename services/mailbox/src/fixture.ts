// The mailbox team's part of the large fixture (scripts/fixture): letters over three years, sent to the units' sites
// (most to branches and townships, some to the municipality), each moved along as handlers move letters: accepted or
// rejected, assigned one level down, handled, replied, closed by a handler or by the submitter's rating, now and then
// extended or reopened; the recent ones still open, a few left waiting past their deadline. Rows are what the
// application writes: deadlines counted with the working-day calendar from the kinds' working days, `openDueAt` only
// while a letter waits for its reply, names and phones sealed under the process's key ring (sealSubmitter) with the
// phone's blind index, the query code's hash, and every step an event on the letter's timeline.
import {
  type AuditSubject,
  ensureOfficialCalendar,
  type FixtureContext,
  type FixtureUnit,
  type FixtureValue,
  type TeamFixture,
  workingCalendar,
} from '@strata/api';
import { generateBoard } from './board-fixture';
import { fixtureLetterText as words } from './fixture-text';
import { deadlineDays } from './letters/deadline-days.sql';
import {
  contactRequired,
  isOpen,
  type LetterKind,
  type LetterStatus,
  monthNumberOf,
  type Rating,
} from './letters/letter-rules';
import { sealSubmitter } from './letters/submitter';

const day = 86_400_000;
const history = 3 * 365 * day;
/**
 * Letters per insert call, and the events written once this many wait: small chunks keep the rows being built in
 * V8's young generation (20,000 letters a chunk took twice the CPU, most of it garbage collection), and both are
 * multiples of the 400 rows SQLite's bulk insert binds per statement, so every statement but the last is full.
 */
const letterChunk = 400;
const eventChunk = 2_000;

const kinds = [
  ['consultation', 35],
  ['complaint', 25],
  ['suggestion', 20],
  ['help', 20],
] as const satisfies readonly (readonly [LetterKind, number])[];

const ratings = [
  ['satisfied', 70],
  ['basic', 22],
  ['dissatisfied', 8],
] as const satisfies readonly (readonly [Rating, number])[];

/** Roles that handle letters (admins hold every permission; branch secretaries gain mailbox.handle). */
const handlerRoles = new Set(['municipal_admin', 'township_admin', 'branch_secretary', 'mailbox_handler']);

/** The shares behind the statuses: most letters answered in time and closed, a few rejected, late or left waiting. */
const share = {
  /** Rejected at the first look instead of accepted. */
  rejected: 0.04,
  /** Never answered: still open however old (overdue once past its deadline). */
  stuck: 0.005,
  /** Letters received at an even pace; the others come more often as the years go by (the mailbox caught on). */
  even: 0.3,
  /** Answered after the deadline. */
  late: 0.1,
  /** Of a municipality's or township's accepted letters: assigned one level down. */
  assigned: { municipality: 0.7, township: 0.5 },
  /** Of assigned letters: the handling recorded before the reply. */
  handled: 0.8,
  /** Of replied letters: rated by the submitter (which closes it), or closed by a handler; the rest stay replied. */
  rated: 0.45,
  closedByHandler: 0.45,
  /** Of dissatisfied ratings: reopened (once), back to the unit that replied with a fresh deadline. */
  reopened: 0.3,
  /** An extension asked while the deadline runs; approved by the unit above, or declined. */
  extension: 0.03,
  approved: 0.8,
  note: 0.02,
  /** Letters with a name and phone besides the kinds that need them. */
  contact: 0.55,
  mayPublish: 0.5,
  replyPublic: 0.7,
};

const letterColumns = [
  'id',
  'unitId',
  'siteUnitId',
  'kind',
  'title',
  'body',
  'status',
  'submitterName',
  'submitterPhone',
  'phoneIndex',
  'mayPublish',
  'queryCodeHash',
  'receivedAt',
  'receivedMonth',
  'acceptedAt',
  'deadlineDays',
  'dueDate',
  'dueAt',
  'dueSoonAt',
  'openDueAt',
  'extensionState',
  'extensionDays',
  'extensionReason',
  'reason',
  'handlingNote',
  'reply',
  'replyPublic',
  'repliedAt',
  'replyWorkingDays',
  'replyUnitId',
  'closedAt',
  'rating',
  'ratedAt',
  'reopenedAt',
  'updatedAt',
] as const;
const eventColumns = ['id', 'letterId', 'kind', 'byUnitId', 'toUnitId', 'actorId', 'text', 'at'] as const;

type Sealed = ReturnType<typeof sealSubmitter>;

/** Who writes and who answers: sites by tier, each unit's children, each unit's handlers (or the nearest above). */
function mailboxWorld(ctx: FixtureContext) {
  const units = ctx.units;
  const childrenOf = new Map<number, FixtureUnit[]>();
  for (const u of units)
    if (u.parentId !== null) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u]);
  const byKind = (kind: string) => units.filter((u) => u.kind === kind);
  // The municipality gets some letters, the townships many, the branches most (about 2 % of all per township at xl).
  const tiers = [
    [byKind('municipality'), 10],
    [byKind('township'), 30],
    [byKind('branch'), 60],
  ] as const;
  const handlersAt = new Map<number, number[]>();
  for (const user of ctx.users)
    for (const g of user.grants)
      if (handlerRoles.has(g.role)) handlersAt.set(g.unitId, [...(handlersAt.get(g.unitId) ?? []), user.id]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const nearest = new Map<number, number[]>();
  const handlersFor = (unitId: number): number[] => {
    let found = nearest.get(unitId);
    if (!found) {
      const ids = (byId.get(unitId)?.path ?? '').split('/').filter(Boolean).map(Number).reverse();
      found = ids.map((id) => handlersAt.get(id)).find((list) => list !== undefined) ?? [];
      nearest.set(unitId, found);
    }
    return found;
  };
  return {
    random: ctx.random,
    sites: tiers.filter(([list]) => list.length > 0),
    childrenOf,
    parentOf: (unitId: number) => byId.get(unitId)?.parentId ?? null,
    /** A handler of the unit (or of the nearest unit above with one): the actor of a step taken there. */
    handler: (unitId: number) => {
      const list = handlersFor(unitId);
      return list.length > 0 ? ctx.random.pick(list) : null;
    },
  };
}

type World = ReturnType<typeof mailboxWorld>;
type Calendar = Awaited<ReturnType<typeof workingCalendar>>;
type Deadline = ReturnType<Calendar['deadline']>;
type Event = [kind: string, at: number, by: number | null, to: number | null, actor: number | null, text: string];

/** A letter as its story leaves it: the fields the steps write, and its timeline. */
class Letter {
  status: LetterStatus = 'received';
  acceptedAt: number | null = null;
  extensionState = 'none';
  extensionDays = 0;
  extensionReason = '';
  reason = '';
  handlingNote = '';
  reply = '';
  replyPublic = false;
  repliedAt: number | null = null;
  replyWorkingDays: number | null = null;
  replyUnitId: number | null = null;
  closedAt: number | null = null;
  rating: Rating | null = null;
  ratedAt: number | null = null;
  reopenedAt: number | null = null;
  updatedAt: number;
  readonly events: Event[] = [];

  constructor(
    readonly now: number,
    public unitId: number,
    readonly receivedAt: number,
    public deadlineDays: number,
    public deadline: Deadline,
  ) {
    this.updatedAt = receivedAt;
    this.events.push(['received', receivedAt, unitId, null, null, '']);
  }

  /** Whether a step at `at` has happened by the fixture's moment; if so its event is on the timeline. */
  took(
    at: number,
    kind: string,
    actor: number | null,
    text = '',
    to: number | null = null,
    by: number | null = this.unitId,
  ) {
    if (at > this.now) return false;
    this.events.push([kind, at, by, to, actor, text]);
    this.updatedAt = Math.max(this.updatedAt, at);
    return true;
  }
}

const byTime = (a: Event, b: Event) => a[1] - b[1];

type Told = {
  site: FixtureUnit;
  days: number;
  mayPublish: boolean;
  /** How long its answer takes from receipt (ms). */
  answer: number;
  stuck: boolean;
};

/** A letter's story as handlers move it, step by step, as far as the fixture's moment. */
function tell(letter: Letter, { site, days, mayPublish, answer, stuck }: Told, world: World, calendar: Calendar) {
  const { random } = world;
  const received = letter.receivedAt;
  const first = received + answer * 0.1;
  if (random.next() < share.rejected) {
    const reason = words.rejection(random);
    if (letter.took(first, 'rejected', world.handler(site.id), reason)) {
      letter.status = 'rejected';
      letter.reason = reason;
      letter.closedAt = first;
    }
    return;
  }
  if (!letter.took(first, 'accepted', world.handler(site.id))) return;
  letter.status = 'accepted';
  letter.acceptedAt = first;
  const below = world.childrenOf.get(site.id);
  const assignShare = site.kind === 'municipality' ? share.assigned.municipality : share.assigned.township;
  const target = below && random.next() < assignShare ? random.pick(below) : undefined;
  if (target) {
    if (!letter.took(received + answer * 0.25, 'assigned', world.handler(site.id), '', target.id)) return;
    letter.status = 'assigned';
    letter.unitId = target.id;
  }
  // An extension, asked while the deadline runs and decided a day later one level up.
  const asked = received + answer * 0.5;
  if (random.next() < share.extension && asked < letter.deadline.dueAt.getTime()) {
    const extra = 1 + random.int(5);
    const reason = words.extension(random);
    const holder = letter.unitId;
    if (letter.took(asked, 'extensionAsked', world.handler(holder), reason)) {
      letter.extensionState = 'pending';
      letter.extensionDays = extra;
      letter.extensionReason = reason;
    }
    const approve = random.next() < share.approved;
    const decider = world.handler(world.parentOf(holder) ?? holder);
    if (letter.took(asked + day, approve ? 'extensionApproved' : 'extensionDeclined', decider)) {
      letter.extensionState = approve ? 'approved' : 'declined';
      if (approve) {
        // Counted on from the old due date, as decideExtension counts it.
        letter.deadline = calendar.deadline(calendar.startOfDay(letter.deadline.dueDate), extra);
        letter.deadlineDays += extra;
      }
    }
  }
  if (random.next() < share.note) letter.took(asked, 'note', world.handler(letter.unitId), words.note(random));
  if (target && random.next() < share.handled) {
    const note = words.note(random);
    if (!letter.took(received + answer * 0.8, 'handled', world.handler(letter.unitId), note)) return;
    letter.status = 'handled';
    letter.handlingNote = note;
  }
  if (stuck) return;
  const reply = words.reply(random);
  const replyPublic = mayPublish && random.next() < share.replyPublic;
  const replied = (at: number) => {
    if (!letter.took(at, 'replied', world.handler(letter.unitId), reply)) return false;
    letter.status = 'replied';
    letter.reply = reply;
    letter.replyPublic = replyPublic;
    letter.repliedAt = at;
    letter.replyWorkingDays = calendar.workingDaysBetween(
      new Date(letter.reopenedAt ?? letter.receivedAt),
      new Date(at),
    );
    letter.replyUnitId = letter.unitId;
    return true;
  };
  if (!replied(received + answer)) return;
  const after = (letter.repliedAt as number) + (0.5 + random.next() * 12) * day;
  const ending = random.next();
  if (ending < share.rated) {
    const rating = random.weighted(ratings);
    const reopen = rating === 'dissatisfied' && random.next() < share.reopened;
    const comment = rating === 'dissatisfied' ? words.dissatisfied(random) : '';
    if (!letter.took(after, 'rated', null, `${rating}${comment ? `: ${comment}` : ''}`, null, null)) return;
    letter.rating = rating;
    letter.ratedAt = after;
    if (!reopen) {
      letter.status = 'closed';
      letter.closedAt = after;
      return;
    }
    // Back to the unit that replied, with a fresh deadline of the kind's working days; answered again.
    const back = letter.replyUnitId ?? letter.unitId;
    letter.took(after, 'reopened', null, comment, back, null);
    letter.status = 'accepted';
    letter.unitId = back;
    letter.reopenedAt = after;
    letter.replyWorkingDays = null;
    letter.deadlineDays = days;
    letter.deadline = calendar.deadline(new Date(after), days);
    letter.extensionState = 'none';
    letter.extensionDays = 0;
    letter.reason = comment;
    replied(after + (letter.deadline.dueAt.getTime() - after) * (0.2 + 0.7 * random.next()));
  } else if (ending < share.rated + share.closedByHandler) {
    if (!letter.took(after, 'closed', world.handler(letter.unitId))) return;
    letter.status = 'closed';
    letter.closedAt = after;
  }
}

/** 64 hex digits, as a SHA-256 is stored: no query code is ever shown for a fixture's letter, so none is made. */
function randomHash(random: FixtureContext['random']) {
  const bytes = Buffer.allocUnsafe(32);
  for (let i = 0; i < 32; i += 4) bytes.writeUInt32BE(Math.floor(random.next() * 0x1_0000_0000), i);
  return bytes.toString('hex');
}

type Made = { ids: number[]; unitIds: number[]; titles: string[] };

async function generateLetters(ctx: FixtureContext): Promise<Made> {
  const made: Made = { ids: [], unitIds: [], titles: [] };
  const wanted = (ctx.size.counts.letters ?? 0) - (await ctx.db.letter.count());
  if (wanted <= 0 || ctx.units.length === 0) return made;
  // The calendar the application counts with (identity's start fills the shipped schedules; the fixture's start runs
  // after the generators): 2026's holidays and make-up days, plain weekends in the years without a schedule.
  await ensureOfficialCalendar(ctx.db);
  const calendar = await workingCalendar(ctx.db);
  const daysOf = await deadlineDays(ctx.db);
  const world = mailboxWorld(ctx);
  const random = ctx.random;
  const now = ctx.now.getTime();
  const start = now - history;

  // Submitters: people write more than once (their letters share the phone's blind index, as the application's
  // would), so a pool of them is sealed once each: sealing every letter's fields anew would cost most of the
  // mailbox's build time and tell the database nothing the blind index does not already tell.
  const submitters: Sealed[] = [];
  const submitterCount = Math.max(100, Math.ceil(wanted / 10));
  for (let k = 0; k < submitterCount; k++) submitters.push(sealSubmitter(words.name(random), words.phone(k)));
  const anonymous: Sealed = { submitterName: '', submitterPhone: '', phoneIndex: null };

  let letterId = await ctx.nextId('Letter');
  let eventId = await ctx.nextId('LetterEvent');
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  const events: FixtureValue[][] = [];
  for (let done = 0; done < wanted; ) {
    const letters: FixtureValue[][] = [];
    for (const stop = Math.min(wanted, done + letterChunk); done < stop; done++) {
      const id = letterId++;
      const site = random.pick(random.weighted(world.sites));
      const kind = random.weighted(kinds);
      const title = words.title(random, kind);
      const body = words.body(random, title, site.name);
      const sealed = contactRequired[kind] || random.next() < share.contact ? random.pick(submitters) : anonymous;
      const mayPublish = random.next() < share.mayPublish;
      const pace = random.next() < share.even ? random.next() : Math.sqrt(random.next());
      const received = start + Math.floor(pace * history);
      const days = daysOf[kind];
      const letter = new Letter(now, site.id, received, days, calendar.deadline(new Date(received), days));
      // How long the answer takes: most well within the deadline, some after it, a few never.
      const span = letter.deadline.dueAt.getTime() - received;
      const stuck = random.next() < share.stuck;
      const answer =
        random.next() < share.late ? span + (0.1 + random.next() * 6) * day : span * (0.15 + 0.8 * random.next());
      tell(letter, { site, days, mayPublish, answer, stuck }, world, calendar);

      const { dueAt } = letter.deadline;
      letters.push([
        id,
        letter.unitId,
        site.id,
        kind,
        title,
        body,
        letter.status,
        sealed.submitterName,
        sealed.submitterPhone,
        sealed.phoneIndex,
        mayPublish,
        randomHash(random),
        new Date(received),
        monthNumberOf(received),
        at(letter.acceptedAt),
        letter.deadlineDays,
        letter.deadline.dueDate,
        dueAt,
        letter.deadline.dueSoonAt,
        isOpen(letter.status) ? dueAt : null,
        letter.extensionState,
        letter.extensionDays,
        letter.extensionReason,
        letter.reason,
        letter.handlingNote,
        letter.reply,
        letter.replyPublic,
        at(letter.repliedAt),
        letter.replyWorkingDays,
        letter.replyUnitId,
        at(letter.closedAt),
        letter.rating,
        at(letter.ratedAt),
        at(letter.reopenedAt),
        new Date(letter.updatedAt),
      ]);
      // The timeline in time order, as the application appends it (an extension's answer may come after later steps).
      for (const [kind, when, by, to, actor, text] of letter.events.sort(byTime))
        events.push([eventId++, id, kind, by, to, actor, text, new Date(when)]);
      made.ids.push(id);
      made.unitIds.push(letter.unitId);
      made.titles.push(title);
    }
    await ctx.insert('Letter', letterColumns, letters);
    // Events after their letters (foreign keys), in whole chunks; the rest waits for the next letters.
    const ready = events.length - (events.length % eventChunk);
    if (ready > 0) await ctx.insert('LetterEvent', eventColumns, events.splice(0, ready));
  }
  if (events.length > 0) await ctx.insert('LetterEvent', eventColumns, events);
  return made;
}

/** Letters in the audit log: the handlers' steps, named by the letter's title in the unit holding it. */
function letterAuditSubject(made: Made): AuditSubject[] {
  if (made.ids.length === 0) return [];
  return [
    {
      entity: 'Letter',
      weight: 8,
      actions: [
        ['letter.accept', 4],
        ['letter.assign', 1.5],
        ['letter.handle', 1],
        ['letter.reply', 4],
        ['letter.close', 2],
        ['letter.reject', 0.3],
        ['letter.note', 0.3],
        ['letter.extensionAsk', 0.2],
        ['letter.extensionDecide', 0.2],
        ['letter.reveal', 0.5],
      ],
      draw: (random, action) => {
        const i = random.int(made.ids.length);
        const object = {
          entityId: made.ids[i] as number,
          unitId: made.unitIds[i] as number,
          label: made.titles[i] as string,
        };
        if (action === 'letter.accept')
          return { ...object, before: { status: 'received' }, after: { status: 'accepted' } };
        if (action === 'letter.close') return { ...object, before: { status: 'replied' }, after: { status: 'closed' } };
        return object;
      },
    },
  ];
}

export const mailboxFixture: TeamFixture = {
  generate: async (ctx) => {
    ctx.audit.push(...letterAuditSubject(await generateLetters(ctx)));
    ctx.audit.push(...(await generateBoard(ctx)));
  },
};
