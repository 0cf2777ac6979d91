// Checking in to a classroom session with the six-digit code on the trainer's screen (the QR code's link fills it
// in). What the server says shows in its words: a code expired, used by someone else or of another session, the
// window closed, already checked in, no place left.
import { checkinCodePattern } from '@strata/checkin';
import { errorMessage, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { CheckedIn } from './learn-types';

type Props = {
  sessionId: number;
  /** A code the link brought, filled in. */
  code?: string;
  onDone: (result: CheckedIn) => void;
  testId: string;
};

export function CheckinForm({ sessionId, code, onDone, testId }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const rules = formRules(t);
  const checkIn = useMutation(
    trpc.training.sessions.checkIn.mutationOptions({
      onSuccess: async (result) => {
        onDone(result);
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
    }),
  );
  const label = t('learn.checkin.code');

  return (
    <Form<{ code: string }>
      form={form}
      layout="vertical"
      initialValues={{ code: code ?? '' }}
      onFinish={({ code: typed }) => checkIn.mutate({ sessionId, code: typed.trim() })}
      data-testid={`${testId}-form`}
    >
      <Form.Item label={label} extra={t('learn.checkin.codeHint')} required style={{ marginBottom: 8 }}>
        <Flex gap={8} wrap>
          <Form.Item
            name="code"
            noStyle
            rules={[rules.required(label), rules.pattern(checkinCodePattern, t('learn.checkin.codeSixDigits'))]}
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
          <Button type="primary" htmlType="submit" loading={checkIn.isPending} data-testid={`${testId}-submit`}>
            {t('learn.checkin.checkIn')}
          </Button>
        </Flex>
      </Form.Item>
      {checkIn.isError && (
        <Alert
          type="error"
          showIcon
          title={t('learn.checkin.refused')}
          description={errorMessage(checkIn.error, t)}
          data-testid={`${testId}-refused`}
        />
      )}
    </Form>
  );
}

/** What a check-in said: on time or late, and the course completed by it. */
export function checkedInText(t: TFunction, result: CheckedIn) {
  const said = result.late ? t('learn.checkin.doneLate') : t('learn.checkin.done');
  return result.completedNow ? `${said} ${t('learn.checkin.completedNow')}` : said;
}
