// A course's page (课程详情): its catalogue entry and state in the header, the acts of its life for its editors (change
// the entry, archive or restore, start a new draft version, publish the draft, discard it), and its tabs, the one
// shown in the URL (`?tab=`): the outline (内容) with the completion criteria, the versions (版本), and the quizzes,
// classroom sessions, learners and figures, each loaded when first opened. The sessions' and the learners' lists keep
// their page, order and filters in the URL too; those are the open tab's, and go when another tab is opened.

import { errorMessage, PageFrame, Permitted, RecordStates, useAccess, useRecordRoute } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { lazy, type ReactElement, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classListSpec } from '../enrolments/class-list-spec';
import { sessionsSpec } from '../sessions/sessions-spec';
import { useTRPC } from '../trpc';
import { CourseStatusTag, versionText } from './course-tags';
import type { CourseDetail } from './course-types';

const CourseFormModal = lazy(() => import('./course-form-modal').then((m) => ({ default: m.CourseFormModal })));
const OutlineTab = lazy(() => import('./outline-tab').then((m) => ({ default: m.OutlineTab })));
const VersionsTab = lazy(() => import('./versions-tab').then((m) => ({ default: m.VersionsTab })));
const QuizzesTab = lazy(() => import('../quizzes/quizzes-tab').then((m) => ({ default: m.QuizzesTab })));
const SessionsTab = lazy(() => import('../sessions/sessions-tab').then((m) => ({ default: m.SessionsTab })));
const ClassListTab = lazy(() => import('../enrolments/class-list-tab').then((m) => ({ default: m.ClassListTab })));
const CourseReportTab = lazy(() =>
  import('../reports/course-report-tab').then((m) => ({ default: m.CourseReportTab })),
);

const tabKeys = ['content', 'versions', 'quizzes', 'sessions', 'learners', 'report'] as const;
type TabKey = (typeof tabKeys)[number];
const readTab = (value: string | null): TabKey => tabKeys.find((key) => key === value) ?? 'content';

// The URL parameters of the tabs' lists: the list kit's own (page, size, sort, order) and each list's filters. They
// are the open tab's: the learners' page 5 or their state filter mean nothing to the sessions' list (and a `status`
// of one would be read by the other). Other parameters (the shell's `unit`) are not the tabs' and stay.
const tabListParams = [
  'page',
  'size',
  'sort',
  'order',
  ...Object.keys(sessionsSpec.filters),
  ...Object.keys(classListSpec.filters),
];

export function CoursePage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/courses`);
  const course = useQuery({ ...trpc.training.courses.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={course}
      notFound={
        <RecordNotFound
          title={t('courses.course.notFound')}
          text={t('courses.course.notFoundText')}
          back={t('courses.course.backToList')}
          listPath={route.listPath}
          testId="course-not-found"
        />
      }
      title={t('courses.course.title')}
      listTitle={t('courses.title')}
    >
      {(shown) => <CourseView course={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

type ViewProps = { course: CourseDetail; basePath: string; listPath: string; onBack: () => void };

function CourseView({ course, basePath, listPath, onBack }: ViewProps) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { modal, message } = App.useApp();
  const [params, setParams] = useAddressParams();
  const [editing, setEditing] = useState(false);
  const tab = readTab(params.get('tab'));
  const { id, unitId, status } = course;
  // The server's word (training.manage at the course's unit, not archived) and the reader's grants agree.
  const canManage = course.canManage && access.can('training.manage', unitId);
  const draft = course.versions.find((v) => v.id === course.draftVersionId);
  const current = course.versions.find((v) => v.id === course.currentVersionId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
  const done = (word: string) => async () => {
    message.success(t(`courses.course.${word}`));
    await refresh();
  };
  const archive = useMutation(trpc.training.courses.archive.mutationOptions({ onSuccess: done('archived') }));
  const restore = useMutation(trpc.training.courses.restore.mutationOptions({ onSuccess: done('restored') }));
  const startDraft = useMutation(
    trpc.training.courses.startDraft.mutationOptions({
      onSuccess: async () => {
        await done('draftStarted')();
        switchTab('content');
      },
    }),
  );
  const publish = useMutation(trpc.training.courses.publish.mutationOptions({ onSuccess: done('publishedNow') }));
  const discard = useMutation(trpc.training.courses.discardDraft.mutationOptions({ onSuccess: done('discarded') }));
  const failed = archive.error ?? restore.error ?? startDraft.error ?? publish.error ?? discard.error;

  function switchTab(key: string) {
    // The open tab chosen again keeps its list as it stands.
    if (key === tab) return;
    setParams((now) => {
      const next = new URLSearchParams(now);
      // Another tab opens on its own list as it first stands, not on the page and filters left by the last one.
      for (const name of tabListParams) next.delete(name);
      if (key === 'content') next.delete('tab');
      else next.set('tab', key);
      return next;
    });
  }

  const okProps = (testId: string, danger = false) => ({ 'data-testid': testId, danger }) as ButtonProps;
  const askArchive = () =>
    modal.confirm({
      title: t('courses.course.archiveTitle', { title: course.title }),
      content: t('courses.course.archiveText'),
      okText: t('courses.course.archive'),
      okButtonProps: okProps('course-archive-ok', true),
      onOk: () => archive.mutateAsync({ id }).catch(() => undefined),
    });
  const askRestore = () =>
    modal.confirm({
      title: t('courses.course.restoreTitle', { title: course.title }),
      content: t(course.currentVersionId === null ? 'courses.course.restoreTextDraft' : 'courses.course.restoreText'),
      okText: t('courses.course.restore'),
      okButtonProps: okProps('course-restore-ok'),
      onOk: () => restore.mutateAsync({ id }).catch(() => undefined),
    });
  const askPublish = () =>
    draft &&
    modal.confirm({
      title: t('courses.course.publishTitle', { version: versionText(t, draft.number) }),
      content: current
        ? t('courses.course.publishText', {
            current: versionText(t, current.number),
            next: versionText(t, draft.number),
          })
        : t('courses.course.publishFirstText'),
      okText: t('courses.course.publish'),
      okButtonProps: okProps('course-publish-ok'),
      onOk: () => publish.mutateAsync({ versionId: draft.id }).catch(() => undefined),
    });
  const askDiscard = () =>
    draft &&
    modal.confirm({
      title: t('courses.course.discardTitle', { version: versionText(t, draft.number) }),
      content: t('courses.course.discardText'),
      okText: t('courses.course.discard'),
      okButtonProps: okProps('course-discard-ok', true),
      onOk: () => discard.mutateAsync({ versionId: draft.id }).catch(() => undefined),
    });

  const action = (show: boolean, node: ReactElement<Record<string, unknown>>) =>
    show ? (
      <Permitted permission="training.manage" unitId={unitId}>
        {node}
      </Permitted>
    ) : null;

  const tabProps = { courseId: id, unitId, basePath, canManage };
  const lazyTab = (node: ReactNode) => <Suspense fallback={<Skeleton active />}>{node}</Suspense>;
  const panes: Record<TabKey, () => ReactNode> = {
    content: () => (
      <OutlineTab
        course={course}
        canManage={canManage}
        onStartDraft={() => startDraft.mutate({ courseId: id })}
        startingDraft={startDraft.isPending}
      />
    ),
    versions: () => <VersionsTab course={course} />,
    quizzes: () => <QuizzesTab {...tabProps} />,
    sessions: () => <SessionsTab {...tabProps} />,
    learners: () => <ClassListTab {...tabProps} />,
    report: () => <CourseReportTab {...tabProps} />,
  };

  return (
    <PageFrame
      title={course.title}
      documentTitle={t('courses.course.title')}
      breadcrumbs={[{ title: t('courses.title'), path: listPath }]}
      onBack={onBack}
      testId="course-page"
      extra={
        <Flex wrap gap={8}>
          {action(
            canManage && draft !== undefined,
            <Button type="primary" onClick={askPublish} loading={publish.isPending} data-testid="course-publish">
              {t('courses.course.publish')}
            </Button>,
          )}
          {action(
            canManage && draft === undefined && current !== undefined,
            <Button
              onClick={() => startDraft.mutate({ courseId: id })}
              loading={startDraft.isPending}
              data-testid="course-start-draft"
            >
              {t('courses.course.startDraft')}
            </Button>,
          )}
          {action(
            canManage,
            <Button onClick={() => setEditing(true)} data-testid="course-edit">
              {t('courses.course.edit')}
            </Button>,
          )}
          {action(
            canManage && draft !== undefined && current !== undefined,
            <Button danger onClick={askDiscard} loading={discard.isPending} data-testid="course-discard">
              {t('courses.course.discard')}
            </Button>,
          )}
          {action(
            canManage && status !== 'archived',
            <Button danger onClick={askArchive} loading={archive.isPending} data-testid="course-archive">
              {t('courses.course.archive')}
            </Button>,
          )}
          {action(
            status === 'archived',
            <Button onClick={askRestore} loading={restore.isPending} data-testid="course-restore">
              {t('courses.course.restore')}
            </Button>,
          )}
        </Flex>
      }
    >
      <Flex wrap gap={8} align="center" data-testid="course-heading">
        <CourseStatusTag status={status} testId="course-status" />
        <Tag style={{ marginInlineEnd: 0 }}>{t(`common.category.${course.category}`)}</Tag>
        {course.required && (
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="course-required">
            {t('courses.course.required')}
          </Tag>
        )}
        {course.isPublic && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="course-public">
            {t('courses.course.public')}
          </Tag>
        )}
        <Typography.Text type="secondary">{course.unitName}</Typography.Text>
        <Typography.Text type="secondary">{t(`common.audience.${course.audience}`)}</Typography.Text>
        <Typography.Text type="secondary" data-testid="course-versions-line">
          {t('courses.course.versionsLine', {
            current: current ? versionText(t, current.number) : t('courses.course.neverPublished'),
            draft: draft ? versionText(t, draft.number) : t('common.none'),
          })}
        </Typography.Text>
      </Flex>
      {course.summary && (
        <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {course.summary}
        </Typography.Paragraph>
      )}
      {status === 'archived' && (
        <Alert type="info" showIcon title={t('courses.course.archivedNote')} data-testid="course-archived-note" />
      )}
      {failed && (
        <Alert
          type="error"
          showIcon
          title={t('courses.course.failed')}
          description={errorMessage(failed, t)}
          data-testid="course-failed"
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={switchTab}
        items={tabKeys.map((key) => ({
          key,
          label: t(`courses.course.tabs.${key}`),
          children: key === tab ? lazyTab(panes[key]()) : null,
        }))}
        data-testid="course-tabs"
      />
      {editing && (
        <Suspense fallback={null}>
          <CourseFormModal unitId={unitId} course={course} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </PageFrame>
  );
}
