// The learners in the large fixture: `trainingEnrolments` enrolments (20,000 at xl) of the fixture's accounts in courses
// open to their unit (the staff in most of the required ones, the bench's demo logins in several, everyone in others
// at random), over the 24 months before `now`, most recent the likeliest: self-enrolled or assigned by an officer of
// the learner's unit with a due day (some past it, not done: overdue), and as far along as their age makes likely.
// Each enrolment's figures are what refreshEnrolment (enrolments/progress.ts) would keep from its rows: lessons
// finished in order (one LessonProgress each), exactly `quizAttempts` attempts (200,000 at xl) drawn, answered and
// graded as the quizzes area does (its draw's and answers' JSON, scores, the questions' asked and correct counts), the
// best submitted score, sessions attended (a seat in a past session of the course); completed only when the version's
// criteria are met, with its certificate. Rows go in by chunks of enrolments, parents before children.
import {
  type AuditedObject,
  type FixtureContext,
  type FixtureUser,
  type FixtureValue,
  numberAlphabet,
} from '@strata/api';
import { dayNumberOf, dayText } from '@strata/i18n/days';
import {
  dayMs,
  type FxCourse,
  type FxQuestion,
  type FxSession,
  type FxVersion,
  hourMs,
  minuteMs,
  officers,
  questionColumns,
  sessionColumns,
} from './fixture-catalogue';

type Status = 'enrolled' | 'in_progress' | 'completed' | 'withdrawn';

type Seat = { session: FxSession; status: 'booked' | 'cancelled'; attended: boolean; bookedAt: number };

type Plan = {
  id: number;
  course: FxCourse;
  user: FixtureUser;
  enrolledAt: number;
  version: FxVersion;
  source: 'self' | 'assigned';
  assignedById: number | null;
  dueOn: string | null;
  status: Status;
  startedAt: number | null;
  /** The last thing they did: completion, or where an unfinished one stopped. */
  lastAt: number;
  lessonsDone: number;
  seat: Seat | null;
  /** Attempts at each of the course's quizzes. */
  attempts: number[];
};

const enrolmentColumns = [
  'id',
  'unitId',
  'courseUnitId',
  'courseId',
  'versionId',
  'userId',
  'learnerName',
  'source',
  'assignedById',
  'dueOn',
  'status',
  'lessonsDone',
  'bestScore',
  'sessionsAttended',
  'enrolledAt',
  'startedAt',
  'completedAt',
  'updatedAt',
] as const;
const progressColumns = ['id', 'unitId', 'courseUnitId', 'enrolmentId', 'lessonId', 'completedAt'] as const;
const seatColumns = ['id', 'unitId', 'courseUnitId', 'sessionId', 'enrolmentId', 'status', 'bookedAt'] as const;
const attendedSeatColumns = [...seatColumns, 'attendedAt', 'attendedBy', 'late'] as const;
const attemptColumns = [
  'id',
  'unitId',
  'courseUnitId',
  'quizId',
  'enrolmentId',
  'number',
  'status',
  'startedAt',
  'dueAt',
  'drawn',
  'answers',
  'submittedAt',
  'score',
  'correctCount',
] as const;
/** An expired attempt: nothing submitted, its answers the column's default. */
const expiredColumns = [
  'id',
  'unitId',
  'courseUnitId',
  'quizId',
  'enrolmentId',
  'number',
  'status',
  'startedAt',
  'dueAt',
  'drawn',
] as const;
const certificateColumns = [
  'id',
  'unitId',
  'courseUnitId',
  'enrolmentId',
  'number',
  'learnerName',
  'courseTitle',
  'issuedAt',
  'revokedAt',
] as const;

/** Shares: of staff in each required course open to them, of assignments, withdrawals, expired attempts. */
const share = { requiredTaken: 0.9, requiredOfAll: 0.6, benchTaken: 0.6, withdrawn: 0.04, expired: 0.02 };
/** The demo logins the bench signs in as: each learns in several courses open to them. */
const benchLogins = ['admin', 'chengguan', 'secretary'];
const chunk = 2_000;
const auditEvery = 25;

/** Courses open to each unit's people: run there, or above it for its whole subtree (published or since archived). */
function openCourses(ctx: FixtureContext, courses: readonly FxCourse[]) {
  const byUnit = new Map<number, FxCourse[]>();
  for (const c of courses) {
    if (c.status === 'draft') continue;
    const list = byUnit.get(c.unit.id);
    if (list) list.push(c);
    else byUnit.set(c.unit.id, [c]);
  }
  const parentOf = new Map(ctx.units.map((u) => [u.id, u.parentId]));
  const memo = new Map<number, FxCourse[]>();
  return (unitId: number): FxCourse[] => {
    let open = memo.get(unitId);
    if (!open) {
      open = [...(byUnit.get(unitId) ?? [])];
      for (let at = parentOf.get(unitId); at !== null && at !== undefined; at = parentOf.get(at))
        for (const c of byUnit.get(at) ?? []) if (c.audience === 'subtree') open.push(c);
      memo.set(unitId, open);
    }
    return open;
  };
}

export async function generateLearners(
  ctx: FixtureContext,
  ids: { next: (table: string) => number },
  courses: readonly FxCourse[],
  wanted: { enrolments: number; attempts: number },
) {
  const random = ctx.random;
  const now = ctx.now.getTime();
  const earliest = now - 730 * dayMs;
  const { officerOf } = officers(ctx);
  const openTo = openCourses(ctx, courses);
  const isStaff = (u: FixtureUser) => u.grants.some((g) => g.role !== 'member');
  const plans: Plan[] = [];
  const taken = new Set<string>();

  const enrol = (user: FixtureUser, course: FxCourse) => {
    const key = `${course.id}:${user.id}`;
    if (taken.has(key) || plans.length >= wanted.enrolments) return;
    taken.add(key);
    plans.push(planOf(user, course));
  };

  /** When, in which version, from whom, how far: an enrolment as its age makes likely. */
  function planOf(user: FixtureUser, course: FxCourse): Plan {
    const first = (course.versions[0] as FxVersion).publishedAt;
    const start = Math.max(first + hourMs, earliest);
    const enrolledAt = Math.floor(start + (now - hourMs - start) * Math.sqrt(random.next()));
    let version = course.versions[0] as FxVersion;
    for (const v of course.versions) if (v.publishedAt <= enrolledAt) version = v;
    let assignedById = random.next() < (course.required ? 0.7 : 0.15) ? officerOf(user.unitId) : null;
    if (assignedById === user.id) assignedById = null;
    const source = assignedById === null ? 'self' : 'assigned';
    const dueOn = source === 'assigned' ? dayText(dayNumberOf(enrolledAt) + 14 + random.int(47)) : null;
    const age = (now - enrolledAt) / dayMs;
    // Started, then completed, the likelier the longer ago they enrolled; a required course sooner (it is followed up).
    let status: Status = 'enrolled';
    const [startBy, completeBy] = course.required ? [10, 40] : [20, 100];
    if (random.next() < share.withdrawn) status = 'withdrawn';
    else if (random.next() < Math.min(0.95, 0.35 + age / startBy))
      status = random.next() < Math.min(0.92, age / completeBy) ? 'completed' : 'in_progress';
    const lessons = version.lessons.length;
    let startedAt: number | null =
      status === 'enrolled'
        ? null
        : enrolledAt + Math.floor(random.next() * Math.min(3 * dayMs, (now - enrolledAt) / 2));
    let seat: Seat | null = null;
    // Classroom courses: completion took a session attended; others book ahead, or cancelled when they left.
    if (course.sessionsRequired > 0) {
      const after = (t: number) => course.sessions.filter((s) => !s.cancelled && s.startsAt > t);
      const past = after(enrolledAt + hourMs).filter((s) => s.endsAt <= now);
      const ahead = after(now);
      const attend = (s: FxSession): Seat => ({
        session: s,
        status: 'booked',
        attended: true,
        bookedAt: enrolledAt + Math.floor(random.next() * Math.max(0, s.startsAt - hourMs - enrolledAt)),
      });
      if (status === 'completed' || (status === 'in_progress' && random.next() < 0.5)) {
        const s = past[random.int(Math.min(2, past.length))];
        if (s) seat = attend(s);
        else if (status === 'completed') status = 'in_progress';
      }
      if (!seat && status !== 'completed' && status !== 'withdrawn' && ahead.length && random.next() < 0.5) {
        const s = ahead[random.int(Math.min(2, ahead.length))] as FxSession;
        seat = {
          session: s,
          status: 'booked',
          attended: false,
          bookedAt: enrolledAt + Math.floor(random.next() * (now - enrolledAt)),
        };
      }
      const later = course.sessions.filter((s) => s.startsAt > enrolledAt + hourMs);
      if (status === 'withdrawn' && later.length && random.next() < 0.3) {
        const s = later[0] as FxSession;
        const room = Math.max(0, Math.min(now, s.startsAt - hourMs) - enrolledAt);
        seat = {
          session: s,
          status: 'cancelled',
          attended: false,
          bookedAt: enrolledAt + Math.floor(random.next() * room),
        };
      }
      // Attendance is something done: they had started by then (the check-in may come ten minutes early).
      if (seat?.attended && startedAt !== null) startedAt = Math.min(startedAt, seat.session.startsAt - 10 * minuteMs);
    }
    const lessonsDone =
      status === 'completed' ? lessons : status === 'enrolled' ? 0 : 1 + random.int(Math.max(1, lessons - 1));
    let lastAt = enrolledAt;
    if (startedAt !== null) {
      lastAt = startedAt + Math.floor((now - startedAt) * (0.1 + 0.8 * random.next()));
      if (seat?.attended) lastAt = Math.max(lastAt, seat.session.endsAt + 10 * minuteMs);
      lastAt = Math.min(lastAt, now);
    }
    return {
      id: 0,
      course,
      user,
      enrolledAt,
      version,
      source,
      assignedById,
      dueOn,
      status,
      startedAt,
      lastAt,
      lessonsDone,
      seat,
      attempts: course.quizzes.map(() => 0),
    };
  }

  // The staff in the required courses open to them (most of the enrolments), the bench's logins in several, then
  // anyone in any course open to them.
  const staffCap = Math.floor(wanted.enrolments * share.requiredOfAll);
  for (const user of ctx.users) {
    if (!isStaff(user)) continue;
    for (const course of openTo(user.unitId))
      if (course.required && plans.length < staffCap && random.next() < share.requiredTaken) enrol(user, course);
  }
  const benchIds = new Set(
    (await ctx.db.user.findMany({ where: { username: { in: benchLogins } }, select: { id: true } })).map((u) => u.id),
  );
  for (const user of ctx.users)
    if (benchIds.has(user.id))
      for (const course of openTo(user.unitId)) if (random.next() < share.benchTaken) enrol(user, course);
  const users = ctx.users;
  for (let tries = 0; plans.length < wanted.enrolments && tries < wanted.enrolments * 50; tries++) {
    const user = users[random.int(users.length)] as FixtureUser;
    const open = openTo(user.unitId);
    if (open.length) enrol(user, open[random.int(open.length)] as FxCourse);
  }
  plans.sort((a, b) => a.enrolledAt - b.enrolledAt || a.course.id - b.course.id || a.user.id - b.user.id);
  for (const plan of plans) plan.id = ids.next('Enrolment');

  allocateAttempts(ctx, plans, wanted.attempts);

  // The sessions, with the places their seats took (capacity left over, as units plan a room).
  for (const plan of plans) if (plan.seat?.status === 'booked') plan.seat.session.booked++;
  const sessionRows: FixtureValue[][] = [];
  for (const course of courses)
    for (const s of course.sessions) {
      s.row[7] = Math.min(1000, Math.max(20, s.booked + 5 + random.int(26)));
      s.row[8] = s.booked;
      sessionRows.push(s.row);
    }
  await ctx.insert('TrainingSession', sessionColumns, sessionRows);

  const numbers = new Set<string>();
  const certificateNumber = () => {
    for (;;) {
      let text = 'TC-';
      for (let i = 0; i < 12; i++) text += numberAlphabet[random.int(numberAlphabet.length)];
      if (!numbers.has(text)) {
        numbers.add(text);
        return text;
      }
    }
  };
  // Each course's bank as attempts draw from it, and its positions shuffled in place by each draw.
  const banks = new Map(courses.map((c) => [c.id, c.questions.map(answerable)]));
  const positions = new Map(courses.map((c) => [c.id, c.questions.map((_, i) => i)]));
  const audited: AuditedObject[] = [];
  const attemptsAudited: AuditedObject[] = [];
  for (let at = 0; at < plans.length; at += chunk) {
    const out = {
      enrolments: [] as FixtureValue[][],
      progress: [] as FixtureValue[][],
      seats: [] as FixtureValue[][],
      attended: [] as FixtureValue[][],
      attempts: [] as FixtureValue[][],
      expired: [] as FixtureValue[][],
      certificates: [] as FixtureValue[][],
    };
    for (const plan of plans.slice(at, at + chunk)) {
      const { course, user } = plan;
      const unitId = user.unitId;
      const courseUnitId = course.unit.id;
      const windowStart = plan.startedAt ?? plan.enrolledAt;
      const span = Math.max(0, plan.lastAt - windowStart);
      const lessons = plan.version.lessons;
      for (let j = 0; j < plan.lessonsDone; j++)
        out.progress.push([
          ids.next('LessonProgress'),
          unitId,
          courseUnitId,
          plan.id,
          lessons[j] as number,
          new Date(windowStart + Math.floor((span * (j + 1)) / (plan.lessonsDone + 1))),
        ]);
      const seat = plan.seat;
      if (seat) {
        const base = [
          ids.next('TrainingSeat'),
          unitId,
          courseUnitId,
          seat.session.id,
          plan.id,
          seat.status,
          new Date(seat.bookedAt),
        ];
        if (seat.attended) {
          const offset = random.int(31) - 10;
          const attendedAt = seat.session.startsAt + offset * minuteMs;
          out.attended.push([...base, new Date(attendedAt), random.next() < 0.6 ? 'code' : 'trainer', offset > 0]);
        } else out.seats.push(base);
      }
      // The quiz attempts, spread over the time they were at it; a completed learner's last final attempt passed.
      const total = plan.attempts.reduce((n, k) => n + k, 0);
      let slot = 0;
      let best: number | null = null;
      const ability = 0.45 + 0.5 * random.next();
      const bank = banks.get(course.id) ?? [];
      const order = positions.get(course.id) ?? [];
      for (const [q, quiz] of course.quizzes.entries()) {
        const count = plan.attempts[q] ?? 0;
        for (let number = 1; number <= count; number++) {
          slot++;
          const startedAt = windowStart + Math.floor((span * slot) / (total + 1));
          const dueAt = startedAt + quiz.timeLimitMinutes * minuteMs;
          const mustPass = plan.status === 'completed' && q === course.quizzes.length - 1 && number === count;
          const expired = !mustPass && random.next() < share.expired;
          const id = ids.next('QuizAttempt');
          const skill = Math.min(0.98, ability + 0.05 * (number - 1));
          const graded = attempt(
            ctx,
            bank,
            order,
            quiz.questionCount,
            skill,
            mustPass ? (course.minScore ?? 0) : null,
            expired,
          );
          if (expired) {
            out.expired.push([
              id,
              unitId,
              courseUnitId,
              quiz.id,
              plan.id,
              number,
              'expired',
              new Date(startedAt),
              new Date(dueAt),
              graded.drawn,
            ]);
            continue;
          }
          const submittedAt =
            startedAt +
            Math.min(
              Math.floor(quiz.timeLimitMinutes * minuteMs * (0.3 + 0.6 * random.next())),
              Math.max(minuteMs, Math.floor(span / (total + 1))),
            );
          out.attempts.push([
            id,
            unitId,
            courseUnitId,
            quiz.id,
            plan.id,
            number,
            'submitted',
            new Date(startedAt),
            new Date(dueAt),
            graded.drawn,
            graded.answers,
            new Date(Math.min(submittedAt, dueAt)),
            graded.score,
            graded.correctCount,
          ]);
          best = best === null ? graded.score : Math.max(best, graded.score);
          if (id % 200 === 0)
            attemptsAudited.push({ id, unitId, label: `${user.displayName} · ${quiz.title} #${number}` });
        }
      }
      const completedAt = plan.status === 'completed' ? plan.lastAt : null;
      out.enrolments.push([
        plan.id,
        unitId,
        courseUnitId,
        course.id,
        plan.version.id,
        user.id,
        user.displayName,
        plan.source,
        plan.assignedById,
        plan.dueOn,
        plan.status,
        plan.lessonsDone,
        best,
        seat?.attended ? 1 : 0,
        new Date(plan.enrolledAt),
        plan.startedAt === null ? null : new Date(plan.startedAt),
        completedAt === null ? null : new Date(completedAt),
        new Date(Math.max(plan.enrolledAt, plan.lastAt, seat?.bookedAt ?? 0)),
      ]);
      if (completedAt !== null)
        out.certificates.push([
          ids.next('TrainingCertificate'),
          unitId,
          courseUnitId,
          plan.id,
          certificateNumber(),
          user.displayName,
          course.title,
          new Date(completedAt),
          random.next() < 0.01 ? new Date(completedAt + Math.floor((now - completedAt) * random.next())) : null,
        ]);
      if (plan.id % auditEvery === 0)
        audited.push({ id: plan.id, unitId, label: `${user.displayName} · ${course.title}` });
    }
    await ctx.insert('Enrolment', enrolmentColumns, out.enrolments);
    await ctx.insert('LessonProgress', progressColumns, out.progress);
    await ctx.insert('TrainingSeat', seatColumns, out.seats);
    await ctx.insert('TrainingSeat', attendedSeatColumns, out.attended);
    await ctx.insert('QuizAttempt', attemptColumns, out.attempts);
    await ctx.insert('QuizAttempt', expiredColumns, out.expired);
    await ctx.insert('TrainingCertificate', certificateColumns, out.certificates);
  }
  const questionRows: FixtureValue[][] = [];
  for (const course of courses)
    for (const q of course.questions) {
      q.row[7] = q.asked;
      q.row[8] = q.correct;
      questionRows.push(q.row);
    }
  await ctx.insert('Question', questionColumns, questionRows);
  return { enrolments: audited, attempts: attemptsAudited };
}

/**
 * Exactly `total` attempts over the started enrolments' quizzes, none past a quiz's attempts allowed: one at the final
 * quiz for each completed enrolment (its pass), the rest by a drawn keenness.
 */
function allocateAttempts(ctx: FixtureContext, plans: Plan[], total: number) {
  const random = ctx.random;
  type Pair = { plan: Plan; quiz: number; cap: number; weight: number };
  const pairs: Pair[] = [];
  let given = 0;
  for (const plan of plans) {
    if (plan.startedAt === null) continue;
    const quizzes = plan.course.quizzes;
    quizzes.forEach((quiz, q) => {
      if (plan.status === 'completed' && q === quizzes.length - 1) {
        plan.attempts[q] = 1;
        given++;
      }
      pairs.push({
        plan,
        quiz: q,
        cap: quiz.attemptsAllowed,
        weight: (0.2 + random.next()) * (plan.status === 'completed' ? 1.3 : 0.8),
      });
    });
  }
  if (given > total) throw new Error(`training fixture: ${given} passing attempts exceed ${total} quiz attempts`);
  const weights = pairs.reduce((n, p) => n + p.weight, 0);
  const left = total - given;
  for (const p of pairs) {
    const room = p.cap - (p.plan.attempts[p.quiz] ?? 0);
    const add = Math.min(room, Math.floor((left * p.weight) / weights));
    p.plan.attempts[p.quiz] = (p.plan.attempts[p.quiz] ?? 0) + add;
    given += add;
  }
  // The remainder one by one from a drawn place, round the pairs with room.
  let i = pairs.length ? random.int(pairs.length) : 0;
  for (let passes = 0; given < total && passes < pairs.length * 10; passes++, i = (i + 1) % pairs.length) {
    const p = pairs[i] as Pair;
    if ((p.plan.attempts[p.quiz] ?? 0) < p.cap) {
      p.plan.attempts[p.quiz] = (p.plan.attempts[p.quiz] ?? 0) + 1;
      given++;
    }
  }
  if (given !== total) throw new Error(`training fixture: room for ${given} quiz attempts, ${total} asked`);
}

/** Every order of 0..n-1, each with its JSON text: a draw's option order is one of them, picked uniformly. */
function permutations(n: number): { order: number[]; text: string }[] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number[]) => {
    if (!left.length) out.push(prefix);
    for (const [i, x] of left.entries()) walk([...prefix, x], [...left.slice(0, i), ...left.slice(i + 1)]);
  };
  walk(
    [],
    Array.from({ length: n }, (_, i) => i),
  );
  return out.map((order) => ({ order, text: `[${order.join(',')}]` }));
}

/**
 * A question's pieces of an attempt's JSON, made once: the openings of its entries in the draw and the answers, and
 * per option order the answers given right and wrong (the shown positions of the right options; one short, or one
 * too many, or another option).
 */
type Answerable = {
  question: FxQuestion;
  drawnHead: string;
  answerHead: string;
  orders: { order: number[]; text: string }[];
  given: Map<number, [right: string, wrong: string]>;
};

const orderCache = new Map<number, { order: number[]; text: string }[]>();
function answerable(question: FxQuestion): Answerable {
  let orders = orderCache.get(question.choices);
  if (!orders) {
    orders = question.choices ? permutations(question.choices) : [{ order: [], text: '[]' }];
    orderCache.set(question.choices, orders);
  }
  return {
    question,
    drawnHead: `{"q":${question.id},"o":`,
    answerHead: `{"q":${question.id},"given":`,
    orders,
    given: new Map(),
  };
}

function givenFor(a: Answerable, at: number): [string, string] {
  let found = a.given.get(at);
  if (!found) {
    const q = a.question;
    if (q.kind === 'truefalse') found = [String(q.truth), String(!q.truth)];
    else if (q.kind === 'blank') found = [JSON.stringify(q.accepted[0] ?? ''), JSON.stringify('不清楚')];
    else {
      const shown = (a.orders[at] as { order: number[] }).order;
      const key = shown.flatMap((stored, i) => (q.right.includes(stored) ? [i] : []));
      const first = key[0] as number;
      const wrong =
        q.kind === 'single' ? [first === 0 ? 1 : 0] : key.length > 1 ? key.slice(0, -1) : [...key, first === 0 ? 1 : 0];
      found = [`[${key.join(',')}]`, `[${wrong.join(',')}]`];
    }
    a.given.set(at, found);
  }
  return found;
}

/**
 * One attempt: `count` questions drawn from the bank (a partial shuffle of `order`, the course's positions, which stays
 * a permutation from one attempt to the next), each answered rightly with chance `ability` (at least enough to score
 * `pass`, when given), graded as grading.ts does (every question one point, the score rounded half up). With `expired`
 * only the draw is made: nothing was answered, and the questions' statistics are left alone.
 */
function attempt(
  ctx: FixtureContext,
  bank: readonly Answerable[],
  order: number[],
  count: number,
  ability: number,
  pass: number | null,
  expired: boolean,
) {
  const random = ctx.random;
  const n = Math.min(count, bank.length);
  for (let i = 0; i < n; i++) {
    const j = i + random.int(order.length - i);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  let rightCount = 0;
  let mask = 0;
  for (let i = 0; i < n; i++)
    if (random.next() < ability) {
      mask |= 1 << i;
      rightCount++;
    }
  if (pass !== null)
    for (let i = 0, needed = Math.ceil((pass * n) / 100); rightCount < needed && i < n; i++)
      if (!(mask & (1 << i))) {
        mask |= 1 << i;
        rightCount++;
      }
  let drawn = '[';
  let answers = '[';
  for (let i = 0; i < n; i++) {
    const a = bank[order[i] as number] as Answerable;
    const at = a.orders.length > 1 ? random.int(a.orders.length) : 0;
    const sep = i ? ',' : '';
    drawn += `${sep}${a.drawnHead}${(a.orders[at] as { text: string }).text}}`;
    if (expired) continue;
    const ok = (mask & (1 << i)) !== 0;
    const [right, wrong] = givenFor(a, at);
    const given = ok ? right : random.next() < 0.05 ? 'null' : wrong;
    answers += `${sep}${a.answerHead}${given},"right":${ok}}`;
    a.question.asked++;
    if (ok) a.question.correct++;
  }
  return {
    drawn: `${drawn}]`,
    answers: `${answers}]`,
    correctCount: rightCount,
    score: n ? Math.round((rightCount * 100) / n) : 0,
  };
}
