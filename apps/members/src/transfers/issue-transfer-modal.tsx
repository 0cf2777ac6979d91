// Issuing a transfer letter for a member of the subtree: to a branch or group of the system, in any township, found by
// name (which then confirms it; the member stays here until then), or to an organisation outside it (the member
// leaves the registry at once, which the form says). The letter's validity follows from the day and whether it crosses
// provinces (only a letter leaving the system can: the system is one municipality), as the server reckons it. A
// refusal shows on its field.
import { memberLimits } from '@strata/contract';
import { addMonths, calendarDay, dayNumber, dayText, formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Checkbox, Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IssueTransferInput } from '../common/api-types';
import { useTRPC } from '../trpc';
import { DestinationSelect } from './destination-select';
import { MemberSelect } from './member-select';

type Values = {
  memberId?: number;
  destination: 'inside' | 'outside';
  toUnitId?: number;
  toOrganisation: string;
  crossProvince: boolean;
  letterNo: string;
  issuedOn: string;
  reason: string;
};

const testId = 'transfer-issue';

/** A letter's months of validity: three, six across provinces (`memberLimits`, as the server reads them). */
export const validMonths = (crossProvince: boolean) =>
  crossProvince ? memberLimits.transferMonthsCrossProvince : memberLimits.transferMonths;

/** The letter as the API takes it: one destination, trimmed, a blank number left to the server. */
export function toIssueInput(values: Values): IssueTransferInput {
  const outside = values.destination === 'outside';
  return {
    memberId: values.memberId as number,
    ...(outside ? { toOrganisation: values.toOrganisation.trim() } : { toUnitId: values.toUnitId as number }),
    crossProvince: outside && values.crossProvince,
    ...(values.letterNo.trim() && { letterNo: values.letterNo.trim() }),
    issuedOn: values.issuedOn,
    reason: values.reason.trim(),
  };
}

type Props = { unitId: number; open: boolean; onClose: () => void };

export function IssueTransferModal({ unitId, open, onClose }: Props) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`transfers.issueForm.${key}`);
  const today = calendarDay(new Date());
  const destination = Form.useWatch('destination', form) ?? 'inside';
  const crossProvince = Form.useWatch('crossProvince', form) ?? false;
  const issuedOn = Form.useWatch('issuedOn', form) ?? today;
  const months = validMonths(destination === 'outside' && crossProvince);
  const issue = useMutation(
    trpc.members.transfers.issue.mutationOptions({
      onSuccess: async ({ letterNo }) => {
        message.success(t('transfers.issueForm.done', { letterNo }));
        onClose();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.members.transfers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() }),
        ]);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const validUntil = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn)
    ? formatCalendarDay(dayText(addMonths(dayNumber(issuedOn), months)), i18n.language)
    : undefined;

  return (
    <FormModal<Values>
      form={form}
      mutation={issue}
      open={open}
      width={640}
      title={label('title')}
      okText={label('ok')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        memberId: undefined,
        destination: 'inside',
        toUnitId: undefined,
        toOrganisation: '',
        crossProvince: false,
        letterNo: '',
        issuedOn: today,
        reason: '',
      }}
      onFinish={(values) => issue.mutate(toIssueInput(values))}
      testId={`${testId}-form`}
    >
      <Form.Item name="memberId" label={label('member')} rules={[rules.choose(label('member'))]}>
        <MemberSelect
          unitId={unitId}
          status="current"
          placeholder={label('memberPlaceholder')}
          testId={`${testId}-member`}
        />
      </Form.Item>
      <Form.Item name="destination" label={label('destination')}>
        <Radio.Group
          options={[
            { value: 'inside', label: label('inside') },
            { value: 'outside', label: label('outside') },
          ]}
          data-testid={`${testId}-destination`}
        />
      </Form.Item>
      {destination === 'inside' ? (
        <Form.Item name="toUnitId" label={label('toUnitId')} rules={[rules.choose(label('toUnitId'))]}>
          <DestinationSelect placeholder={label('toUnitPlaceholder')} testId={`${testId}-to-unit`} />
        </Form.Item>
      ) : (
        <>
          <Alert type="warning" showIcon title={label('outsideHint')} style={{ marginBottom: 16 }} />
          <Form.Item
            name="toOrganisation"
            label={label('toOrganisation')}
            rules={[rules.required(label('toOrganisation')), rules.maxLength(memberLimits.organisationMax)]}
          >
            <Input
              maxLength={memberLimits.organisationMax}
              placeholder={label('toOrganisationPlaceholder')}
              data-testid={`${testId}-to-organisation`}
            />
          </Form.Item>
          <Form.Item name="crossProvince" valuePropName="checked">
            <Checkbox data-testid={`${testId}-cross-province`}>{label('crossProvince')}</Checkbox>
          </Form.Item>
        </>
      )}
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="issuedOn"
            label={label('issuedOn')}
            extra={validUntil && t('transfers.issueForm.validity', { day: validUntil, count: months })}
            rules={[
              rules.required(label('issuedOn')),
              {
                validator: async (_, value: string | undefined) => {
                  if (value && value > today) throw new Error(t('form.dayInFuture'));
                },
              },
            ]}
          >
            <Input type="date" max={today} data-testid={`${testId}-issued-on`} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="letterNo"
            label={label('letterNo')}
            extra={label('letterNoHint')}
            rules={[rules.maxLength(memberLimits.letterNoMax)]}
          >
            <Input maxLength={memberLimits.letterNoMax} autoComplete="off" data-testid={`${testId}-letter-no`} />
          </Form.Item>
        </Col>
      </Row>
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
