// Taking a quiz (`learn/:courseId/quizzes/:quizId`): its terms and my attempts, then an attempt (a new one, or the one
// under way, which goes on where it was): the drawn questions by kind, a countdown from the server's `secondsLeft`,
// my answers kept in the page and in the tab's sessionStorage (a reload loses nothing), submitted when I say so
// (asked first) or when the time runs out. Then the result: the score, passed or not, each question with my answer,
// the right answer and its explanation (the submission's answer, or `quizzes.review` for `?review=<attemptId>`).
// Refusals (the time up, submitted already, no attempt left, the quiz closed) show in the server's words.

import { ErrorAlert, errorMessage, PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PassTag, termsText } from '../quizzes/quiz-tags';
import { useTRPC } from '../trpc';
import { learnPath, myCoursePath, quizPath, routeId, tabular } from './learn-parts';
import type { AttemptReview, AttemptView, Given, OwnQuiz } from './learn-types';
import {
  type Answers,
  answered,
  clockText,
  forgetAnswers,
  keepAnswers,
  readAnswers,
  submission,
  useSecondsLeft,
} from './quiz-answers';
import { QuestionCard } from './quiz-questions';
import { ReviewedQuestions, ReviewSummary } from './quiz-review';

const codeOf = (error: unknown) => (error as { data?: { code?: unknown } | null } | null)?.data?.code;

export function QuizTakePage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const params = useParams();
  const courseId = routeId(params.courseId);
  const quizId = routeId(params.quizId);
  const [search] = useAddressParams();
  const reviewId = routeId(search.get('review') ?? undefined);
  const quizzes = useQuery({
    ...trpc.training.quizzes.mine.queryOptions({ courseId: courseId ?? 0 }),
    enabled: courseId !== undefined,
  });
  const course = useQuery({
    ...trpc.training.learning.course.queryOptions({ courseId: courseId ?? 0 }),
    enabled: courseId !== undefined,
  });
  const quiz = quizzes.data?.find((q) => q.id === quizId);
  const coursePath = courseId !== undefined ? myCoursePath(basePath, courseId) : learnPath(basePath);
  const crumbs = [
    { title: t('learn.title'), path: learnPath(basePath) },
    ...(courseId !== undefined
      ? [{ title: course.data?.course.title ?? t('learn.course.title'), path: coursePath }]
      : []),
  ];
  const title = quiz?.title ?? t('learn.quiz.title');
  const frame = (body: ReactNode, testId?: string) => (
    <PageFrame title={title} breadcrumbs={crumbs} testId={testId}>
      <div data-own>{body}</div>
    </PageFrame>
  );
  const missing = (
    <Alert
      type="warning"
      showIcon
      title={
        courseId !== undefined && codeOf(quizzes.error) === 'NOT_FOUND'
          ? errorMessage(quizzes.error, t)
          : t('learn.quiz.notFound')
      }
      action={<Link to={coursePath}>{t('learn.lesson.toCourse')}</Link>}
      data-testid="quiz-not-found"
    />
  );

  if (courseId === undefined || quizId === undefined) return frame(missing, 'quiz-page');
  if (reviewId !== undefined)
    return frame(
      <ReviewLoader attemptId={reviewId} quiz={quiz} basePath={basePath} courseId={courseId} quizId={quizId} />,
      'quiz-page',
    );
  if (codeOf(quizzes.error) === 'NOT_FOUND') return frame(missing, 'quiz-page');
  if (quizzes.error) return frame(<ErrorAlert error={quizzes.error} onRetry={() => void quizzes.refetch()} />);
  if (quizzes.data === undefined) return <Skeleton active />;
  if (!quiz) return frame(missing, 'quiz-page');
  return frame(<QuizFlow quiz={quiz} basePath={basePath} courseId={courseId} />, 'quiz-page');
}

type FlowProps = { quiz: OwnQuiz; basePath: string; courseId: number };

/** The quiz's start, or the attempt under way; the result once submitted (the address then names it for a reload). */
function QuizFlow({ quiz, basePath, courseId }: FlowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The attempt started here; else the one under way the server knows of.
  const [started, setStarted] = useState<number>();
  const attemptId = started ?? quiz.openAttempt?.id;
  const onStarted = (view: AttemptView) => {
    queryClient.setQueryData(trpc.training.quizzes.attempt.queryKey({ id: view.id }), view);
    setStarted(view.id);
    void queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.mine.queryKey() });
  };
  const onSubmitted = (review: AttemptReview) => {
    queryClient.setQueryData(trpc.training.quizzes.review.queryKey({ id: review.id }), review);
    navigate(quizPath(basePath, courseId, quiz.id, review.id), { replace: true });
    // What the result changes: the quiz's figures, the course's progress, perhaps a certificate (not the result).
    for (const queryKey of [
      trpc.training.quizzes.mine.pathKey(),
      trpc.training.learning.pathKey(),
      trpc.training.certificates.pathKey(),
    ])
      void queryClient.invalidateQueries({ queryKey });
  };
  const onAgain = () => {
    setStarted(undefined);
    void queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.mine.queryKey() });
  };
  if (attemptId === undefined)
    return <QuizIntro quiz={quiz} basePath={basePath} courseId={courseId} onStarted={onStarted} />;
  return (
    <AttemptRunner
      key={attemptId}
      attemptId={attemptId}
      quiz={quiz}
      basePath={basePath}
      courseId={courseId}
      onSubmitted={onSubmitted}
      onAgain={onAgain}
    />
  );
}

type IntroProps = FlowProps & { onStarted: (view: AttemptView) => void };

/** The quiz's terms and my attempts so far; starting one (asked first: its time runs from then). */
function QuizIntro({ quiz, basePath, courseId, onStarted }: IntroProps) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const start = useMutation(trpc.training.quizzes.start.mutationOptions({ onSuccess: onStarted }));
  const open = quiz.status === 'published' && quiz.attemptsLeft > 0;
  const askStart = () =>
    modal.confirm({
      title: t('learn.quiz.startTitle', { number: quiz.attemptsUsed + 1, allowed: quiz.attemptsAllowed }),
      content: t('learn.quiz.startText', { minutes: quiz.timeLimitMinutes }),
      okText: t('learn.quiz.start'),
      okButtonProps: { 'data-testid': 'quiz-start-ok' } as ButtonProps,
      onOk: () => start.mutateAsync({ quizId: quiz.id }).catch(() => undefined),
    });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }} data-testid="quiz-intro">
      <Card size="small">
        <Flex vertical gap={12}>
          <Typography.Text>{termsText(t, quiz)}</Typography.Text>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'attempts',
                label: t('learn.quiz.attemptsLabel'),
                children: (
                  <span style={tabular} data-testid="quiz-intro-attempts">
                    {t('learn.quizzes.attempts', {
                      used: quiz.attemptsUsed,
                      allowed: quiz.attemptsAllowed,
                      left: quiz.attemptsLeft,
                    })}
                  </span>
                ),
              },
              {
                key: 'best',
                label: t('learn.quiz.bestLabel'),
                children: (
                  <Flex wrap gap={8} align="center">
                    <span style={tabular}>
                      {quiz.bestScore === null
                        ? t('learn.quizzes.noScore')
                        : t('common.score', { score: quiz.bestScore })}
                    </span>
                    {quiz.bestScore !== null && <PassTag passed={quiz.passed} />}
                  </Flex>
                ),
              },
            ]}
          />
          {open ? (
            <Typography.Text type="secondary">
              {t('learn.quiz.rules', { minutes: quiz.timeLimitMinutes })}
            </Typography.Text>
          ) : (
            <Alert
              type="info"
              showIcon
              title={quiz.status === 'closed' ? t('learn.quizzes.closed') : t('learn.quizzes.noAttemptsLeft')}
              data-testid="quiz-intro-closed"
            />
          )}
          {start.isError && (
            <Alert
              type="error"
              showIcon
              title={t('learn.quiz.startFailed')}
              description={errorMessage(start.error, t)}
              data-testid="quiz-start-failed"
            />
          )}
          <Flex wrap gap={8}>
            {open && (
              <Button type="primary" loading={start.isPending} onClick={askStart} data-testid="quiz-start">
                {quiz.attemptsUsed > 0 ? t('learn.quizzes.again') : t('learn.quizzes.start')}
              </Button>
            )}
            <Button onClick={() => navigate(myCoursePath(basePath, courseId))} data-neutral>
              {t('learn.lesson.toCourse')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}

type RunnerProps = FlowProps & {
  attemptId: number;
  onSubmitted: (review: AttemptReview) => void;
  onAgain: () => void;
};

/** One attempt: answering while it is open; what the server said once it is not (expired, submitted elsewhere). */
function AttemptRunner({ attemptId, quiz, basePath, courseId, onSubmitted, onAgain }: RunnerProps) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Read again after a while away (the phone asleep, another tab): the time left as the server counts it.
  const attempt = useQuery({ ...trpc.training.quizzes.attempt.queryOptions({ id: attemptId }), staleTime: 30_000 });
  const submit = useMutation(
    trpc.training.quizzes.submit.mutationOptions({
      onSuccess: (review) => {
        forgetAnswers(attemptId);
        onSubmitted(review);
      },
      // Refused (the time up, submitted already): the attempt's state as it is now.
      onError: () =>
        queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.attempt.queryKey({ id: attemptId }) }),
    }),
  );
  const status = attempt.data?.status;
  useEffect(() => {
    if (status === 'submitted') navigate(quizPath(basePath, courseId, quiz.id, attemptId), { replace: true });
  }, [status, navigate, basePath, courseId, quiz.id, attemptId]);
  const refusal = submit.isError && (
    <Alert
      type="error"
      showIcon
      title={t('learn.quiz.submitFailed')}
      description={errorMessage(submit.error, t)}
      data-testid="quiz-submit-failed"
    />
  );

  if (attempt.error)
    return codeOf(attempt.error) === 'NOT_FOUND' ? (
      <Alert type="warning" showIcon title={errorMessage(attempt.error, t)} data-testid="quiz-attempt-missing" />
    ) : (
      <ErrorAlert error={attempt.error} onRetry={() => void attempt.refetch()} />
    );
  if (attempt.data === undefined || status === 'submitted') return <Skeleton active />;
  if (status === 'expired') {
    const again = quiz.status === 'published' && quiz.attemptsLeft > 0;
    return (
      <Flex vertical gap={16} style={{ maxWidth: 720 }}>
        {refusal}
        <Alert
          type="warning"
          showIcon
          title={t('learn.quiz.expired', { number: attempt.data.number })}
          description={t('learn.quiz.expiredText')}
          data-testid="quiz-expired"
        />
        <Flex wrap gap={8}>
          {again && (
            <Button type="primary" onClick={onAgain} data-testid="quiz-again">
              {t('learn.quizzes.again')}
            </Button>
          )}
          <Button onClick={() => navigate(myCoursePath(basePath, courseId))} data-neutral>
            {t('learn.lesson.toCourse')}
          </Button>
        </Flex>
      </Flex>
    );
  }
  return (
    <AttemptForm
      attempt={attempt.data}
      receivedAt={attempt.dataUpdatedAt}
      sending={submit.isPending}
      refusal={refusal || null}
      onSubmit={(answers) =>
        submit.mutate({ id: attemptId, answers: submission(attempt.data?.questions ?? [], answers) })
      }
    />
  );
}

type FormProps = {
  attempt: AttemptView;
  receivedAt: number;
  sending: boolean;
  refusal: ReactNode;
  onSubmit: (answers: Answers) => void;
};

/** The questions with my answers, the time left, and the submission (asked first; by itself when the time is up). */
function AttemptForm({ attempt, receivedAt, sending, refusal, onSubmit }: FormProps) {
  const { t } = useTranslation('training');
  const { modal, message } = App.useApp();
  const { questions } = attempt;
  const [answers, setAnswers] = useState<Answers>(() => readAnswers(attempt.id, questions));
  const left = useSecondsLeft(attempt.secondsLeft, receivedAt);
  // The time ran out and the answers went by themselves: once.
  const sentAtZero = useRef(false);
  const count = questions.filter((q) => answered(answers[q.questionId])).length;

  const answer = useCallback(
    (questionId: number, given: Given) =>
      setAnswers((now) => {
        const next = { ...now, [questionId]: given };
        keepAnswers(attempt.id, next);
        return next;
      }),
    [attempt.id],
  );
  // The time is up: what is answered goes (the server still takes it for a few seconds past the deadline).
  const latest = useRef(answers);
  latest.current = answers;
  useEffect(() => {
    if (left > 0 || sentAtZero.current) return;
    sentAtZero.current = true;
    message.warning(t('learn.quiz.timeUpSent'));
    onSubmit(latest.current);
  });
  const askSubmit = () =>
    modal.confirm({
      title: t('learn.quiz.submitTitle'),
      content:
        count < questions.length
          ? t('learn.quiz.submitUnanswered', { count: questions.length - count })
          : t('learn.quiz.submitText'),
      okText: t('learn.quiz.submit'),
      okButtonProps: { 'data-testid': 'quiz-submit-ok' } as ButtonProps,
      onOk: () => onSubmit(latest.current),
    });
  const urgent = left <= 60;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 820 }} data-testid="quiz-attempt">
      <div
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          padding: '8px 12px',
          background: 'var(--ant-color-bg-container, #fff)',
          border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
          borderRadius: 8,
        }}
      >
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex vertical>
            <Typography.Text
              strong
              type={urgent ? 'danger' : undefined}
              style={{ fontSize: 18, ...tabular }}
              role="timer"
              aria-live={urgent ? 'polite' : 'off'}
              aria-label={t('learn.quiz.timeLeft', { time: clockText(left) })}
              data-testid="quiz-countdown"
            >
              {clockText(left)}
            </Typography.Text>
            <Typography.Text type="secondary" style={tabular} data-testid="quiz-answered">
              {t('learn.quiz.progress', { number: attempt.number, count, total: questions.length })}
            </Typography.Text>
          </Flex>
          <Button type="primary" loading={sending} onClick={askSubmit} data-testid="quiz-submit">
            {t('learn.quiz.submit')}
          </Button>
        </Flex>
      </div>
      {refusal}
      <Typography.Text type="secondary">{t('learn.quiz.keptNote')}</Typography.Text>
      {questions.map((question, index) => (
        <QuestionCard
          key={question.questionId}
          question={question}
          number={index + 1}
          given={answers[question.questionId]}
          onAnswer={(given) => answer(question.questionId, given)}
          disabled={sending || left === 0}
        />
      ))}
      <Flex justify="flex-end">
        <Button type="primary" loading={sending} onClick={askSubmit} data-testid="quiz-submit-bottom">
          {t('learn.quiz.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}

type ReviewProps = {
  attemptId: number;
  quiz: OwnQuiz | undefined;
  basePath: string;
  courseId: number;
  quizId: number;
};

/** A submitted attempt's result (in the cache already after a submission; never changes, so never read again). */
function ReviewLoader({ attemptId, quiz, basePath, courseId, quizId }: ReviewProps) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const review = useQuery({ ...trpc.training.quizzes.review.queryOptions({ id: attemptId }), staleTime: Infinity });
  if (review.error)
    return (
      <Alert
        type="warning"
        showIcon
        title={errorMessage(review.error, t)}
        action={<Link to={quizPath(basePath, courseId, quizId)}>{t('learn.quiz.toQuiz')}</Link>}
        data-testid="quiz-review-refused"
      />
    );
  if (review.data === undefined) return <Skeleton active />;
  const again = quiz !== undefined && quiz.status === 'published' && quiz.attemptsLeft > 0 && !quiz.openAttempt;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 820 }}>
      <ReviewSummary review={review.data} />
      <Flex wrap gap={8}>
        <Button onClick={() => navigate(myCoursePath(basePath, courseId))} data-neutral data-testid="quiz-to-course">
          {t('learn.lesson.toCourse')}
        </Button>
        {again && (
          <Button onClick={() => navigate(quizPath(basePath, courseId, quizId))} data-testid="quiz-retake">
            {t('learn.quiz.retake', { left: quiz.attemptsLeft })}
          </Button>
        )}
      </Flex>
      <ReviewedQuestions review={review.data} />
    </Flex>
  );
}
