// Checking in or out of an activity with the six-digit code on the organiser's screen. Each refusal (an unknown or
// expired code, one used by someone else, for another activity, not open yet...) shows in the server's words.
import { checkinCodePattern } from '@strata/checkin';
import type { CheckinPurpose } from '@strata/contract';
import { errorMessage, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

type Props = {
  activityId: number;
  purpose: CheckinPurpose;
  /** A code the link brought (the QR code's), filled in. */
  code?: string;
  /** Called with what was said (the check-in's late flag, the check-out's early one, in words). */
  onDone?: (said: string) => void;
  testId: string;
};

export function CheckinForm({ activityId, purpose, code, onDone, testId }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const rules = formRules(t);
  const options = {
    onSuccess: async (result: { late?: boolean; early?: boolean; at?: string }) => {
      const said =
        purpose === 'in'
          ? result.late
            ? t('checkin.inLate')
            : t('checkin.in')
          : result.early
            ? t('checkin.outEarly')
            : t('checkin.out');
      message.success(said);
      form.resetFields();
      onDone?.(said);
      await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
    },
  };
  const checkIn = useMutation(trpc.volunteers.checkin.checkIn.mutationOptions(options));
  const checkOut = useMutation(trpc.volunteers.checkin.checkOut.mutationOptions(options));
  const sending = purpose === 'in' ? checkIn : checkOut;
  const label = purpose === 'in' ? t('checkin.codeIn') : t('checkin.codeOut');

  return (
    <Form<{ code: string }>
      form={form}
      layout="vertical"
      initialValues={{ code: code ?? '' }}
      onFinish={({ code: typed }) => {
        const input = { activityId, code: typed.trim() };
        if (purpose === 'in') checkIn.mutate(input);
        else checkOut.mutate(input);
      }}
      data-testid={`${testId}-form`}
    >
      <Form.Item label={label} extra={t('checkin.codeHint')} required style={{ marginBottom: 8 }}>
        <Flex gap={8} wrap>
          <Form.Item
            name="code"
            noStyle
            rules={[rules.required(label), rules.pattern(checkinCodePattern, t('checkin.codeSixDigits'))]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              aria-label={label}
              style={{ width: 160, fontVariantNumeric: 'tabular-nums', letterSpacing: 4 }}
              data-testid={`${testId}-code`}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending.isPending} data-testid={`${testId}-submit`}>
            {purpose === 'in' ? t('checkin.checkIn') : t('checkin.checkOut')}
          </Button>
        </Flex>
      </Form.Item>
      {sending.isError && (
        <Alert
          type="error"
          showIcon
          title={purpose === 'in' ? t('checkin.refusedIn') : t('checkin.refusedOut')}
          description={errorMessage(sending.error, t)}
          data-testid={`${testId}-refused`}
        />
      )}
    </Form>
  );
}
