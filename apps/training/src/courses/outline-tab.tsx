// A course's content (内容): the draft's outline for its editors to change, with its completion criteria; without a
// draft, the current version as it is, read-only, with the way to start a draft (a copy of it, published when ready:
// learners keep learning the version they enrolled in meanwhile).
import { ErrorAlert, Permitted } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { versionText } from './course-tags';
import type { CourseDetail } from './course-types';
import { CriteriaCard } from './criteria-card';
import { OutlineEditor } from './outline-editor';

type Props = {
  course: CourseDetail;
  /** The reader may change the course now (its editor, and it is not archived). */
  canManage: boolean;
  onStartDraft: () => void;
  startingDraft: boolean;
};

export function OutlineTab({ course, canManage, onStartDraft, startingDraft }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  // The draft while there is one, else the version learners enrol in (else the newest, for an archived course).
  const versionId = course.draftVersionId ?? course.currentVersionId ?? course.versions[0]?.id;
  const outline = useQuery({
    ...trpc.training.courses.outline.queryOptions({ versionId: versionId ?? 0 }),
    enabled: versionId !== undefined,
  });
  if (versionId === undefined) return <Empty description={t('courses.outline.noVersion')} />;
  if (outline.error) return <ErrorAlert error={outline.error} onRetry={() => void outline.refetch()} />;
  if (!outline.data) return <Skeleton active />;
  const shown = outline.data;
  const editable = shown.editable && canManage;
  const version = versionText(t, shown.number);

  return (
    <Flex vertical gap={16} data-testid="outline-tab">
      {shown.status === 'draft' ? (
        <Alert
          type={editable ? 'info' : 'warning'}
          showIcon
          title={
            editable
              ? t(course.currentVersionId === null ? 'courses.outline.draftFirstNote' : 'courses.outline.draftNote', {
                  version,
                })
              : t('courses.outline.draftLockedNote', { version })
          }
          data-testid="outline-note"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('courses.outline.readOnlyNote', { version })}
          description={canManage ? t('courses.outline.readOnlyHint') : undefined}
          action={
            canManage && course.draftVersionId === null ? (
              <Permitted permission="training.manage" unitId={course.unitId}>
                <Button
                  type="primary"
                  size="small"
                  onClick={onStartDraft}
                  loading={startingDraft}
                  data-testid="outline-start-draft"
                >
                  {t('courses.course.startDraft')}
                </Button>
              </Permitted>
            ) : undefined
          }
          data-testid="outline-note"
        />
      )}
      <OutlineEditor outline={shown} editable={editable} unitId={course.unitId} />
      <CriteriaCard outline={shown} editable={editable} unitId={course.unitId} />
    </Flex>
  );
}
