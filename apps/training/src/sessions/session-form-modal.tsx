// Scheduling a classroom session of a course, or changing one: its title and place, when it starts and ends (wall-clock
// times in the organisation's zone, Asia/Shanghai, whatever the browser's own zone), its places and its trainer,
// chosen among the accounts that may teach the course's unit (training.sessions.trainers, searched by name on the
// server) or left unnamed. The limits are the server's (@strata/contract); its refusal of a field shows on that field.
import { trainingLimits } from '@strata/contract';
import { instantOfZonedTime, zonedTimeOf } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormRule } from 'antd';
import { App, type ButtonProps, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { SessionRow } from './session-types';
import { TrainerSelect } from './trainer-select';

type Values = {
  title: string;
  place: string;
  /** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (the browser's datetime-local field). */
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  /** The account that leads it; unset: not named yet. */
  trainerId?: number;
};

type Props = {
  courseId: number;
  /** The session changed, or none for a new one. */
  session: SessionRow | undefined;
  onClose: () => void;
};

const hourMs = 3_600_000;

export function SessionFormModal({ courseId, session, onClose }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`sessions.form.${key}`);
  const saved = async () => {
    message.success(label(session ? 'updated' : 'created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.sessions.pathKey() });
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(trpc.training.sessions.create.mutationOptions({ onSuccess: saved, onError }));
  const update = useMutation(trpc.training.sessions.update.mutationOptions({ onSuccess: saved, onError }));
  const startAsGiven = session ? zonedTimeOf(session.startsAt) : undefined;

  const instant = (value: string) => instantOfZonedTime(value).toISOString();
  const submit = (values: Values) => {
    const fields = {
      title: values.title.trim(),
      place: values.place.trim(),
      startsAt: instant(values.startsAt),
      endsAt: instant(values.endsAt),
      capacity: values.capacity ?? 1,
      // Cleared, the session has no trainer (the server takes null, never a missing field, as "none").
      trainerId: values.trainerId ?? null,
    };
    if (session) update.mutate({ id: session.id, ...fields });
    else create.mutate({ courseId, ...fields });
  };

  // A new start lies ahead (the server's rule: creating, or moving it); an unchanged start of a session under way may stay.
  const ahead: FormRule = {
    validator: (_, value?: string) =>
      !value || value === startAsGiven || instantOfZonedTime(value).getTime() > Date.now()
        ? Promise.resolve()
        : Promise.reject(new Error(label('startInPast'))),
  };
  const afterStart: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const start = getFieldValue('startsAt') as string | undefined;
      if (!value || !start) return Promise.resolve();
      const length = instantOfZonedTime(value).getTime() - instantOfZonedTime(start).getTime();
      if (length <= 0) return Promise.reject(new Error(label('endBeforeStart')));
      if (length > trainingLimits.sessionHoursMax * hourMs)
        return Promise.reject(new Error(t('sessions.form.tooLong', { hours: trainingLimits.sessionHoursMax })));
      return Promise.resolve();
    },
  });
  const booked = session?.booked ?? 0;

  return (
    <FormModal<Values>
      form={form}
      mutation={session ? update : create}
      open
      width={600}
      title={session ? t('sessions.form.editTitle', { title: session.title }) : label('createTitle')}
      okButtonProps={{ 'data-testid': 'session-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        session
          ? {
              title: session.title,
              place: session.place,
              startsAt: zonedTimeOf(session.startsAt),
              endsAt: zonedTimeOf(session.endsAt),
              capacity: session.capacity,
              trainerId: session.trainerId ?? undefined,
            }
          : { capacity: 30 }
      }
      onFinish={submit}
      testId="session-form"
    >
      <Form.Item
        name="title"
        label={label('title')}
        rules={[rules.required(label('title')), rules.maxLength(trainingLimits.titleMax)]}
      >
        <Input
          maxLength={trainingLimits.titleMax}
          showCount
          placeholder={label('titlePlaceholder')}
          data-testid="session-form-title"
        />
      </Form.Item>
      <Form.Item
        name="place"
        label={label('place')}
        rules={[rules.required(label('place')), rules.maxLength(trainingLimits.placeMax)]}
      >
        <Input
          maxLength={trainingLimits.placeMax}
          placeholder={label('placePlaceholder')}
          data-testid="session-form-place"
        />
      </Form.Item>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startsAt"
            label={label('startsAt')}
            extra={label('timeZoneHint')}
            rules={[rules.required(label('startsAt')), ahead]}
          >
            <Input type="datetime-local" data-testid="session-form-starts" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endsAt"
            label={label('endsAt')}
            dependencies={['startsAt']}
            rules={[rules.required(label('endsAt')), afterStart]}
          >
            <Input type="datetime-local" data-testid="session-form-ends" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="capacity"
            label={label('capacity')}
            extra={booked > 0 ? t('sessions.form.capacityBooked', { booked }) : undefined}
            rules={[
              rules.choose(label('capacity')),
              {
                type: 'integer',
                min: Math.max(1, booked),
                max: trainingLimits.capacityMax,
                message: t('sessions.form.capacityRange', {
                  min: Math.max(1, booked),
                  max: trainingLimits.capacityMax,
                }),
              },
            ]}
          >
            <InputNumber
              min={1}
              max={trainingLimits.capacityMax}
              precision={0}
              style={{ width: '100%' }}
              data-testid="session-form-capacity"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="trainerId" label={label('trainer')} extra={label('trainerHint')}>
            <TrainerSelect
              courseId={courseId}
              current={session?.trainerId ? { id: session.trainerId, name: session.trainerName } : undefined}
              testId="session-form-trainer"
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
