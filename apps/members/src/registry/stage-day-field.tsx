// The day a stage was reached: a calendar day (the browser's own date field: the system picker on a phone, and no
// date library in the remote), none after today, none before the previous stage's day. The server checks the rest
// (the applicant's age, each stage's day in order) and answers on the field.
import { calendarDay } from '@strata/i18n/days';
import { formRules } from '@strata/ui';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StageDay } from '../common/domain-values';

type Props = { field: StageDay; previous: StageDay | undefined; testId: string };

export function StageDayField({ field, previous, testId }: Props) {
  const { t } = useTranslation('members');
  const rules = formRules(t);
  const label = t(`stageDay.${field}`);
  const today = calendarDay(new Date());
  return (
    <Form.Item
      name={field}
      label={label}
      dependencies={previous ? [previous] : []}
      rules={[
        rules.required(label),
        ({ getFieldValue }) => ({
          validator: async (_, value: string | undefined) => {
            if (!value) return;
            if (value > today) throw new Error(t('form.dayInFuture'));
            const before = previous ? (getFieldValue(previous) as string | undefined) : undefined;
            if (previous && before && value < before)
              throw new Error(t('form.dayOrder', { previous: t(`stageDay.${previous}`) }));
          },
        }),
      ]}
    >
      <Input type="date" max={today} data-testid={`${testId}-${field}`} />
    </Form.Item>
  );
}
