// Adding a version of the rules, from a month on (not before this one, after the newest version): the rounding, a
// note, and per category either brackets (each a bound in yuan, the last without one, and a rate in percent with at
// most two decimals, read as whole basis points without a float) or a fixed amount with an optional range the branch
// sets it within. The form starts from the newest version; the form checks what the server checks (rising bounds,
// rates that never fall) and the server's field errors land on the fields they name.
import { duesCategories, parseYuan } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Flex,
  Form,
  type FormInstance,
  Input,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuesCategoryCode, RuleSetRow } from '../common/api-types';
import { roundings } from '../common/domain-values';
import { formatMonth } from '../common/month-text';
import { addMonths, isMonth } from '../common/months';
import { parseRate } from '../common/rate';
import { useTRPC } from '../trpc';
import {
  type BracketValues,
  maxBrackets,
  type RuleFormValues,
  ruleFieldPath,
  ruleFormValues,
  ruleSetOf,
} from './rule-form';

type Props = { open: boolean; latest: RuleSetRow | undefined; onClose: () => void };

export function AddRulesModal({ open, latest, onClose }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const rules = formRules(t);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  // The first month a new version may start: this one, or the one after the newest version.
  const earliest = latest && latest.effectiveFrom >= thisMonth ? addMonths(latest.effectiveFrom, 1) : thisMonth;
  const label = (key: string) => t(`ruleForm.${key}`);
  const add = useMutation(
    trpc.dues.rules.add.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('ruleForm.done', { month: formatMonth(input.effectiveFrom, i18n.language) }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      // Paths into the rule set, list indexes as numbers (antd matches a bracket's field by its number).
      onError: (error) => applyFieldErrors(form as FormInstance, error, ruleFieldPath),
    }),
  );

  const save = (values: RuleFormValues) => {
    const ruleSet = ruleSetOf(values);
    if (ruleSet) add.mutate(ruleSet);
  };

  return (
    <FormModal<RuleFormValues>
      form={form}
      mutation={add}
      open={open}
      width={760}
      title={label('title')}
      okButtonProps={{ 'data-testid': 'rules-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={ruleFormValues(latest, earliest)}
      onFinish={save}
      testId="rules-form"
    >
      <Typography.Paragraph type="secondary">
        {t('ruleForm.hint', { latest: latest ? formatMonth(latest.effectiveFrom, i18n.language) : t('none') })}
      </Typography.Paragraph>
      <Flex gap={16} wrap>
        <Form.Item
          name="effectiveFrom"
          label={label('effectiveFrom')}
          rules={[
            rules.required(label('effectiveFrom')),
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                if (!isMonth(value)) throw new Error(t('form.monthInvalid'));
                if (value < earliest)
                  throw new Error(
                    t('ruleForm.monthTooEarly', {
                      latest: latest ? formatMonth(latest.effectiveFrom, i18n.language) : t('none'),
                    }),
                  );
              },
            },
          ]}
        >
          <Input type="month" min={earliest} placeholder="YYYY-MM" data-testid="rules-form-month" />
        </Form.Item>
        <Form.Item
          name="rounding"
          label={label('rounding')}
          rules={[rules.choose(label('rounding'))]}
          style={{ minWidth: 200 }}
        >
          <Select
            options={roundings.map((value) => ({ value, label: t(`rounding.${value}`) }))}
            data-testid="rules-form-rounding"
          />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={label('note')} rules={[rules.maxLength(200)]}>
        <Input maxLength={200} data-testid="rules-form-note" />
      </Form.Item>
      <Flex vertical gap={12}>
        {duesCategories.map((category) => (
          <CategoryFields key={category} form={form} category={category} />
        ))}
      </Flex>
    </FormModal>
  );
}

/** One category's rule: brackets or a fixed amount. */
function CategoryFields({ form, category }: { form: FormInstance<RuleFormValues>; category: DuesCategoryCode }) {
  const { t } = useTranslation('dues');
  const rules = formRules(t);
  const kind = Form.useWatch(['categories', category, 'kind'], form);
  const label = (key: string) => t(`ruleForm.${key}`);
  const at = (...rest: (string | number)[]) => ['categories', category, ...rest];
  const testId = `rules-form-${category}`;
  return (
    <Card size="small" title={t(`category.${category}`)} data-testid={testId}>
      <Form.Item name={at('kind')} label={label('kind')}>
        <Radio.Group
          optionType="button"
          options={(['brackets', 'fixed'] as const).map((value) => ({ value, label: t(`ruleKind.${value}`) }))}
          data-testid={`${testId}-kind`}
        />
      </Form.Item>
      {kind === 'fixed' ? (
        <Flex gap={12} wrap>
          <Form.Item
            name={at('fen')}
            label={label('fen')}
            rules={[
              rules.required(label('fen')),
              {
                validator: async (_, value: string | undefined) => {
                  if (value?.trim() && parseYuan(value) === null) throw new Error(t('form.amountNotNegative'));
                },
              },
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-fen`} />
          </Form.Item>
          <Form.Item
            name={at('min')}
            label={label('min')}
            dependencies={[at('fen'), at('max')]}
            rules={[rangeRule(form, category, 'min', t)]}
          >
            <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-min`} />
          </Form.Item>
          <Form.Item
            name={at('max')}
            label={label('max')}
            extra={label('rangeHint')}
            dependencies={[at('fen'), at('min')]}
            rules={[rangeRule(form, category, 'max', t)]}
          >
            <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-max`} />
          </Form.Item>
        </Flex>
      ) : (
        <Form.List name={at('brackets')}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field, index) => {
                const last = index === fields.length - 1;
                return (
                  <Flex key={field.key} gap={12} align="start" wrap data-testid={`${testId}-bracket-${index}`}>
                    {last ? (
                      <Form.Item label={index === 0 ? label('upTo') : undefined} style={{ minWidth: 180 }}>
                        <Typography.Text type="secondary">{label('unbounded')}</Typography.Text>
                      </Form.Item>
                    ) : (
                      <Form.Item
                        name={[field.name, 'upTo']}
                        label={index === 0 ? label('upTo') : undefined}
                        rules={[rules.required(label('upTo')), upToRule(form, category, index, t)]}
                        style={{ minWidth: 180 }}
                      >
                        <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-up-to-${index}`} />
                      </Form.Item>
                    )}
                    <Form.Item
                      name={[field.name, 'rate']}
                      label={index === 0 ? label('rate') : undefined}
                      rules={[rules.required(label('rate')), rateRule(form, category, index, t)]}
                    >
                      <Input
                        inputMode="decimal"
                        autoComplete="off"
                        suffix="%"
                        data-testid={`${testId}-rate-${index}`}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Form.Item label={index === 0 ? ' ' : undefined}>
                        <Button
                          type="link"
                          danger
                          onClick={() => remove(field.name)}
                          data-testid={`${testId}-remove-${index}`}
                        >
                          {label('removeBracket')}
                        </Button>
                      </Form.Item>
                    )}
                  </Flex>
                );
              })}
              {fields.length < maxBrackets && (
                <Button
                  type="dashed"
                  // A new bracket goes before the last (which has no bound).
                  onClick={() => add({ upTo: '', rate: '' }, Math.max(0, fields.length - 1))}
                  data-testid={`${testId}-add`}
                >
                  {label('addBracket')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      )}
    </Card>
  );
}

type T = (key: string, values?: Record<string, unknown>) => string;

const bracketsOf = (form: FormInstance<RuleFormValues>, category: DuesCategoryCode) =>
  (form.getFieldValue(['categories', category, 'brackets']) ?? []) as BracketValues[];

/** A bracket's bound: an amount, higher than the bound before. */
function upToRule(form: FormInstance<RuleFormValues>, category: DuesCategoryCode, index: number, t: T) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const fen = parseYuan(value);
      if (fen === null) throw new Error(t('form.amountNotNegative'));
      const before = index > 0 ? parseYuan(bracketsOf(form, category)[index - 1]?.upTo ?? '') : null;
      if (before !== null && fen <= before) throw new Error(t('ruleForm.upToRising'));
    },
  };
}

/** A bracket's rate: a percentage (two decimals at most, 100 at most), not below the bracket before's. */
function rateRule(form: FormInstance<RuleFormValues>, category: DuesCategoryCode, index: number, t: T) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const bp = parseRate(value);
      if (bp === null) throw new Error(t('ruleForm.rateInvalid'));
      const before = index > 0 ? parseRate(bracketsOf(form, category)[index - 1]?.rate ?? '') : null;
      if (before !== null && bp < before) throw new Error(t('ruleForm.rateFalling'));
    },
  };
}

/** An end of a fixed amount's range: both ends or neither, the amount between them. */
function rangeRule(form: FormInstance<RuleFormValues>, category: DuesCategoryCode, end: 'min' | 'max', t: T) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const other = String(form.getFieldValue(['categories', category, end === 'min' ? 'max' : 'min']) ?? '');
      if (!value?.trim()) {
        if (other.trim()) throw new Error(t('ruleForm.rangeBoth'));
        return;
      }
      const fen = parseYuan(value);
      if (fen === null) throw new Error(t('form.amountNotNegative'));
      if (!other.trim()) throw new Error(t('ruleForm.rangeBoth'));
      const amount = parseYuan(String(form.getFieldValue(['categories', category, 'fen']) ?? ''));
      if (amount !== null && (end === 'min' ? fen > amount : fen < amount)) throw new Error(t('ruleForm.rangeOrder'));
    },
  };
}
