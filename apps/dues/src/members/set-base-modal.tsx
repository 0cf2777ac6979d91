// A member's base from a month on (one entered for the same month is replaced): the month, the category, and what the
// category's rule in force then asks for: a base in yuan where the rate goes by brackets, the amount the branch sets
// within the rule's range (farmers: 0.20 to 1.00 yuan), or nothing for a fixed amount (category-asks.ts). The rules come from
// `dues.rules.list`, so the form asks what the server will check; the server's refusal shows on its field.
import { duesCategories, formatFen, parseYuan } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuesCategoryCode } from '../common/api-types';
import { formatMonth } from '../common/month-text';
import { isMonth } from '../common/months';
import { useTRPC } from '../trpc';
import { categoryAsks } from './category-asks';

/** The member the base is for (a list row, or one an assessment found without a base). */
export type BaseMember = {
  id: number;
  name: string;
  category?: DuesCategoryCode | null;
  baseFen?: number | null;
};

type Values = { effectiveFrom: string; category: DuesCategoryCode; base: string; set: string };

const testId = 'dues-base';
const formFields: Record<string, keyof Values> = { baseFen: 'base', setFen: 'set' };

export function SetBaseModal({ member, onClose }: { member: BaseMember | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  const ruleSets = useQuery({ ...trpc.dues.rules.list.queryOptions(), enabled: member !== undefined });
  const month = Form.useWatch('effectiveFrom', form) ?? thisMonth;
  const category = Form.useWatch('category', form) ?? member?.category ?? 'salaried';
  const asks = categoryAsks(ruleSets.data, isMonth(month) ? month : thisMonth, category);
  const label = (key: string) => t(`base.${key}`);

  const set = useMutation(
    trpc.dues.bases.set.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(
          t('base.done', { name: member?.name ?? '', month: formatMonth(input.effectiveFrom, i18n.language) }),
        );
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, formFields),
    }),
  );

  const save = (values: Values) => {
    if (!member) return;
    const baseFen = asks.kind === 'base' ? parseYuan(values.base) : 0;
    const setFen = asks.kind === 'set' && values.set.trim() ? parseYuan(values.set) : null;
    if (baseFen === null) return;
    set.mutate({
      memberId: member.id,
      effectiveFrom: values.effectiveFrom,
      category: values.category,
      baseFen,
      setFen,
    });
  };

  const yuanRule = (min: number, max: number | undefined) => ({
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const fen = parseYuan(value);
      if (fen === null) throw new Error(t('form.amountInvalid'));
      if (fen < min || (max !== undefined && fen > max))
        throw new Error(t('base.setOutside', { min: formatFen(min), max: formatFen(max ?? min) }));
    },
  });

  return (
    <FormModal<Values>
      form={form}
      mutation={set}
      open={member !== undefined}
      title={t('base.title', { name: member?.name ?? '' })}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        effectiveFrom: thisMonth,
        category: member?.category ?? undefined,
        base:
          member?.baseFen !== null && member?.baseFen !== undefined
            ? formatFen(member.baseFen, { grouped: false })
            : '',
        set: '',
      }}
      onFinish={save}
      testId={`${testId}-form`}
    >
      <Form.Item
        name="effectiveFrom"
        label={label('effectiveFrom')}
        rules={[
          rules.required(label('effectiveFrom')),
          {
            validator: async (_, value: string | undefined) => {
              if (value && !isMonth(value)) throw new Error(t('form.monthInvalid'));
            },
          },
        ]}
      >
        <Input type="month" placeholder="YYYY-MM" data-testid={`${testId}-month`} />
      </Form.Item>
      <Form.Item name="category" label={label('category')} rules={[rules.choose(label('category'))]}>
        <Select
          options={duesCategories.map((value) => ({ value, label: t(`category.${value}`) }))}
          data-testid={`${testId}-category`}
        />
      </Form.Item>
      {asks.kind === 'base' && (
        <Form.Item
          name="base"
          label={label('baseAmount')}
          extra={label('baseHint')}
          rules={[rules.required(label('baseAmount')), yuanRule(0, undefined)]}
        >
          <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-amount`} />
        </Form.Item>
      )}
      {asks.kind === 'set' && (
        <Form.Item
          name="set"
          label={label('setAmount')}
          extra={t('base.setHint', { min: formatFen(asks.min), max: formatFen(asks.max), fen: formatFen(asks.fen) })}
          rules={[yuanRule(asks.min, asks.max)]}
        >
          <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-set`} />
        </Form.Item>
      )}
      {asks.kind === 'fixed' && (
        <p data-testid={`${testId}-fixed`}>{t('base.fixedHint', { amount: formatFen(asks.fen) })}</p>
      )}
    </FormModal>
  );
}
