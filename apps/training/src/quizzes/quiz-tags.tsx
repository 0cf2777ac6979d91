// The quizzes area's states as tags of antd's preset colours (never the status colours, whose light text on white
// reads poorly), in the reader's words; and the small texts several of its pages write the same way.
import type { AttemptStatus, QuizStatus } from '@strata/contract';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const quizColours: Record<QuizStatus, string> = { draft: 'gold', published: 'green', closed: 'default' };
const attemptColours: Record<AttemptStatus, string> = { open: 'blue', submitted: 'default', expired: 'orange' };

const tagStyle = { marginInlineEnd: 0 } as const;

export function QuizStatusTag({ status, testId }: { status: QuizStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={quizColours[status]} data-testid={testId} style={tagStyle}>
      {t(`common.quizStatus.${status}`)}
    </Tag>
  );
}

export function AttemptStatusTag({ status, testId }: { status: AttemptStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={attemptColours[status]} data-testid={testId} style={tagStyle}>
      {t(`common.attemptStatus.${status}`)}
    </Tag>
  );
}

/** A submitted attempt's verdict against the quiz's pass score. */
export function PassTag({ passed, testId }: { passed: boolean; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={passed ? 'green' : 'red'} data-testid={testId} style={tagStyle}>
      {t(passed ? 'quizzes.results.passed' : 'quizzes.results.failed')}
    </Tag>
  );
}

/** Where a course's quizzes tab is: the way back from a bank's page and a quiz's results. */
export const courseQuizzesPath = (basePath: string, courseId: number) => `${basePath}/courses/${courseId}?tab=quizzes`;
/** A bank's page (it reads its course from the server). */
export const bankPath = (basePath: string, bankId: number) => `${basePath}/banks/${bankId}`;
/** A quiz's results page (its heading, the quiz's terms and its course, read from the server likewise). */
export const resultsPath = (basePath: string, quizId: number) => `${basePath}/quizzes/${quizId}`;

/** "75%", or a dash before anyone was asked. */
export const rateText = (t: TFunction, correct: number, asked: number) =>
  asked > 0 ? t('training:common.percent', { value: Math.round((correct * 100) / asked) }) : t('training:common.none');

/** A quiz's terms in a line: "每次 10 题 · 限时 30 分钟 · 及格 60 分 · 可作答 3 次". */
export const termsText = (
  t: TFunction,
  quiz: { questionCount: number; timeLimitMinutes: number; passScore: number; attemptsAllowed: number },
) =>
  t('training:quizzes.terms', {
    count: quiz.questionCount,
    minutes: quiz.timeLimitMinutes,
    pass: quiz.passScore,
    attempts: quiz.attemptsAllowed,
  });
