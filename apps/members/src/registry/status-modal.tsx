// A member leaving the registry: deceased, expelled (a probationary or full member only) or withdrawn, from the day it
// took effect, with the reason. It cannot be undone, so the form's "next" asks first, naming the member and the new
// status; the server's refusal shows above the form, and on its field when it names one.
import { memberLimits } from '@strata/contract';
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeavingStatus, MemberProfile } from '../common/api-types';
import { expellableStages, leavingStatuses } from '../common/domain-values';
import { useTRPC } from '../trpc';

type Values = { status?: LeavingStatus; on: string; reason: string };
const testId = 'member-status';

type Props = { member: MemberProfile | undefined; onClose: () => void };

export function StatusModal({ member, onClose }: Props) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const setStatus = useMutation(
    trpc.members.registry.setStatus.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('statusChange.done', { name: member?.name ?? '', status: t(`status.${input.status}`) }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const mayExpel = member !== undefined && expellableStages.includes(member.stage);
  const label = (key: string) => t(`statusChange.${key}`);

  const ask = (values: Values) => {
    if (!member || !values.status) return;
    const status = values.status;
    modal.confirm({
      title: t('statusChange.confirmTitle', { name: member.name, status: t(`status.${status}`) }),
      content: t('statusChange.confirmText', { day: formatCalendarDay(values.on, i18n.language) }),
      okText: label('confirm'),
      okButtonProps: { danger: true, 'data-testid': `${testId}-confirm` } as ButtonProps,
      onOk: async () => {
        // A refusal shows in the dialog (above the form, and on its field).
        await setStatus
          .mutateAsync({ id: member.id, status, on: values.on, reason: values.reason.trim() })
          .catch(() => undefined);
      },
    });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={setStatus}
      open={member !== undefined}
      title={t('statusChange.title', { name: member?.name ?? '' })}
      okText={label('next')}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-next` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ on: today, reason: '' }}
      onFinish={ask}
      testId={`${testId}-form`}
    >
      <Form.Item
        name="status"
        label={label('status')}
        extra={mayExpel ? undefined : label('expelHint')}
        rules={[rules.choose(label('status'))]}
      >
        <Select
          options={leavingStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
            disabled: status === 'expelled' && !mayExpel,
          }))}
          data-testid={`${testId}-status`}
        />
      </Form.Item>
      <Form.Item
        name="on"
        label={label('on')}
        rules={[
          rules.required(label('on')),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today} data-testid={`${testId}-on`} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={label('reason')}
        rules={[rules.required(label('reason')), rules.maxLength(memberLimits.reasonMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={memberLimits.reasonMax}
          showCount
          placeholder={label('reasonPlaceholder')}
          data-testid={`${testId}-reason`}
        />
      </Form.Item>
    </FormModal>
  );
}
