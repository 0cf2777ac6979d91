// My page of a course (`learn/:courseId`): my progress and what completion asks (every lesson, a quiz score, classroom
// sessions) with what I have done of each; the modules and lessons with ticks on those done, each opening its page;
// the course's quizzes and classroom sessions; my certificate once completed; withdrawing (a course I enrolled in
// myself and have not completed; asked first). A course I am not enrolled in offers to enrol (the server says whether
// it is open to me); one I withdrew from, to enrol again where I left off.
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, errorMessage, PageFrame } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EnrolmentStatusTag, ProgressBar } from '../enrolments/enrolment-parts';
import { useTRPC } from '../trpc';
import { CourseQuizzes } from './course-quizzes';
import { CertificateLink, DueNote, learnPath, lessonPath, routeId, SourceTag, tabular } from './learn-parts';
import type { OwnCourse } from './learn-types';
import { MySessions } from './my-sessions';

const isNotFound = (error: unknown) =>
  (error as { data?: { code?: unknown } | null } | null)?.data?.code === 'NOT_FOUND';

export function LearnCoursePage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const courseId = routeId(useParams().courseId);
  const course = useQuery({
    ...trpc.training.learning.course.queryOptions({ courseId: courseId ?? 0 }),
    enabled: courseId !== undefined,
  });
  const crumbs = [{ title: t('learn.title'), path: learnPath(basePath) }];
  if (courseId === undefined || isNotFound(course.error))
    return <NotEnrolled basePath={basePath} courseId={courseId} />;
  if (course.error)
    return (
      <PageFrame title={t('learn.course.title')} breadcrumbs={crumbs}>
        <ErrorAlert error={course.error} onRetry={() => void course.refetch()} />
      </PageFrame>
    );
  if (course.data === undefined) return <Skeleton active />;
  return <CourseView course={course.data} basePath={basePath} />;
}

/** A course I hold no enrolment in (or an address naming none): enrol, if the server finds it open to me. */
function NotEnrolled({ basePath, courseId }: { basePath: string; courseId: number | undefined }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const enrol = useMutation(
    trpc.training.learning.enrol.mutationOptions({
      onSuccess: async () => {
        message.success(t('learn.catalogue.enrolled'));
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
    }),
  );
  const closed = isNotFound(enrol.error) || courseId === undefined;
  const askEnrol = (id: number) =>
    modal.confirm({
      title: t('learn.course.enrolTitle'),
      content: t('learn.catalogue.enrolText'),
      okText: t('learn.catalogue.enrol'),
      okButtonProps: { 'data-testid': 'course-enrol-ok' } as ButtonProps,
      onOk: () => enrol.mutateAsync({ courseId: id }).catch(() => undefined),
    });
  return (
    <PageFrame
      title={t('learn.course.title')}
      breadcrumbs={[{ title: t('learn.title'), path: learnPath(basePath) }]}
      testId="course-not-enrolled"
    >
      <div data-own>
        <Card size="small">
          <Flex vertical gap={12} align="flex-start">
            <Alert
              type={closed ? 'warning' : 'info'}
              showIcon
              title={closed ? t('learn.course.notOpen') : t('learn.course.notEnrolled')}
              description={enrol.error ? errorMessage(enrol.error, t) : t('learn.course.notEnrolledText')}
              style={{ alignSelf: 'stretch' }}
              data-testid="course-not-enrolled-note"
            />
            <Flex wrap gap={8}>
              {!closed && courseId !== undefined && (
                <Button
                  type="primary"
                  loading={enrol.isPending}
                  onClick={() => askEnrol(courseId)}
                  data-testid="course-enrol"
                >
                  {t('learn.catalogue.enrol')}
                </Button>
              )}
              <Link to={learnPath(basePath, 'catalogue')} data-testid="course-to-catalogue">
                {t('learn.course.toCatalogue')}
              </Link>
            </Flex>
          </Flex>
        </Card>
      </div>
    </PageFrame>
  );
}

function CourseView({ course, basePath }: { course: OwnCourse; basePath: string }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const { status, criteria, figures } = course;
  const courseId = course.course.id;
  const withdrawn = status === 'withdrawn';
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
  const withdraw = useMutation(
    trpc.training.learning.withdraw.mutationOptions({
      onSuccess: async () => {
        message.success(t('learn.course.withdrawn'));
        await refresh();
      },
    }),
  );
  const enrol = useMutation(
    trpc.training.learning.enrol.mutationOptions({
      onSuccess: async () => {
        message.success(t('learn.catalogue.enrolled'));
        await refresh();
      },
    }),
  );
  const failed = withdraw.error ?? enrol.error;
  const mayWithdraw = course.source === 'self' && (status === 'enrolled' || status === 'in_progress');
  const askWithdraw = () =>
    modal.confirm({
      title: t('learn.course.withdrawTitle', { title: course.course.title }),
      content: t('learn.course.withdrawText'),
      okText: t('learn.course.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'course-withdraw-ok' } as ButtonProps,
      onOk: () => withdraw.mutateAsync({ id: course.enrolmentId }).catch(() => undefined),
    });
  const askEnrolAgain = () =>
    modal.confirm({
      title: t('learn.catalogue.enrolAgainTitle', { title: course.course.title }),
      content: t('learn.catalogue.enrolAgainText'),
      okText: t('learn.catalogue.enrolAgain'),
      okButtonProps: { 'data-testid': 'course-enrol-again-ok' } as ButtonProps,
      onOk: () => enrol.mutateAsync({ courseId }).catch(() => undefined),
    });
  const lessons = course.modules.flatMap((m) => m.lessons);
  const next = lessons.find((lesson) => !lesson.done);

  return (
    <PageFrame
      title={course.course.title}
      breadcrumbs={[{ title: t('learn.title'), path: learnPath(basePath) }]}
      onBack={() => navigate(learnPath(basePath))}
      testId="learn-course-page"
      extra={
        <div data-own>
          <Flex wrap gap={8}>
            {!withdrawn && next && (
              <Button
                type="primary"
                onClick={() => navigate(lessonPath(basePath, courseId, next.id))}
                data-testid="course-next-lesson"
              >
                {figures.lessonsDone > 0 ? t('learn.course.continue') : t('learn.course.begin')}
              </Button>
            )}
            {mayWithdraw && (
              <Button danger loading={withdraw.isPending} onClick={askWithdraw} data-testid="course-withdraw">
                {t('learn.course.withdraw')}
              </Button>
            )}
          </Flex>
        </div>
      }
    >
      <div data-own>
        <Flex vertical gap={16}>
          <Flex wrap gap={8} align="center">
            <EnrolmentStatusTag status={status} testId="course-status" />
            <SourceTag source={course.source} />
            <Tag style={{ marginInlineEnd: 0 }}>{t(`common.category.${course.course.category}`)}</Tag>
            <Typography.Text type="secondary">
              {course.course.unitName} · {t('learn.course.version', { number: course.versionNumber })}
            </Typography.Text>
          </Flex>
          <DueNote dueOn={course.dueOn} overdue={course.overdue} status={status} testId="course-due" />
          {course.course.summary && (
            <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {course.course.summary}
            </Typography.Paragraph>
          )}
          {failed && (
            <Alert
              type="error"
              showIcon
              title={t('learn.course.failed')}
              description={errorMessage(failed, t)}
              data-testid="course-failed"
            />
          )}
          {withdrawn && (
            <Alert
              type="warning"
              showIcon
              title={t('learn.course.withdrawnNote')}
              action={
                <Button size="small" loading={enrol.isPending} onClick={askEnrolAgain} data-testid="course-enrol-again">
                  {t('learn.catalogue.enrolAgain')}
                </Button>
              }
              data-testid="course-withdrawn-note"
            />
          )}
          {course.certificate && (
            <Card size="small" title={t('learn.course.certificate')} data-testid="course-certificate">
              <Flex wrap gap={8} align="center">
                <Typography.Text type="secondary">{t('learn.certificateNumber')}</Typography.Text>
                <CertificateLink number={course.certificate.number} testId="course-certificate-number" />
                {course.certificate.revoked && (
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    {t('learn.certificates.revoked')}
                  </Tag>
                )}
              </Flex>
            </Card>
          )}
          <Card size="small" title={t('learn.course.progress')} data-testid="course-progress">
            <Flex vertical gap={12}>
              <ProgressBar percent={course.progress} testId="course-progress-bar" />
              <Requirements course={course} />
              <Typography.Text type="secondary" style={tabular}>
                {t('learn.course.enrolledAt', { at: formatDateTime(course.enrolledAt, i18n.language) })}
                {course.completedAt &&
                  ` · ${t('learn.course.completedAt', { at: formatDateTime(course.completedAt, i18n.language) })}`}
              </Typography.Text>
            </Flex>
          </Card>
          <Card size="small" title={t('learn.course.outline')} data-testid="course-outline">
            <Outline course={course} basePath={basePath} />
          </Card>
          {!withdrawn && (
            <Card size="small" title={t('learn.course.quizzes')}>
              <CourseQuizzes basePath={basePath} courseId={courseId} />
            </Card>
          )}
          {!withdrawn && (
            <Card size="small" title={t('learn.course.sessions')}>
              <Flex vertical gap={8}>
                {criteria.sessionsRequired > 0 && (
                  <Typography.Text type="secondary">
                    {t('learn.course.sessionsHint', { count: criteria.sessionsRequired })}
                  </Typography.Text>
                )}
                <MySessions basePath={basePath} courseId={courseId} testId="course-sessions" />
              </Flex>
            </Card>
          )}
        </Flex>
      </div>
    </PageFrame>
  );
}

/** What completion asks, each with what I have done of it and whether it is met. */
function Requirements({ course }: { course: OwnCourse }) {
  const { t } = useTranslation('training');
  const { criteria, figures } = course;
  const rows: { key: string; asks: string; done: string; met: boolean }[] = [];
  if (criteria.lessonsRequired)
    rows.push({
      key: 'lessons',
      asks: t('learn.course.asksLessons', { count: criteria.lessonCount }),
      done: t('learn.course.doneLessons', { done: figures.lessonsDone, count: criteria.lessonCount }),
      met: figures.lessonsDone >= criteria.lessonCount,
    });
  if (criteria.minScore !== null)
    rows.push({
      key: 'score',
      asks: t('learn.course.asksScore', { score: criteria.minScore }),
      done:
        figures.bestScore === null
          ? t('learn.course.noScore')
          : t('learn.course.doneScore', { score: figures.bestScore }),
      met: figures.bestScore !== null && figures.bestScore >= criteria.minScore,
    });
  if (criteria.sessionsRequired > 0)
    rows.push({
      key: 'sessions',
      asks: t('learn.course.asksSessions', { count: criteria.sessionsRequired }),
      done: t('learn.course.doneSessions', { count: figures.sessionsAttended }),
      met: figures.sessionsAttended >= criteria.sessionsRequired,
    });
  return (
    <Flex vertical gap={8} data-testid="course-requirements">
      <Typography.Text>{t('learn.course.asks')}</Typography.Text>
      {rows.map((row) => (
        <Flex key={row.key} wrap gap={8} align="center" data-testid={`course-requirement-${row.key}`}>
          <Tag color={row.met ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
            {row.met ? t('learn.course.met') : t('learn.course.notMet')}
          </Tag>
          <Typography.Text>{row.asks}</Typography.Text>
          <Typography.Text type="secondary" style={tabular}>
            {row.done}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** The modules and their lessons, each lesson opening its page (not once withdrawn), a tick on those done. */
function Outline({ course, basePath }: { course: OwnCourse; basePath: string }) {
  const { t } = useTranslation('training');
  const withdrawn = course.status === 'withdrawn';
  const lessons = course.modules.flatMap((m) => m.lessons);
  if (lessons.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('learn.course.noLessons')} />;
  let number = 0;
  return (
    <Flex vertical gap={16}>
      {course.modules
        .filter((module) => module.lessons.length > 0)
        .map((module) => (
          <Flex key={module.id} vertical gap={4} data-testid={`course-module-${module.id}`}>
            <Typography.Text strong>{module.title}</Typography.Text>
            {module.lessons.map((lesson) => {
              number += 1;
              const title: ReactNode = withdrawn ? (
                lesson.title
              ) : (
                <Link to={lessonPath(basePath, course.course.id, lesson.id)} data-testid={`course-lesson-${lesson.id}`}>
                  {lesson.title}
                </Link>
              );
              return (
                <Flex
                  key={lesson.id}
                  wrap
                  gap={8}
                  align="center"
                  style={{ padding: '6px 0', borderTop: '1px solid var(--ant-color-split, rgba(5, 5, 5, 0.06))' }}
                  data-done={lesson.done || undefined}
                  data-testid={`course-lesson-row-${lesson.id}`}
                >
                  <Tag
                    color={lesson.done ? 'green' : 'default'}
                    style={{ marginInlineEnd: 0, ...tabular }}
                    aria-label={lesson.done ? t('learn.course.lessonDone') : t('learn.course.lessonNotDone')}
                  >
                    {lesson.done ? `✓ ${number}` : number}
                  </Tag>
                  <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{title}</span>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {t(`common.lessonKind.${lesson.kind}`)}
                    {lesson.minutes > 0 && ` · ${t('common.minutes', { count: lesson.minutes })}`}
                  </Typography.Text>
                </Flex>
              );
            })}
          </Flex>
        ))}
    </Flex>
  );
}
