// A learner's side as the training procedures answer it, for the learner's pages' tests.
import type {
  AttemptReview,
  AttemptView,
  CatalogueRow,
  OwnCertificate,
  OwnCourse,
  OwnEnrolment,
  OwnLesson,
  OwnQuiz,
  UpcomingSession,
} from './learn-types';

export const page = <T>(items: T[]) => ({ items, total: items.length, totalIsBound: false });

/** A day `days` from now, as the server writes due days (close enough to Asia/Shanghai for whole days ahead). */
export function dayFromNow(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

export function enrolment(courseId: number, changes: Partial<OwnEnrolment> = {}): OwnEnrolment {
  return {
    id: courseId * 10,
    courseId,
    courseTitle: '网站内容安全规范',
    category: 'site',
    courseUnitName: '城关镇',
    status: 'in_progress',
    progress: 40,
    source: 'self',
    dueOn: null,
    overdue: false,
    enrolledAt: '2026-11-02T02:00:00.000Z',
    completedAt: null,
    certificateNumber: null,
    ...changes,
  };
}

export function catalogueRow(id: number, changes: Partial<CatalogueRow> = {}): CatalogueRow {
  return {
    id,
    title: '保密常识',
    summary: '日常工作中的保密要求',
    category: 'safety',
    unitId: 2,
    unitName: '城关镇',
    required: false,
    lessonCount: 4,
    minutes: 45,
    enrolment: null,
    ...changes,
  };
}

export function ownCourse(changes: Partial<OwnCourse> = {}): OwnCourse {
  return {
    enrolmentId: 50,
    course: { id: 5, title: '网站内容安全规范', summary: '发布前的审校要求', category: 'site', unitName: '城关镇' },
    versionNumber: 2,
    status: 'in_progress',
    source: 'self',
    dueOn: null,
    overdue: false,
    enrolledAt: '2026-11-02T02:00:00.000Z',
    completedAt: null,
    progress: 40,
    criteria: { lessonsRequired: true, lessonCount: 3, minScore: 60, sessionsRequired: 1 },
    figures: { lessonsDone: 1, bestScore: null, sessionsAttended: 0 },
    modules: [
      {
        id: 1,
        title: '第一单元',
        lessons: [
          { id: 11, title: '审校流程', kind: 'text', minutes: 10, done: true },
          { id: 12, title: '操作视频', kind: 'video', minutes: 8, done: false },
        ],
      },
      { id: 2, title: '第二单元', lessons: [{ id: 13, title: '规范全文', kind: 'file', minutes: 0, done: false }] },
    ],
    certificate: null,
    ...changes,
  };
}

export function ownLesson(changes: Partial<OwnLesson> = {}): OwnLesson {
  return {
    id: 12,
    enrolmentId: 50,
    courseId: 5,
    moduleTitle: '第一单元',
    title: '操作视频',
    kind: 'video',
    body: '',
    minutes: 8,
    file: { id: 300, name: '审校演示.mp4', kind: 'video', mime: 'video/mp4', size: 52_428_800, url: '/files/300' },
    url: '',
    done: false,
    previousId: 11,
    nextId: 13,
    ...changes,
  };
}

export function ownQuiz(changes: Partial<OwnQuiz> = {}): OwnQuiz {
  return {
    id: 8,
    title: '结业测验',
    status: 'published',
    questionCount: 3,
    timeLimitMinutes: 20,
    attemptsAllowed: 3,
    passScore: 60,
    attemptsUsed: 0,
    attemptsLeft: 3,
    bestScore: null,
    passed: false,
    openAttempt: null,
    attempts: [],
    ...changes,
  };
}

export const questions: AttemptView['questions'] = [
  { questionId: 101, kind: 'single', stem: '发布前由谁审校？', choices: ['作者', '审校人', '任何人'], points: 2 },
  {
    questionId: 102,
    kind: 'multiple',
    stem: '哪些属于敏感信息？',
    choices: ['身份证号', '单位名称', '手机号'],
    points: 2,
  },
  { questionId: 103, kind: 'truefalse', stem: '草稿可以直接发布。', choices: [], points: 1 },
  { questionId: 104, kind: 'blank', stem: '审校记录保存____年。', choices: [], points: 1 },
];

export function attemptView(changes: Partial<AttemptView> = {}): AttemptView {
  return {
    id: 70,
    quizId: 8,
    quizTitle: '结业测验',
    number: 1,
    startedAt: '2026-12-01T02:00:00.000Z',
    dueAt: '2026-12-01T02:20:00.000Z',
    secondsLeft: 1200,
    status: 'open',
    questions,
    ...changes,
  };
}

export function review(changes: Partial<AttemptReview> = {}): AttemptReview {
  return {
    id: 70,
    quizId: 8,
    quizTitle: '结业测验',
    number: 1,
    status: 'submitted',
    startedAt: '2026-12-01T02:00:00.000Z',
    submittedAt: '2026-12-01T02:10:00.000Z',
    score: 67,
    passScore: 60,
    passed: true,
    correctCount: 3,
    questions: [
      { ...questions[0]!, given: [1], answer: [1], right: true, explanation: '审校人负责发布前审校' },
      { ...questions[1]!, given: [0], answer: [0, 2], right: false, explanation: '手机号也是个人信息' },
      { ...questions[2]!, given: false, answer: false, right: true, explanation: '' },
      { ...questions[3]!, given: '3', answer: ['3', '三'], right: true, explanation: '至少三年' },
    ],
    ...changes,
  };
}

export function upcoming(id: number, changes: Partial<UpcomingSession> = {}): UpcomingSession {
  return {
    id,
    courseId: 5,
    courseTitle: '网站内容安全规范',
    title: '审校实操课',
    place: '三楼会议室',
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 3 * 86_400_000 + 7_200_000).toISOString(),
    status: 'scheduled',
    trainerName: '李老师',
    capacity: 30,
    placesLeft: 12,
    mySeat: null,
    ...changes,
  };
}

export function certificate(id: number, changes: Partial<OwnCertificate> = {}): OwnCertificate {
  return {
    id,
    number: 'PX2026-000123',
    courseId: 5,
    courseTitle: '网站内容安全规范',
    courseUnitName: '城关镇',
    issuedAt: '2026-11-30T08:00:00.000Z',
    revoked: false,
    ...changes,
  };
}
