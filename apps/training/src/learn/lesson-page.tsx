// One lesson of a course I am taking (`learn/:courseId/lessons/:lessonId`): a text lesson's body (the server's
// sanitised HTML, shown read-only by the same rich-text view the editors write it in), a document (its name, open it
// or download it), a video (the browser's player, seeking through range requests), or a link (opened in a new tab).
// Marking it done recounts my progress (shown after) and may complete the course (its certificate number then);
// the lessons before and after it are a button away.
import { formatFileSize } from '@strata/i18n';
import { ErrorAlert, errorMessage, PageFrame } from '@strata/ui';
import { RichTextField } from '@strata/ui/rich-editor';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProgressBar } from '../enrolments/enrolment-parts';
import { useTRPC } from '../trpc';
import { CertificateLink, learnPath, lessonPath, myCoursePath, routeId } from './learn-parts';
import type { CompleteResult, OwnLesson } from './learn-types';

const codeOf = (error: unknown) => (error as { data?: { code?: unknown } | null } | null)?.data?.code;

export function LessonPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const params = useParams();
  const courseId = routeId(params.courseId);
  const lessonId = routeId(params.lessonId);
  const lesson = useQuery({
    ...trpc.training.learning.lesson.queryOptions({ lessonId: lessonId ?? 0 }),
    enabled: lessonId !== undefined,
  });
  // The course's title for the way back, and the lesson's place in it (usually in the cache from the course's page).
  const course = useQuery({
    ...trpc.training.learning.course.queryOptions({ courseId: lesson.data?.courseId ?? courseId ?? 0 }),
    enabled: (lesson.data?.courseId ?? courseId) !== undefined,
  });
  const crumbs = [
    { title: t('learn.title'), path: learnPath(basePath) },
    ...(courseId !== undefined
      ? [{ title: course.data?.course.title ?? t('learn.course.title'), path: myCoursePath(basePath, courseId) }]
      : []),
  ];
  const missing = lessonId === undefined || codeOf(lesson.error) === 'NOT_FOUND';
  if (missing || lesson.error)
    return (
      <PageFrame title={t('learn.lesson.title')} breadcrumbs={crumbs} testId="lesson-refused">
        {missing || codeOf(lesson.error) === 'CONFLICT' ? (
          <Alert
            type="warning"
            showIcon
            title={missing ? t('learn.lesson.notFound') : errorMessage(lesson.error, t)}
            description={missing ? t('learn.lesson.notFoundText') : undefined}
            action={
              courseId !== undefined && (
                <Link to={myCoursePath(basePath, courseId)} data-testid="lesson-to-course">
                  {t('learn.lesson.toCourse')}
                </Link>
              )
            }
            data-testid="lesson-refused-note"
          />
        ) : (
          <ErrorAlert error={lesson.error} onRetry={() => void lesson.refetch()} />
        )}
      </PageFrame>
    );
  if (lesson.data === undefined) return <Skeleton active />;
  const lessons = course.data?.modules.flatMap((m) => m.lessons) ?? [];
  const place = lessons.findIndex((l) => l.id === lesson.data.id);
  return (
    <LessonView
      key={lesson.data.id}
      lesson={lesson.data}
      basePath={basePath}
      crumbs={crumbs}
      place={place >= 0 ? { number: place + 1, count: lessons.length } : undefined}
    />
  );
}

type ViewProps = {
  lesson: OwnLesson;
  basePath: string;
  crumbs: { title: string; path: string }[];
  place: { number: number; count: number } | undefined;
};

function LessonView({ lesson, basePath, crumbs, place }: ViewProps) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const complete = useMutation(
    trpc.training.learning.completeLesson.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() }),
    }),
  );
  const open = (id: number) => navigate(lessonPath(basePath, lesson.courseId, id));
  const coursePath = myCoursePath(basePath, lesson.courseId);

  return (
    <PageFrame title={lesson.title} breadcrumbs={crumbs} onBack={() => navigate(coursePath)} testId="lesson-page">
      <Flex vertical gap={16}>
        <Flex wrap gap={8} align="center">
          <Tag style={{ marginInlineEnd: 0 }}>{t(`common.lessonKind.${lesson.kind}`)}</Tag>
          <Typography.Text type="secondary">
            {lesson.moduleTitle}
            {place && ` · ${t('learn.lesson.place', place)}`}
            {lesson.minutes > 0 && ` · ${t('common.minutes', { count: lesson.minutes })}`}
          </Typography.Text>
        </Flex>
        <LessonContent lesson={lesson} />
        <div data-own>
          <Card size="small" data-testid="lesson-done-card">
            {complete.data ? (
              <Completed result={complete.data} coursePath={coursePath} />
            ) : lesson.done ? (
              <Flex wrap gap={8} align="center" data-testid="lesson-done">
                <Tag color="green" style={{ marginInlineEnd: 0 }}>
                  {t('learn.lesson.done')}
                </Tag>
                <Typography.Text type="secondary">{t('learn.lesson.doneText')}</Typography.Text>
              </Flex>
            ) : (
              <Flex vertical gap={8} align="flex-start">
                <Typography.Text type="secondary">{t('learn.lesson.markHint')}</Typography.Text>
                <Button
                  type="primary"
                  loading={complete.isPending}
                  onClick={() => complete.mutate({ lessonId: lesson.id })}
                  data-testid="lesson-complete"
                >
                  {t('learn.lesson.markDone')}
                </Button>
                {complete.isError && (
                  <Alert
                    type="error"
                    showIcon
                    title={t('learn.lesson.markFailed')}
                    description={errorMessage(complete.error, t)}
                    style={{ alignSelf: 'stretch' }}
                    data-testid="lesson-complete-failed"
                  />
                )}
              </Flex>
            )}
          </Card>
        </div>
        <Flex justify="space-between" gap={8} wrap>
          <Button
            disabled={lesson.previousId === null}
            onClick={() => lesson.previousId !== null && open(lesson.previousId)}
            data-neutral
            data-testid="lesson-previous"
          >
            {t('learn.lesson.previous')}
          </Button>
          <Button onClick={() => navigate(coursePath)} data-neutral data-testid="lesson-back">
            {t('learn.lesson.toCourse')}
          </Button>
          <Button
            type={lesson.done || complete.data ? 'primary' : 'default'}
            disabled={lesson.nextId === null}
            onClick={() => lesson.nextId !== null && open(lesson.nextId)}
            data-neutral
            data-testid="lesson-next"
          >
            {t('learn.lesson.next')}
          </Button>
        </Flex>
      </Flex>
    </PageFrame>
  );
}

/** What marking the lesson done answered: my progress now, and the certificate when it completed the course. */
function Completed({ result, coursePath }: { result: CompleteResult; coursePath: string }) {
  const { t } = useTranslation('training');
  return (
    <Flex vertical gap={8} data-testid="lesson-completed">
      <Flex wrap gap={8} align="center">
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          {t('learn.lesson.done')}
        </Tag>
        <Typography.Text>{t('learn.lesson.lessonsDone', { count: result.lessonsDone })}</Typography.Text>
      </Flex>
      <ProgressBar percent={result.progress} testId="lesson-progress" />
      {result.certificateNumber ? (
        <Alert
          type="success"
          showIcon
          title={t('learn.lesson.courseCompleted')}
          description={
            <Flex wrap gap={8} align="center">
              <span>{t('learn.certificateNumber')}</span>
              <CertificateLink number={result.certificateNumber} testId="lesson-certificate" />
            </Flex>
          }
          data-testid="lesson-course-completed"
        />
      ) : (
        result.status === 'completed' && (
          <Typography.Text>
            <Link to={coursePath}>{t('learn.lesson.completedSee')}</Link>
          </Typography.Text>
        )
      )}
    </Flex>
  );
}

/** The lesson's content by its kind. */
function LessonContent({ lesson }: { lesson: OwnLesson }) {
  const { t, i18n } = useTranslation('training');
  const { file } = lesson;
  switch (lesson.kind) {
    case 'text':
      return (
        // The rich-text field reads its form item's state: a form of its own, drawing no <form>.
        <Form component={false}>
          <Form.Item noStyle>
            <div data-testid="lesson-text">
              <RichTextField readOnly value={lesson.body} unitId={0} purpose="training" label={lesson.title} />
            </div>
          </Form.Item>
        </Form>
      );
    case 'video':
      return file ? (
        <Flex vertical gap={8}>
          {/* biome-ignore lint/a11y/useMediaCaption: the lessons' videos are uploaded without caption tracks */}
          <video
            controls
            preload="metadata"
            src={file.url}
            aria-label={lesson.title}
            style={{ width: '100%', maxHeight: '70vh', background: '#000', borderRadius: 8 }}
            data-testid="lesson-video"
          />
          <Typography.Text type="secondary">
            {file.name} ·{' '}
            <a href={file.url} target="_blank" rel="noopener noreferrer">
              {t('learn.lesson.openVideo')}
            </a>
          </Typography.Text>
        </Flex>
      ) : (
        <Alert type="warning" showIcon title={t('learn.lesson.fileGone')} />
      );
    case 'file':
      return file ? (
        <Card size="small" data-testid="lesson-file">
          <Flex vertical gap={8}>
            <Flex wrap gap={8} align="baseline">
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {file.name}
              </Typography.Text>
              <Typography.Text type="secondary" data-testid="lesson-file-size">
                {formatFileSize(file.size, i18n.language)}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary">{t('learn.lesson.fileHint')}</Typography.Text>
            <Flex wrap gap={8}>
              <a href={file.url} target="_blank" rel="noopener noreferrer" data-testid="lesson-file-open">
                {t('learn.lesson.openFile')}
              </a>
              <a href={file.url} download={file.name} data-testid="lesson-file-download">
                {t('learn.lesson.downloadFile')}
              </a>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Alert type="warning" showIcon title={t('learn.lesson.fileGone')} />
      );
    case 'link':
      return (
        <Card size="small" data-testid="lesson-link">
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('learn.lesson.linkHint')}</Typography.Text>
            {/^https?:\/\//i.test(lesson.url) ? (
              <a
                href={lesson.url}
                target="_blank"
                rel="noopener noreferrer"
                style={{ overflowWrap: 'anywhere' }}
                data-testid="lesson-link-open"
              >
                {lesson.url}
              </a>
            ) : (
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>{lesson.url}</Typography.Text>
            )}
          </Flex>
        </Card>
      );
  }
}
