// The training catalogue in the large fixture: `trainingCourses` courses (300 at xl) run by the municipality (a tenth),
// the townships (half: each at least one) and some branches, each as the courses area leaves it: a published course
// with its current version (some with an earlier one retired, or a new draft under way), a draft never published, a
// few archived; each version with its modules and about eight lessons (text and links); most with a question bank and
// three to five quizzes (module quizzes and a final one), some with classroom sessions over their life. Rows are
// written here; the questions' statistics and the sessions' places wait for the learners (fixture-learners.ts).
import { type FixtureContext, type FixtureUnit, type FixtureValue, naturalKey } from '@strata/api';
import type { QuestionKind } from '@strata/contract';
import {
  blankAnswers,
  editions,
  lessonKinds,
  optionTexts,
  sessionPlaces,
  stems,
  type Topic,
  topics,
} from './fixture-words';

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

export type FxVersion = { id: number; number: number; publishedAt: number; lessons: number[] };

export type FxQuestion = {
  id: number;
  kind: QuestionKind;
  /** Its options (single, multiple); 0 for the others. */
  choices: number;
  /** The right options' stored positions (single, multiple). */
  right: number[];
  truth: boolean;
  accepted: readonly string[];
  asked: number;
  correct: number;
  row: FixtureValue[];
};

export type FxQuiz = {
  id: number;
  title: string;
  questionCount: number;
  timeLimitMinutes: number;
  attemptsAllowed: number;
};

export type FxSession = {
  id: number;
  startsAt: number;
  endsAt: number;
  cancelled: boolean;
  booked: number;
  row: FixtureValue[];
};

export type FxCourse = {
  id: number;
  unit: FixtureUnit;
  title: string;
  status: 'draft' | 'published' | 'archived';
  audience: 'unit' | 'subtree';
  required: boolean;
  /** Its published versions (the last one current), oldest first; none for a draft. */
  versions: FxVersion[];
  minScore: number | null;
  sessionsRequired: number;
  questions: FxQuestion[];
  quizzes: FxQuiz[];
  /** Its classroom sessions by start, cancelled ones included. */
  sessions: FxSession[];
};

const courseColumns = [
  'id',
  'unitId',
  'title',
  'titleKey',
  'summary',
  'category',
  'audience',
  'isPublic',
  'required',
  'status',
  'currentVersionId',
  'createdById',
  'createdAt',
  'updatedAt',
] as const;
const versionColumns = [
  'id',
  'courseId',
  'unitId',
  'number',
  'status',
  'minScore',
  'sessionsRequired',
  'lessonCount',
  'publishedAt',
  'createdAt',
] as const;
const moduleColumns = ['id', 'versionId', 'unitId', 'position', 'title'] as const;
const lessonColumns = [
  'id',
  'versionId',
  'moduleId',
  'unitId',
  'position',
  'kind',
  'title',
  'body',
  'url',
  'minutes',
] as const;
const bankColumns = ['id', 'unitId', 'courseId', 'name', 'createdAt'] as const;
export const questionColumns = [
  'id',
  'unitId',
  'bankId',
  'kind',
  'stem',
  'options',
  'answer',
  'asked',
  'correct',
  'createdAt',
] as const;
const quizColumns = [
  'id',
  'unitId',
  'courseId',
  'bankId',
  'title',
  'questionCount',
  'timeLimitMinutes',
  'attemptsAllowed',
  'passScore',
  'status',
  'createdAt',
] as const;
export const sessionColumns = [
  'id',
  'unitId',
  'courseId',
  'title',
  'place',
  'startsAt',
  'endsAt',
  'capacity',
  'booked',
  'trainerId',
  'status',
  'createdAt',
] as const;

/** Shares: where courses are run, and what they are. */
const share = {
  municipality: 0.1,
  townships: 0.5,
  published: 0.8,
  archived: 0.08,
  retiredVersion: 0.35,
  draftVersion: 0.1,
  quiz: 0.7,
  sessions: 0.2,
  isPublic: 0.15,
};
const requiredShare = (depth: number) => (depth === 0 ? 0.1 : depth === 1 ? 0.1 : 0.05);

type Ids = { next: (table: string) => number };

/** Ids handed out in order from each table's next free one. */
export async function idSource(ctx: FixtureContext, tables: readonly string[]): Promise<Ids> {
  const next = new Map<string, number>();
  for (const table of tables) next.set(table, await ctx.nextId(table));
  return {
    next: (table) => {
      const id = next.get(table);
      if (id === undefined) throw new Error(`training fixture: no ids for ${table}`);
      next.set(table, id + 1);
      return id;
    },
  };
}

/** Who acts for a unit: an officer there (any grant but member), else the nearest unit above that has one. */
export function officers(ctx: FixtureContext) {
  const byId = new Map(ctx.units.map((u) => [u.id, u]));
  const at = new Map<number, number>();
  for (const user of ctx.users)
    for (const g of user.grants) if (g.role !== 'member' && !at.has(g.unitId)) at.set(g.unitId, user.id);
  const memo = new Map<number, number | null>();
  const officerOf = (unitId: number): number | null => {
    let id = memo.get(unitId);
    if (id === undefined) {
      const parentId = byId.get(unitId)?.parentId;
      id = at.get(unitId) ?? (parentId === null || parentId === undefined ? null : officerOf(parentId));
      memo.set(unitId, id);
    }
    return id;
  };
  return { byId, officerOf };
}

/** Where each course is run: every township once first (so each has one), then by the shares. */
function placements(ctx: FixtureContext, count: number): FixtureUnit[] {
  const root = ctx.units.find((u) => u.depth === 0);
  if (!root) throw new Error('training fixture: no municipality');
  const townships = ctx.units.filter((u) => u.depth === 1).sort((a, b) => a.id - b.id);
  const branches = ctx.units.filter((u) => u.depth >= 2).sort((a, b) => a.id - b.id);
  const out: FixtureUnit[] = [root];
  for (const t of townships) if (out.length < count) out.push(t);
  while (out.length < count) {
    const r = ctx.random.next();
    out.push(
      r < share.municipality || !townships.length
        ? root
        : r < share.municipality + share.townships || !branches.length
          ? ctx.random.pick(townships)
          : ctx.random.pick(branches),
    );
  }
  return out;
}

/** 0..n-1 in a random order (Fisher-Yates), as the quizzes area shuffles a draw. */
export function shuffledPositions(ctx: FixtureContext, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = ctx.random.int(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const pickWeighted = <T>(ctx: FixtureContext, choices: readonly (readonly [T, number])[]) =>
  ctx.random.weighted(choices);

/** A question of the bank about `subject`, with its key as the quizzes area stores it (question-rules.ts). */
function drawQuestion(
  ctx: FixtureContext,
  id: number,
  subject: string,
): Omit<FxQuestion, 'row'> & { stem: string; options: string; answer: string } {
  const random = ctx.random;
  const kind = pickWeighted<QuestionKind>(ctx, [
    ['single', 5],
    ['multiple', 2],
    ['truefalse', 2],
    ['blank', 1],
  ]);
  const stem = random.pick(stems[kind]).replace('{s}', subject);
  if (kind === 'single' || kind === 'multiple') {
    const choices = kind === 'single' ? 4 : 4 + random.int(2);
    const start = random.int(optionTexts.length);
    const options = Array.from({ length: choices }, (_, i) => optionTexts[(start + i) % optionTexts.length] as string);
    // Multiple choice: two or three right options (distinct, in stored order).
    const right =
      kind === 'single' ? [random.int(choices)] : shuffledPositions(ctx, choices).slice(0, 2 + random.int(2));
    right.sort((a, b) => a - b);
    return {
      id,
      kind,
      choices,
      right,
      truth: false,
      accepted: [],
      asked: 0,
      correct: 0,
      stem,
      options: JSON.stringify(options),
      answer: JSON.stringify(right),
    };
  }
  if (kind === 'truefalse') {
    const truth = random.next() < 0.5;
    return {
      id,
      kind,
      choices: 0,
      right: [],
      truth,
      accepted: [],
      asked: 0,
      correct: 0,
      stem,
      options: '[]',
      answer: JSON.stringify(truth),
    };
  }
  const accepted = random.pick(blankAnswers);
  return {
    id,
    kind,
    choices: 0,
    right: [],
    truth: false,
    accepted,
    asked: 0,
    correct: 0,
    stem,
    options: '[]',
    answer: JSON.stringify(accepted),
  };
}

/** A day's time in Shanghai (UTC+8, no summer time): the day of `at`, at `hour`:`minute` local. */
const localTime = (at: number, hour: number, minute = 0) => {
  const day = Math.floor((at + 8 * hourMs) / dayMs);
  return day * dayMs - 8 * hourMs + hour * hourMs + minute * minuteMs;
};

export async function generateCatalogue(ctx: FixtureContext, ids: Ids, wanted: number): Promise<FxCourse[]> {
  const random = ctx.random;
  const now = ctx.now.getTime();
  const { officerOf } = officers(ctx);
  const courses: FxCourse[] = [];
  const rows = {
    Course: [] as FixtureValue[][],
    CourseVersion: [] as FixtureValue[][],
    CourseModule: [] as FixtureValue[][],
    Lesson: [] as FixtureValue[][],
    QuestionBank: [] as FixtureValue[][],
    Quiz: [] as FixtureValue[][],
  };
  for (const [i, unit] of placements(ctx, wanted).entries()) {
    const topic: Topic = random.pick(topics);
    const title = `${topic.title}${random.pick(editions)}`;
    const status =
      i === 0
        ? 'published'
        : pickWeighted<FxCourse['status']>(ctx, [
            ['published', share.published],
            ['archived', share.archived],
            ['draft', 1 - share.published - share.archived],
          ]);
    // The municipality's first course is required of everyone (so a small size has coverage to measure).
    const required = i === 0 || random.next() < requiredShare(unit.depth);
    const audience = unit.depth >= 2 && random.next() < 0.5 ? 'unit' : 'subtree';
    const createdAt = now - (30 + random.int(870)) * dayMs - random.int(8 * 60) * minuteMs;
    const hasQuiz = status !== 'draft' && random.next() < share.quiz;
    const minScore = hasQuiz ? (topic.category === 'safety' && random.next() < 0.5 ? 80 : 60) : null;
    const sessionsRequired = status !== 'draft' && random.next() < share.sessions ? 1 : 0;
    const id = ids.next('Course');
    const createdById = officerOf(unit.id);
    const course: FxCourse = {
      id,
      unit,
      title,
      status,
      audience,
      required,
      versions: [],
      minScore,
      sessionsRequired,
      questions: [],
      quizzes: [],
      sessions: [],
    };
    // Versions: the first published a few days after the course was made, a second some time later (the first
    // retired), and now and then a new draft on top of the current one; a draft course has only its draft.
    const firstPublished = createdAt + (1 + random.int(14)) * dayMs;
    const published = status === 'draft' ? [] : [firstPublished];
    if (status !== 'draft' && now - firstPublished > 60 * dayMs && random.next() < share.retiredVersion)
      published.push(firstPublished + Math.floor(random.next() * (now - firstPublished - 14 * dayMs)) + 7 * dayMs);
    const drafting = status === 'draft' || (status === 'published' && random.next() < share.draftVersion);
    const subjects = topic.subjects;
    let lessonsAt = 6 + random.int(5);
    const writeVersion = (number: number, versionStatus: string, publishedAt: number | null, made: number) => {
      const versionId = ids.next('CourseVersion');
      const modules = Math.min(subjects.length, 2 + random.int(2));
      const lessons: number[] = [];
      let position = 0;
      for (let m = 0; m < modules; m++) {
        const moduleId = ids.next('CourseModule');
        rows.CourseModule.push([moduleId, versionId, unit.id, m + 1, `第${m + 1}单元 ${subjects[m] as string}`]);
        const inModule = m === modules - 1 ? lessonsAt - position : Math.max(1, Math.round(lessonsAt / modules));
        for (let l = 0; l < inModule; l++) {
          const lessonId = ids.next('Lesson');
          position++;
          const kind = pickWeighted(ctx, lessonKinds);
          const subject = subjects[(m + l) % subjects.length] as string;
          const lessonTitle = `${subject}（${l + 1}）`;
          rows.Lesson.push([
            lessonId,
            versionId,
            moduleId,
            unit.id,
            position,
            kind,
            lessonTitle,
            kind === 'text'
              ? `<h2>${lessonTitle}</h2><p>本课讲解${subject}的要点和常见问题，结合本地工作实际举例说明。</p><ul><li>要点一：按规定程序办理</li><li>要点二：及时记录、归档</li></ul>`
              : `<p>阅读链接中的材料，了解${subject}。</p>`,
            kind === 'link' ? `https://www.12371.cn/special/xxjy/${id}-${position}/` : '',
            5 + random.int(26),
          ]);
          lessons.push(lessonId);
        }
      }
      rows.CourseVersion.push([
        versionId,
        id,
        unit.id,
        number,
        versionStatus,
        minScore,
        sessionsRequired,
        lessons.length,
        publishedAt === null ? null : new Date(publishedAt),
        new Date(made),
      ]);
      return { id: versionId, number, publishedAt: publishedAt ?? 0, lessons };
    };
    published.forEach((at, n) => {
      course.versions.push(writeVersion(n + 1, n === published.length - 1 ? 'published' : 'retired', at, at - dayMs));
      lessonsAt = Math.max(4, lessonsAt + random.int(3) - 1);
    });
    if (drafting) writeVersion(published.length + 1, 'draft', null, now - random.int(20) * dayMs - dayMs);
    const current = course.versions.at(-1);
    const updatedAt = Math.max(createdAt, current?.publishedAt ?? 0);
    rows.Course.push([
      id,
      unit.id,
      title,
      naturalKey(title),
      `${unit.name}面向${audience === 'unit' ? '本单位' : '本单位及下级单位'}党员干部开设的${topic.title}课程：${subjects.join('、')}。`,
      topic.category,
      audience,
      random.next() < share.isPublic,
      required,
      status,
      current?.id ?? null,
      createdById,
      new Date(createdAt),
      new Date(updatedAt),
    ]);
    if (hasQuiz) {
      const bankId = ids.next('QuestionBank');
      rows.QuestionBank.push([bankId, unit.id, id, `${topic.title}题库`, new Date(firstPublished - dayMs)]);
      const size = 15 + random.int(16);
      for (let q = 0; q < size; q++) {
        const drawn = drawQuestion(ctx, ids.next('Question'), subjects[q % subjects.length] as string);
        course.questions.push({
          ...drawn,
          row: [
            drawn.id,
            unit.id,
            bankId,
            drawn.kind,
            drawn.stem,
            drawn.options,
            drawn.answer,
            0,
            0,
            new Date(firstPublished - dayMs),
          ],
        });
      }
      const quizCount = 3 + random.int(3);
      for (let q = 0; q < quizCount; q++) {
        const final = q === quizCount - 1;
        const quiz: FxQuiz = {
          id: ids.next('Quiz'),
          title: final ? '结业测验' : `第${q + 1}单元测验`,
          questionCount: final ? 8 : 5,
          timeLimitMinutes: final ? 30 : 15,
          attemptsAllowed: 5 + random.int(6),
        };
        course.quizzes.push(quiz);
        rows.Quiz.push([
          quiz.id,
          unit.id,
          id,
          bankId,
          quiz.title,
          quiz.questionCount,
          quiz.timeLimitMinutes,
          quiz.attemptsAllowed,
          minScore,
          'published',
          new Date(firstPublished - dayMs),
        ]);
      }
    }
    if (sessionsRequired > 0) {
      // A session every four to six weeks from the first publication to six weeks ahead, mornings or afternoons.
      const trainerId = officerOf(unit.id);
      let at = firstPublished + (7 + random.int(21)) * dayMs;
      let n = 0;
      while (at < now + 42 * dayMs) {
        n++;
        const morning = random.next() < 0.6;
        const startsAt = localTime(at, morning ? 9 : 14, morning ? 0 : 30);
        const endsAt = startsAt + (2 + random.int(2)) * hourMs;
        const cancelled = random.next() < 0.05;
        const session: FxSession = {
          id: ids.next('TrainingSession'),
          startsAt,
          endsAt,
          cancelled,
          booked: 0,
          row: [],
        };
        session.row = [
          session.id,
          unit.id,
          id,
          `${title}面授课（第${n}期）`,
          random.pick(sessionPlaces),
          new Date(startsAt),
          new Date(endsAt),
          0,
          0,
          trainerId,
          cancelled ? 'cancelled' : 'scheduled',
          new Date(Math.max(createdAt, startsAt - (14 + random.int(14)) * dayMs)),
        ];
        course.sessions.push(session);
        at += (28 + random.int(15)) * dayMs;
      }
    }
    courses.push(course);
  }
  await ctx.insert('Course', courseColumns, rows.Course);
  await ctx.insert('CourseVersion', versionColumns, rows.CourseVersion);
  await ctx.insert('CourseModule', moduleColumns, rows.CourseModule);
  await ctx.insert('Lesson', lessonColumns, rows.Lesson);
  await ctx.insert('QuestionBank', bankColumns, rows.QuestionBank);
  await ctx.insert('Quiz', quizColumns, rows.Quiz);
  return courses;
}
