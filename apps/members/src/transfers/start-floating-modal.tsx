// Registering a member as floating (流动党员): an active member of the subtree attaches from a day to another branch or
// group of the system where they work away (in any township, found by name), with where and, if known, until when. A
// refusal shows on its field.
import { memberLimits } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartFloatingInput } from '../common/api-types';
import { useTRPC } from '../trpc';
import { DestinationSelect } from './destination-select';
import { MemberSelect } from './member-select';

type Values = { memberId?: number; hostUnitId?: number; place: string; startedOn: string; untilOn: string };
const testId = 'floating-start';

export function toStartFloating(values: Values): StartFloatingInput {
  return {
    memberId: values.memberId as number,
    hostUnitId: values.hostUnitId as number,
    place: values.place.trim(),
    startedOn: values.startedOn,
    ...(values.untilOn && { untilOn: values.untilOn }),
  };
}

export function StartFloatingModal({ unitId, open, onClose }: { unitId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`floating.startForm.${key}`);
  const today = calendarDay(new Date());
  const [memberName, setMemberName] = useState<string>();
  const start = useMutation(
    trpc.members.floating.start.mutationOptions({
      onSuccess: async () => {
        message.success(t('floating.startForm.done', { name: memberName ?? '' }));
        onClose();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.members.floating.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() }),
        ]);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <FormModal<Values>
      form={form}
      mutation={start}
      open={open}
      width={640}
      title={label('title')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ memberId: undefined, hostUnitId: undefined, place: '', startedOn: today, untilOn: '' }}
      onFinish={(values) => start.mutate(toStartFloating(values))}
      testId={`${testId}-form`}
    >
      <Form.Item name="memberId" label={label('member')} rules={[rules.choose(label('member'))]}>
        <MemberSelect
          unitId={unitId}
          status="active"
          placeholder={label('memberPlaceholder')}
          onChosen={setMemberName}
          testId={`${testId}-member`}
        />
      </Form.Item>
      <Form.Item name="hostUnitId" label={label('host')} rules={[rules.choose(label('host'))]}>
        <DestinationSelect placeholder={label('hostPlaceholder')} testId={`${testId}-host`} />
      </Form.Item>
      <Form.Item
        name="place"
        label={label('place')}
        rules={[rules.required(label('place')), rules.maxLength(memberLimits.placeMax)]}
      >
        <Input
          maxLength={memberLimits.placeMax}
          placeholder={label('placePlaceholder')}
          data-testid={`${testId}-place`}
        />
      </Form.Item>
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startedOn"
            label={label('startedOn')}
            rules={[
              rules.required(label('startedOn')),
              {
                validator: async (_, value: string | undefined) => {
                  if (value && value > today) throw new Error(t('form.dayInFuture'));
                },
              },
            ]}
          >
            <Input type="date" max={today} data-testid={`${testId}-started-on`} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="untilOn"
            label={label('untilOn')}
            extra={label('untilOnHint')}
            dependencies={['startedOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  const startedOn = getFieldValue('startedOn') as string | undefined;
                  if (value && startedOn && value <= startedOn) throw new Error(label('untilOnAfter'));
                },
              }),
            ]}
          >
            <Input type="date" data-testid={`${testId}-until-on`} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
