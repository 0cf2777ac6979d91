// Registering a member: the branch (or group) within the current unit, the details, the stage reached and the day of
// each stage up to it (the fields of later stages hidden). The server reads the gender and birth date from the ID
// number: once saved, they are shown as it read them. A refusal on a field (an ID number that does not check, one
// already registered, a day out of order) shows on that field.
import type { MemberStage } from '@strata/contract';
import { memberEthnicityCodes, memberStages } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules, TreeSelectOnDemand, toUnitTree, useAccess } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Col, Form, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewMemberInput } from '../common/api-types';
import { type StageDay, stageDays, stagesUpTo } from '../common/domain-values';
import { holdsMembers, useUnits } from '../common/use-units';
import { useTRPC } from '../trpc';
import { type DetailValues, MemberDetailFields } from './member-fields';
import { StageDayField } from './stage-day-field';

type Values = DetailValues & { unitId?: number; stage: MemberStage } & Record<StageDay, string>;

const testId = 'member-create';

/** The new member as the API takes it: trimmed, blank optional fields left out, a day for each stage reached. */
export function toNewMember(values: Values): NewMemberInput {
  const days = Object.fromEntries(
    stagesUpTo(values.stage).map((stage) => [stageDays[stage], values[stageDays[stage]]]),
  );
  return {
    unitId: values.unitId as number,
    name: values.name.trim(),
    idNumber: values.idNumber.trim(),
    ethnicity: values.ethnicity as string,
    education: values.education as NonNullable<DetailValues['education']>,
    occupation: values.occupation as NonNullable<DetailValues['occupation']>,
    phone: values.phone.trim(),
    address: values.address.trim(),
    workplace: values.workplace.trim(),
    note: values.note.trim(),
    stage: values.stage,
    ...days,
  };
}

export function CreateMemberModal({ unitId, open, onClose }: { unitId: number; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const { below, isLoading } = useUnits(unitId);
  // Members are registered in a branch or group where the user registers members; the units above stay as the path.
  const treeData = useMemo(
    () => toUnitTree(below, (u) => !(holdsMembers(u) && access.can('members.edit', u.id))),
    [below, access],
  );
  const current = below.find((u) => u.id === unitId);
  const startsAtCurrent = current !== undefined && holdsMembers(current) && access.can('members.edit', unitId);
  const stage = Form.useWatch('stage', form) ?? memberStages[0];
  const create = useMutation(
    trpc.members.registry.create.mutationOptions({
      onSuccess: async ({ id }, input) => {
        onClose();
        // What the server read from the ID number, as it stored it.
        const made = await queryClient
          .fetchQuery(trpc.members.registry.get.queryOptions({ id }))
          .catch(() => undefined);
        message.success(
          made
            ? t('registry.created', {
                name: made.name,
                gender: t(`gender.${made.gender}`),
                birthDate: formatCalendarDay(made.birthDate, i18n.language),
              })
            : t('form.saved', { name: input.name }),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const blankDays = Object.fromEntries(Object.values(stageDays).map((field) => [field, '']));

  return (
    <FormModal<Values>
      form={form}
      mutation={create}
      open={open}
      width={760}
      title={t('form.createTitle')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        unitId: startsAtCurrent ? unitId : undefined,
        name: '',
        idNumber: '',
        ethnicity: memberEthnicityCodes[0],
        phone: '',
        address: '',
        workplace: '',
        note: '',
        stage: memberStages[0],
        ...blankDays,
      }}
      onFinish={(values) => create.mutate(toNewMember(values))}
      testId={`${testId}-form`}
    >
      <Form.Item name="unitId" label={t('form.unit')} rules={[rules.choose(t('form.unit'))]}>
        <TreeSelectOnDemand
          placeholder={t('form.unitPlaceholder')}
          treeData={treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={isLoading}
          data-testid={`${testId}-unit`}
        />
      </Form.Item>
      <MemberDetailFields hints={{ idNumber: t('form.idNumberHint') }} idNumberRequired testId={testId} />
      <Form.Item
        name="stage"
        label={t('form.stage')}
        extra={t('form.stageHint')}
        rules={[rules.choose(t('form.stage'))]}
      >
        <Select
          options={memberStages.map((code) => ({ value: code, label: t(`stage.${code}`) }))}
          data-testid={`${testId}-stage`}
        />
      </Form.Item>
      <Row gutter={[16, 0]}>
        {stagesUpTo(stage).map((reached, index, reachedStages) => {
          const previous = index > 0 ? stageDays[reachedStages[index - 1] as MemberStage] : undefined;
          return (
            <Col key={reached} xs={24} sm={12}>
              <StageDayField field={stageDays[reached]} previous={previous} testId={testId} />
            </Col>
          );
        })}
      </Row>
    </FormModal>
  );
}
