// My courses (the first tab of my learning): the courses I enrolled in or was assigned, newest first, each a card with
// its progress, state, due day (red once overdue, else the days left), where it came from, and its certificate once
// completed; a state filter kept in the URL. Part of the remote's first chunk: nothing heavy.

import { type EnrolmentStatus, enrolmentStatuses } from '@strata/contract';
import { ErrorAlert } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EnrolmentStatusTag, ProgressBar } from '../enrolments/enrolment-parts';
import { useTRPC } from '../trpc';
import { CardGrid, CertificateLink, DueNote, MoreRows, myCoursePath, pageStep, SourceTag } from './learn-parts';
import type { OwnEnrolment } from './learn-types';

const readStatus = (value: string | null): EnrolmentStatus | undefined =>
  enrolmentStatuses.find((status) => status === value);

export function MyCourses({ basePath, onBrowse }: { basePath: string; onBrowse: () => void }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const [params, setParams] = useAddressParams();
  const status = readStatus(params.get('status'));
  const [pageSize, setPageSize] = useState(pageStep);
  const mine = useQuery({
    ...trpc.training.learning.mine.queryOptions({ ...(status && { status }), page: 1, pageSize }),
    placeholderData: keepPreviousData,
  });
  const setStatus = (next: EnrolmentStatus | undefined) =>
    setParams(
      (now) => {
        const changed = new URLSearchParams(now);
        if (next) changed.set('status', next);
        else changed.delete('status');
        return changed;
      },
      { replace: true },
    );

  const items = mine.data?.items;
  return (
    <Flex vertical gap={16} data-testid="my-courses">
      <Flex wrap gap={8} align="center">
        <Select<EnrolmentStatus>
          allowClear
          value={status}
          placeholder={t('learn.mine.anyStatus')}
          aria-label={t('learn.mine.statusFilter')}
          options={enrolmentStatuses.map((value) => ({ value, label: t(`common.enrolmentStatus.${value}`) }))}
          onChange={(value) => setStatus(value ?? undefined)}
          style={{ width: 160 }}
          data-neutral
          data-testid="my-courses-status"
        />
        {mine.data && mine.data.total > 0 && (
          <Typography.Text type="secondary">{t('learn.mine.count', { count: mine.data.total })}</Typography.Text>
        )}
      </Flex>
      {mine.error ? (
        <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
      ) : items === undefined ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={status ? t('learn.mine.noneInStatus') : t('learn.mine.none')}
          data-testid="my-courses-empty"
        >
          {status ? (
            <Button onClick={() => setStatus(undefined)} data-neutral>
              {t('learn.mine.allStatuses')}
            </Button>
          ) : (
            <Button type="primary" onClick={onBrowse} data-neutral data-testid="my-courses-browse">
              {t('learn.mine.browse')}
            </Button>
          )}
        </Empty>
      ) : (
        <>
          <CardGrid
            items={items}
            itemKey={(row) => row.id}
            render={(row) => <CourseCard row={row} basePath={basePath} />}
            testId="my-courses-list"
          />
          <MoreRows
            shown={items.length}
            total={mine.data?.total ?? 0}
            pageSize={pageSize}
            onMore={() => setPageSize((n) => n + pageStep)}
            testId="my-courses"
          />
        </>
      )}
    </Flex>
  );
}

function CourseCard({ row, basePath }: { row: OwnEnrolment; basePath: string }) {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const path = myCoursePath(basePath, row.courseId);
  const going = row.status === 'enrolled' || row.status === 'in_progress';
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Link to={path} data-testid={`my-course-link-${row.courseId}`}>
          <Typography.Text strong ellipsis={{ tooltip: row.courseTitle }} style={{ color: 'inherit' }}>
            {row.courseTitle}
          </Typography.Text>
        </Link>
      }
      extra={<EnrolmentStatusTag status={row.status} testId={`my-course-status-${row.courseId}`} />}
      data-testid={`my-course-${row.courseId}`}
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          <Tag style={{ marginInlineEnd: 0 }}>{t(`common.category.${row.category}`)}</Tag>
          <SourceTag source={row.source} />
          <Typography.Text type="secondary" ellipsis>
            {row.courseUnitName}
          </Typography.Text>
        </Flex>
        <ProgressBar percent={row.progress} testId={`my-course-progress-${row.courseId}`} />
        <DueNote dueOn={row.dueOn} overdue={row.overdue} status={row.status} testId={`my-course-due-${row.courseId}`} />
        {row.certificateNumber && (
          <Flex wrap gap={8} align="center">
            <Typography.Text type="secondary">{t('learn.certificateNumber')}</Typography.Text>
            <CertificateLink number={row.certificateNumber} testId={`my-course-certificate-${row.courseId}`} />
          </Flex>
        )}
        {row.status === 'withdrawn' && (
          <Typography.Text type="secondary">{t('learn.mine.withdrawnNote')}</Typography.Text>
        )}
        <Flex justify="flex-end">
          <Button
            type={going ? 'primary' : 'default'}
            size="small"
            onClick={() => navigate(path)}
            data-neutral
            data-testid={`my-course-open-${row.courseId}`}
          >
            {going ? (row.progress > 0 ? t('learn.mine.continue') : t('learn.mine.start')) : t('learn.mine.view')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
