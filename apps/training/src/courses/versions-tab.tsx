// A course's versions (版本), newest first: each one's number and state, when it was published, its lessons and the
// learners who enrolled in it (they keep the version they enrolled in when a newer one is published).
import { formatDateTime } from '@strata/i18n';
import { useScrollRegion } from '@strata/ui';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { tabular, VersionStatusTag, versionText } from './course-tags';
import type { CourseDetail, VersionSummary } from './course-types';

export function VersionsTab({ course }: { course: CourseDetail }) {
  const { t, i18n } = useTranslation('training');
  const label = t('courses.versions.tableLabel');
  const box = useScrollRegion(label);
  const c = (key: string) => t(`courses.versions.columns.${key}`);
  return (
    <div data-testid="versions-tab">
      <Typography.Paragraph type="secondary">{t('courses.versions.intro')}</Typography.Paragraph>
      <div ref={box}>
        <Table<VersionSummary>
          rowKey="id"
          aria-label={label}
          data-testid="versions-table"
          size="middle"
          pagination={false}
          dataSource={course.versions}
          scroll={{ x: 640 }}
          columns={[
            {
              key: 'number',
              title: c('number'),
              width: 100,
              render: (_, v) => <span style={tabular}>{versionText(t, v.number)}</span>,
            },
            {
              key: 'status',
              title: c('status'),
              width: 110,
              render: (_, v) => <VersionStatusTag status={v.status} testId={`version-status-${v.id}`} />,
            },
            {
              key: 'publishedAt',
              title: c('publishedAt'),
              width: 170,
              render: (_, v) => (
                <span style={tabular}>
                  {v.publishedAt ? formatDateTime(v.publishedAt, i18n.language) : t('common.none')}
                </span>
              ),
            },
            {
              key: 'lessons',
              title: c('lessons'),
              width: 90,
              align: 'right',
              render: (_, v) => <span style={tabular}>{v.lessonCount}</span>,
            },
            {
              key: 'enrolled',
              title: c('enrolled'),
              width: 100,
              align: 'right',
              render: (_, v) => (
                <span style={tabular} data-testid={`version-enrolled-${v.id}`}>
                  {v.enrolled}
                </span>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}
