// The training team's codes and limits, the same in the browser's forms and the server's schemas.

/** What a course is about (the catalogue's filter). */
export const trainingCategories = ['site', 'safety', 'office', 'member', 'other'] as const;
export type TrainingCategory = (typeof trainingCategories)[number];

/** Who may enrol: the running unit's own people, or the units below it too. */
export const courseAudiences = ['unit', 'subtree'] as const;
export type CourseAudience = (typeof courseAudiences)[number];

/** draft (never published) -> published -> archived (no new enrolments; learners in progress go on). */
export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

/** A version: edited as a draft, published (the course's current one), retired when the next is published. */
export const versionStatuses = ['draft', 'published', 'retired'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const lessonKinds = ['text', 'file', 'video', 'link'] as const;
export type LessonKind = (typeof lessonKinds)[number];

export const enrolmentStatuses = ['enrolled', 'in_progress', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/** Enrolled by the learner, or assigned by an admin of their unit (with a due day). */
export const enrolmentSources = ['self', 'assigned'] as const;
export type EnrolmentSource = (typeof enrolmentSources)[number];

export const trainingSessionStatuses = ['scheduled', 'cancelled'] as const;
export type TrainingSessionStatus = (typeof trainingSessionStatuses)[number];

/** Single choice, multiple choice, true/false, fill in the blank. */
export const questionKinds = ['single', 'multiple', 'truefalse', 'blank'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const quizStatuses = ['draft', 'published', 'closed'] as const;
export type QuizStatus = (typeof quizStatuses)[number];

export const attemptStatuses = ['open', 'submitted', 'expired'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

export const trainingLimits = {
  titleMax: 100,
  summaryMax: 500,
  /** A text lesson's body, as sanitised HTML. */
  bodyMax: 200_000,
  modulesPerVersion: 50,
  lessonsPerVersion: 200,
  urlMax: 2000,
  lessonMinutesMax: 600,
  /** Classroom sessions a version's completion may ask for. */
  sessionsRequiredMax: 20,
  placeMax: 100,
  capacityMax: 1000,
  /** A classroom session's length, start to end. */
  sessionHoursMax: 12,
  bankNameMax: 100,
  stemMax: 1000,
  explanationMax: 1000,
  optionMax: 200,
  optionsMin: 2,
  optionsMax: 10,
  /** Accepted texts of a fill-in-the-blank question. */
  blankAnswersMax: 5,
  blankAnswerMax: 100,
  questionsPerQuizMax: 100,
  /** A question's points (a quiz's score is the points of the right answers over the points asked). */
  questionPointsMax: 10,
  timeLimitMinutesMax: 240,
  attemptsMax: 10,
  /** A submission this long after an attempt's deadline still counts (the network's delay, not the learner's). */
  submissionGraceSeconds: 5,
  /** Learners an admin assigns a course to at once. */
  assignAtOnceMax: 500,
  /** Why a certificate was revoked (kept in the audit log). */
  revokeReasonMax: 200,
} as const;
