// What the class list and the staff's training list draw alike: an enrolment's state as a tag, its progress as a bar,
// its due day (red once overdue), and the filters they share (readers of the URL and search fields).
import { type EnrolmentStatus, enrolmentStatuses } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { oneOfParam, type SearchField, textParam } from '@strata/ui/list-page';
import { Flex, Input, Progress, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Part of a learner's name, as the server takes it. */
export const nameParam = textParam({ max: 50 });
/** Overdue only (yes), or all but the overdue (no); unset: either. */
export const overdueParam = oneOfParam(['yes', 'no'] as const);
export const overdueInput = (value: 'yes' | 'no' | undefined) => (value ? { overdue: value === 'yes' } : {});

const statusColours: Record<EnrolmentStatus, string> = {
  enrolled: 'default',
  in_progress: 'blue',
  completed: 'green',
  withdrawn: 'purple',
};

export function EnrolmentStatusTag({ status, testId }: { status: EnrolmentStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={statusColours[status]} style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {t(`common.enrolmentStatus.${status}`)}
    </Tag>
  );
}

/** The share of the criteria met, as a bar with its percentage. */
export function ProgressBar({ percent, testId }: { percent: number; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Progress
      percent={percent}
      size="small"
      status={percent >= 100 ? 'success' : 'normal'}
      aria-label={t('common.percent', { value: percent })}
      style={{ margin: 0, minWidth: 100 }}
      data-testid={testId}
    />
  );
}

/** The due day in the reader's language, in red with the word once overdue; a dash without one. */
export function DueDay({ dueOn, overdue, testId }: { dueOn: string | null; overdue: boolean; testId?: string }) {
  const { t, i18n } = useTranslation('training');
  if (!dueOn) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4} align="center" data-testid={testId} data-overdue={overdue || undefined}>
      <Typography.Text type={overdue ? 'danger' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatCalendarDay(dueOn, i18n.language)}
      </Typography.Text>
      {overdue && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('common.overdue')}
        </Tag>
      )}
    </Flex>
  );
}

/** The filters both lists share: the name searched, the state, overdue or not. */
export function useEnrolmentSearchFields(testId: string): SearchField[] {
  const { t } = useTranslation('training');
  const f = (key: string) => t(`enrolments.filters.${key}`);
  const any = t('common:listAny');
  return [
    {
      name: 'q',
      label: f('name'),
      input: (
        <Input
          type="search"
          allowClear
          maxLength={50}
          placeholder={f('namePlaceholder')}
          data-testid={`${testId}-search`}
        />
      ),
    },
    {
      name: 'status',
      label: f('status'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={enrolmentStatuses.map((value) => ({ value, label: t(`common.enrolmentStatus.${value}`) }))}
          data-testid={`${testId}-filter-status`}
        />
      ),
    },
    {
      name: 'overdue',
      label: f('overdue'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={[
            { value: 'yes', label: f('overdueYes') },
            { value: 'no', label: f('overdueNo') },
          ]}
          data-testid={`${testId}-filter-overdue`}
        />
      ),
    },
  ];
}
