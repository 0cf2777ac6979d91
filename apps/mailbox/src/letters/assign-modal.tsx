// Assigning a letter down: to a unit strictly below the one holding it, where the caller handles letters.
import { letterLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules, TreeSelectOnDemand, toUnitTree, useAccess } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { type ButtonProps, Form, Input, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter, Unit } from '../common/api-types';
import { useUnits } from '../common/use-units';
import { useTRPC } from '../trpc';
import { useAfterStep } from './use-after-step';

type Values = { unitId: number; note: string };

/**
 * The units a letter held at `holder` may go to: below it (not itself), shown as a tree; those where the caller does
 * not handle letters are there to place the others but cannot be chosen. Archived units are not in the tree.
 */
export function unitsBelow(units: readonly Unit[], holder: Unit | undefined, mayHandle: (id: number) => boolean) {
  if (!holder) return [];
  const below = units.filter((u) => u.id !== holder.id && u.path.startsWith(holder.path));
  return toUnitTree(below, (u) => !mayHandle(u.id));
}

export function AssignModal({
  letter,
  open,
  onClose,
}: {
  letter: Pick<Letter, 'id' | 'unitId'>;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const access = useAccess();
  const after = useAfterStep();
  const [form] = Form.useForm<Values>();
  const { units, byId, isLoading } = useUnits();
  const treeData = useMemo(
    () => unitsBelow(units ?? [], byId.get(letter.unitId), (id) => access.can('mailbox.handle', id)),
    [units, byId, letter.unitId, access],
  );
  const assign = useMutation(
    trpc.mailbox.letters.assign.mutationOptions({
      onSuccess: async () => {
        onClose();
        await after('assign');
      },
      onError: (error) => {
        applyFieldErrors(form, error);
        after.failed(error);
      },
    }),
  );
  const rules = formRules(t);
  return (
    <FormModal<Values>
      form={form}
      mutation={assign}
      open={open}
      title={t('form.assignTitle')}
      okText={t('steps.assign')}
      okButtonProps={{ 'data-testid': 'letter-step-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ note: '' }}
      onFinish={(values) => assign.mutate({ id: letter.id, unitId: values.unitId, note: (values.note ?? '').trim() })}
      testId="letter-assign-form"
    >
      <Typography.Paragraph type="secondary">{t('form.assignHint')}</Typography.Paragraph>
      <Form.Item
        name="unitId"
        label={t('form.assignUnit')}
        rules={[rules.choose(t('form.assignUnit'))]}
        extra={!isLoading && treeData.length === 0 ? t('form.noUnitsBelow') : undefined}
      >
        <TreeSelectOnDemand
          placeholder={t('form.assignUnitPlaceholder')}
          treeData={treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={isLoading}
          data-testid="letter-assign-unit"
        />
      </Form.Item>
      <Form.Item name="note" label={t('form.assignNote')} rules={[rules.maxLength(letterLimits.reasonMax)]}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={letterLimits.reasonMax}
          showCount
          placeholder={t('form.assignNotePlaceholder')}
          data-testid="letter-assign-note"
        />
      </Form.Item>
    </FormModal>
  );
}
