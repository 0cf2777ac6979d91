// A course's and a version's state as tags of antd's preset colours (never the status colours, whose light text on
// white reads poorly), in the reader's words.
import type { CourseStatus, VersionStatus } from '@strata/contract';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const courseColours: Record<CourseStatus, string> = { draft: 'default', published: 'green', archived: 'purple' };
const versionColours: Record<VersionStatus, string> = { draft: 'gold', published: 'green', retired: 'default' };

export function CourseStatusTag({ status, testId }: { status: CourseStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={courseColours[status]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`common.courseStatus.${status}`)}
    </Tag>
  );
}

export function VersionStatusTag({ status, testId }: { status: VersionStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={versionColours[status]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`common.versionStatus.${status}`)}
    </Tag>
  );
}

export const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** A version's number as the pages write it ("第 2 版"), or a dash. */
export const versionText = (t: TFunction, number: number | null) =>
  number === null ? t('training:common.none') : t('training:courses.versionNumber', { number });
