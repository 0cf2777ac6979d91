// The catalogue (课程目录): the published courses open to my unit, by title, filtered by category and part of the
// title (both kept in the URL). A course I am not taking offers to enrol (asked first); one I withdrew from offers to
// enrol again, where I left off; one I am taking or completed shows its state and leads to my page of it.

import { type TrainingCategory, trainingCategories, trainingLimits } from '@strata/contract';
import { ErrorAlert, errorMessage } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EnrolmentStatusTag } from '../enrolments/enrolment-parts';
import { useTRPC } from '../trpc';
import { CardGrid, DueNote, daysLeft, MoreRows, myCoursePath, pageStep, SourceTag } from './learn-parts';
import type { CatalogueRow } from './learn-types';

const readCategory = (value: string | null): TrainingCategory | undefined =>
  trainingCategories.find((category) => category === value);
const readQ = (value: string | null) => value?.trim().slice(0, trainingLimits.titleMax) || undefined;

export function CatalogueTab({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [params, setParams] = useAddressParams();
  const category = readCategory(params.get('category'));
  const q = readQ(params.get('q'));
  const [pageSize, setPageSize] = useState(pageStep);
  const catalogue = useQuery({
    ...trpc.training.learning.catalogue.queryOptions({
      ...(category && { category }),
      ...(q && { q }),
      page: 1,
      pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const enrol = useMutation(
    trpc.training.learning.enrol.mutationOptions({
      onSuccess: async (result) => {
        message.success(t('learn.catalogue.enrolled'));
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
        navigate(myCoursePath(basePath, result.courseId));
      },
    }),
  );
  const setParam = (name: 'q' | 'category', value: string | undefined) =>
    setParams(
      (now) => {
        const next = new URLSearchParams(now);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const askEnrol = (row: CatalogueRow) =>
    modal.confirm({
      title: t(row.enrolment ? 'learn.catalogue.enrolAgainTitle' : 'learn.catalogue.enrolTitle', { title: row.title }),
      content: row.enrolment ? t('learn.catalogue.enrolAgainText') : t('learn.catalogue.enrolText'),
      okText: row.enrolment ? t('learn.catalogue.enrolAgain') : t('learn.catalogue.enrol'),
      okButtonProps: { 'data-testid': 'catalogue-enrol-ok' } as ButtonProps,
      onOk: () => enrol.mutateAsync({ courseId: row.id }).catch(() => undefined),
    });

  const items = catalogue.data?.items;
  const filtered = category !== undefined || q !== undefined;
  return (
    <Flex vertical gap={16} data-testid="catalogue">
      <Flex wrap gap={8}>
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          allowClear
          maxLength={trainingLimits.titleMax}
          placeholder={t('learn.catalogue.searchPlaceholder')}
          aria-label={t('learn.catalogue.search')}
          onSearch={(value) => setParam('q', value.trim() || undefined)}
          style={{ width: 260, maxWidth: '100%' }}
          data-neutral
          data-testid="catalogue-search"
        />
        <Select<TrainingCategory>
          allowClear
          value={category}
          placeholder={t('learn.catalogue.anyCategory')}
          aria-label={t('learn.catalogue.category')}
          options={trainingCategories.map((value) => ({ value, label: t(`common.category.${value}`) }))}
          onChange={(value) => setParam('category', value ?? undefined)}
          style={{ width: 180 }}
          data-neutral
          data-testid="catalogue-category"
        />
      </Flex>
      {enrol.isError && (
        <Alert
          type="error"
          showIcon
          title={t('learn.catalogue.enrolFailed')}
          description={errorMessage(enrol.error, t)}
          data-testid="catalogue-enrol-failed"
        />
      )}
      {catalogue.error ? (
        <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : items === undefined ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={filtered ? t('learn.catalogue.noMatch') : t('learn.catalogue.none')}
          data-testid="catalogue-empty"
        >
          {filtered && (
            <Button
              onClick={() =>
                setParams((now) => {
                  const next = new URLSearchParams(now);
                  next.delete('q');
                  next.delete('category');
                  return next;
                })
              }
              data-neutral
            >
              {t('learn.catalogue.clearFilters')}
            </Button>
          )}
        </Empty>
      ) : (
        <>
          <CardGrid
            items={items}
            itemKey={(row) => row.id}
            render={(row) => (
              <CatalogueCard
                row={row}
                basePath={basePath}
                enrolling={enrol.isPending && enrol.variables?.courseId === row.id}
                onEnrol={() => askEnrol(row)}
              />
            )}
            testId="catalogue-list"
          />
          <MoreRows
            shown={items.length}
            total={catalogue.data?.total ?? 0}
            pageSize={pageSize}
            onMore={() => setPageSize((n) => n + pageStep)}
            testId="catalogue"
          />
        </>
      )}
    </Flex>
  );
}

type CardProps = { row: CatalogueRow; basePath: string; enrolling: boolean; onEnrol: () => void };

function CatalogueCard({ row, basePath, enrolling, onEnrol }: CardProps) {
  const { t } = useTranslation('training');
  const own = row.enrolment;
  const taking = own !== null && own.status !== 'withdrawn';
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        taking ? (
          <Link to={myCoursePath(basePath, row.id)} data-testid={`catalogue-link-${row.id}`}>
            {row.title}
          </Link>
        ) : (
          <Typography.Text strong>{row.title}</Typography.Text>
        )
      }
      extra={own && <EnrolmentStatusTag status={own.status} testId={`catalogue-status-${row.id}`} />}
      data-testid={`catalogue-${row.id}`}
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          <Tag style={{ marginInlineEnd: 0 }}>{t(`common.category.${row.category}`)}</Tag>
          {row.required && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('learn.required')}
            </Tag>
          )}
          <Typography.Text type="secondary">{row.unitName}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary">
          {t('learn.catalogue.size', { lessons: row.lessonCount, minutes: row.minutes })}
        </Typography.Text>
        {row.summary && (
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 3, expandable: 'collapsible' }}
            style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          >
            {row.summary}
          </Typography.Paragraph>
        )}
        {own && taking && (
          <Flex wrap gap={8} align="center">
            <SourceTag source={own.source} />
            <DueNote dueOn={own.dueOn} overdue={own.dueOn !== null && daysLeft(own.dueOn) < 0} status={own.status} />
          </Flex>
        )}
        <Flex justify="flex-end">
          {taking ? (
            <Link to={myCoursePath(basePath, row.id)} data-testid={`catalogue-open-${row.id}`}>
              {own.status === 'completed' ? t('learn.mine.view') : t('learn.mine.continue')}
            </Link>
          ) : (
            <Button
              type="primary"
              size="small"
              loading={enrolling}
              onClick={onEnrol}
              data-testid={`catalogue-enrol-${row.id}`}
            >
              {own ? t('learn.catalogue.enrolAgain') : t('learn.catalogue.enrol')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
