// What the learner's pages share: their paths, an id from the route, the due day with what is left of it, the source
// of an enrolment, a certificate's public verification link, and the grid their cards stand in (one column on a
// phone). Light: "my learning" is the remote's first page and imports this statically.
import type { EnrolmentSource, EnrolmentStatus } from '@strata/contract';
import { dayNumber, dayNumberOf } from '@strata/i18n/days';
import { Button, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDay } from '../enrolments/enrolment-parts';

export const learnPath = (basePath: string, tab?: string) => `${basePath}/learn${tab ? `?tab=${tab}` : ''}`;
export const myCoursePath = (basePath: string, courseId: number) => `${basePath}/learn/${courseId}`;
export const lessonPath = (basePath: string, courseId: number, lessonId: number) =>
  `${basePath}/learn/${courseId}/lessons/${lessonId}`;
/** A quiz of the course: its start (or the attempt under way), or one submitted attempt's review. */
export const quizPath = (basePath: string, courseId: number, quizId: number, review?: number) =>
  `${basePath}/learn/${courseId}/quizzes/${quizId}${review ? `?review=${review}` : ''}`;
/** A certificate's public page (the portal's), which anyone may open to check it. */
export const verifyPath = (number: string) => `/site/verify/training/${encodeURIComponent(number)}`;

export const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** An id a route names (`:courseId`): a positive whole number, else undefined. */
export function routeId(param: string | undefined): number | undefined {
  const id = Number(param);
  return param && /^\d+$/.test(param) && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** Whole days from today (Asia/Shanghai, as the server counts overdue) to `dueOn`: 0 today, negative once past. */
export function daysLeft(dueOn: string, now: Date = new Date()): number {
  return dayNumber(dueOn) - dayNumberOf(now);
}

type DueProps = { dueOn: string | null; overdue: boolean; status: EnrolmentStatus; testId?: string };

/** The due day (red once overdue) and, while the course is being taken, how many days are left. */
export function DueNote({ dueOn, overdue, status, testId }: DueProps) {
  const { t } = useTranslation('training');
  if (!dueOn) return null;
  const open = status === 'enrolled' || status === 'in_progress';
  const left = open && !overdue ? daysLeft(dueOn) : undefined;
  return (
    <Flex wrap gap={8} align="center" data-testid={testId}>
      <Typography.Text type="secondary">{t('common.dueOn')}</Typography.Text>
      <DueDay dueOn={dueOn} overdue={overdue && open} />
      {left !== undefined && left >= 0 && (
        <Typography.Text type={left <= 3 ? 'warning' : 'secondary'}>
          {left === 0 ? t('learn.dueToday') : t('learn.dueIn', { count: left })}
        </Typography.Text>
      )}
    </Flex>
  );
}

export function SourceTag({ source }: { source: EnrolmentSource }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={source === 'assigned' ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`common.enrolmentSource.${source}`)}
    </Tag>
  );
}

/** A certificate's number, opening its public verification page in a new tab. */
export function CertificateLink({ number, testId }: { number: string; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <a
      href={verifyPath(number)}
      target="_blank"
      rel="noopener noreferrer"
      title={t('learn.verifyHint')}
      style={tabular}
      data-testid={testId}
    >
      {number}
    </a>
  );
}

type GridProps<T> = {
  items: T[];
  itemKey: (item: T) => number | string;
  render: (item: T) => ReactNode;
  testId?: string;
};

/** Cards side by side on a wide screen, one under the other on a phone; each card fills its cell's height. */
export function CardGrid<T>({ items, itemKey, render, testId }: GridProps<T>) {
  return (
    <Row gutter={[16, 16]} data-testid={testId}>
      {items.map((item) => (
        <Col key={itemKey(item)} xs={24} md={12} xxl={8} style={{ display: 'flex' }}>
          {render(item)}
        </Col>
      ))}
    </Row>
  );
}

/** A list's one page grows by this many rows up to the server's largest page. */
export const pageStep = 20;
export const pageMax = 100;

type MoreProps = { shown: number; total: number; pageSize: number; onMore: () => void; testId: string };

/** "More" while the server holds more rows; past its largest page, how many are shown of how many. */
export function MoreRows({ shown, total, pageSize, onMore, testId }: MoreProps) {
  const { t } = useTranslation('training');
  if (shown >= total) return null;
  if (pageSize >= pageMax)
    return (
      <Typography.Text type="secondary" data-testid={`${testId}-capped`}>
        {t('learn.firstShown', { shown, total })}
      </Typography.Text>
    );
  return (
    <Button block onClick={onMore} data-neutral data-testid={`${testId}-more`}>
      {t('learn.more', { count: total - shown })}
    </Button>
  );
}
