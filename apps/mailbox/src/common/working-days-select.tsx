import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The most working days to offer (from 1). */
  max: number;
  /** Given by the form item that holds it. */
  id?: string;
  value?: number;
  onChange?: (days: number) => void;
  disabled?: boolean;
  'aria-label'?: string;
  'data-testid'?: string;
};

/**
 * A number of working days, chosen from 1 to `max` ("3 个工作日"): no keyboard needed on a phone, no number to
 * mistype, and none of antd's number box to fetch (the shell provides no InputNumber: it would add to every first
 * visit).
 */
export function WorkingDaysSelect({ max, ...props }: Props) {
  const { t } = useTranslation('mailbox');
  return (
    <Select<number>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 200 }}
      options={Array.from({ length: max }, (_, i) => ({
        value: i + 1,
        label: t('letter.deadline.workingDays', { count: i + 1 }),
      }))}
    />
  );
}
