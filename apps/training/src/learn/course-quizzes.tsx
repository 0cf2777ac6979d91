// A course's quizzes as its learner sees them: each one's terms, the attempts used and left, the best score and
// whether it passed; go on with the attempt under way, or start one while attempts are left and the quiz is open;
// review each submitted attempt (its answers, the right ones and the explanations).
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PassTag, QuizStatusTag, termsText } from '../quizzes/quiz-tags';
import { useTRPC } from '../trpc';
import { CardGrid, quizPath, tabular } from './learn-parts';
import type { OwnQuiz } from './learn-types';

export function CourseQuizzes({ basePath, courseId }: { basePath: string; courseId: number }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const quizzes = useQuery(trpc.training.quizzes.mine.queryOptions({ courseId }));
  if (quizzes.error) return <ErrorAlert error={quizzes.error} onRetry={() => void quizzes.refetch()} />;
  if (quizzes.data === undefined) return <Skeleton active />;
  if (quizzes.data.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('learn.quizzes.none')}
        data-testid="course-quizzes-empty"
      />
    );
  return (
    <CardGrid
      items={quizzes.data}
      itemKey={(quiz) => quiz.id}
      render={(quiz) => <QuizCard quiz={quiz} basePath={basePath} courseId={courseId} />}
      testId="course-quizzes"
    />
  );
}

function QuizCard({ quiz, basePath, courseId }: { quiz: OwnQuiz; basePath: string; courseId: number }) {
  const { t, i18n } = useTranslation('training');
  const navigate = useNavigate();
  const path = quizPath(basePath, courseId, quiz.id);
  const canStart = quiz.openAttempt === null && quiz.status === 'published' && quiz.attemptsLeft > 0;
  const submitted = quiz.attempts.filter((a) => a.status === 'submitted');
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={quiz.title}
      extra={quiz.status === 'closed' && <QuizStatusTag status="closed" />}
      data-testid={`course-quiz-${quiz.id}`}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{termsText(t, quiz)}</Typography.Text>
        <Typography.Text style={tabular} data-testid={`course-quiz-attempts-${quiz.id}`}>
          {t('learn.quizzes.attempts', {
            used: quiz.attemptsUsed,
            allowed: quiz.attemptsAllowed,
            left: quiz.attemptsLeft,
          })}
        </Typography.Text>
        <Flex wrap gap={8} align="center">
          <Typography.Text style={tabular} data-testid={`course-quiz-best-${quiz.id}`}>
            {quiz.bestScore === null
              ? t('learn.quizzes.noScore')
              : t('learn.quizzes.bestScore', { score: quiz.bestScore })}
          </Typography.Text>
          {quiz.bestScore !== null && <PassTag passed={quiz.passed} />}
        </Flex>
        {submitted.length > 0 && (
          <Flex wrap gap={8} align="center">
            <Typography.Text type="secondary">{t('learn.quizzes.review')}</Typography.Text>
            {submitted.map((a) => (
              <Link
                key={a.id}
                to={quizPath(basePath, courseId, quiz.id, a.id)}
                title={a.submittedAt ? formatDateTime(a.submittedAt, i18n.language) : undefined}
                data-testid={`course-quiz-review-${a.id}`}
              >
                {t('learn.quizzes.attemptScore', { number: a.number, score: a.score ?? 0 })}
              </Link>
            ))}
          </Flex>
        )}
        <Flex justify="flex-end">
          {quiz.openAttempt ? (
            <Button
              type="primary"
              size="small"
              onClick={() => navigate(path)}
              data-testid={`course-quiz-continue-${quiz.id}`}
            >
              {t('learn.quizzes.continue', { number: quiz.openAttempt.number })}
            </Button>
          ) : canStart ? (
            <Button
              type={quiz.passed ? 'default' : 'primary'}
              size="small"
              onClick={() => navigate(path)}
              data-testid={`course-quiz-start-${quiz.id}`}
            >
              {quiz.attemptsUsed > 0 ? t('learn.quizzes.again') : t('learn.quizzes.start')}
            </Button>
          ) : (
            <Typography.Text type="secondary" data-testid={`course-quiz-no-start-${quiz.id}`}>
              {quiz.status === 'closed' ? t('learn.quizzes.closed') : t('learn.quizzes.noAttemptsLeft')}
            </Typography.Text>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
