// Creating or changing an activity: what it is, where and when (wall-clock times in the organisation's zone), how
// volunteers join (recruitment up to a capacity, with or without approval, or walk-in), the skills it needs, the share
// of it a volunteer must attend for hours to count, and the team that runs it. The limits are the server's
// (@strata/contract); the server's refusal of a field shows on that field.
import { activityModes, volunteerLimits, volunteerSkills } from '@strata/contract';
import { instantOfZonedTime, zonedTimeOf } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormRule } from 'antd';
import { App, type ButtonProps, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityDetail, ActivityInput } from '../common/api-types';
import { useTRPC } from '../trpc';

type Values = {
  title: string;
  description: string;
  place: string;
  lng: number | null;
  lat: number | null;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  mode: ActivityInput['mode'];
  approval: boolean;
  capacity: number | null;
  requiredSkills: ActivityInput['requiredSkills'];
  attendancePercent: number;
  teamId: number | null;
};

type Props = {
  unitId: number;
  /** The activity changed, or none for a new one. */
  activity: ActivityDetail | undefined;
  onClose: () => void;
  onSaved?: (id: number) => void;
};

const hourMs = 3_600_000;

export function ActivityFormModal({ unitId, activity, onClose, onSaved }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const mode = Form.useWatch('mode', form);
  const owner = activity?.unitId ?? unitId;
  const teams = useQuery(
    trpc.volunteers.teams.list.queryOptions({ unitId: owner, status: 'active', page: 1, pageSize: 100 }),
  );
  const label = (key: string) => t(`activityForm.${key}`);
  const saved = async (id: number) => {
    message.success(activity ? t('activityForm.updated') : t('activityForm.created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.volunteers.activities.pathKey() });
    onSaved?.(id);
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(
    trpc.volunteers.activities.create.mutationOptions({ onSuccess: (r) => saved(r.id), onError }),
  );
  const update = useMutation(
    trpc.volunteers.activities.update.mutationOptions({ onSuccess: (r) => saved(r.id), onError }),
  );
  const mutation = activity ? update : create;

  const instant = (value: string) => instantOfZonedTime(value).toISOString();
  const submit = (values: Values) => {
    const fields = {
      teamId: values.teamId ?? null,
      title: values.title.trim(),
      description: (values.description ?? '').trim(),
      place: values.place.trim(),
      lng: values.lng ?? null,
      lat: values.lat ?? null,
      startsAt: instant(values.startsAt),
      endsAt: instant(values.endsAt),
      signupDeadline: values.mode === 'recruit' && values.signupDeadline ? instant(values.signupDeadline) : null,
      mode: values.mode,
      approval: values.mode === 'recruit' && values.approval,
      capacity: values.mode === 'recruit' ? (values.capacity ?? null) : null,
      requiredSkills: values.requiredSkills ?? [],
      attendancePercent: values.attendancePercent,
    };
    if (activity) update.mutate({ id: activity.id, ...fields });
    else create.mutate({ unitId, ...fields });
  };

  const afterStart: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const start = getFieldValue('startsAt') as string | undefined;
      if (!value || !start) return Promise.resolve();
      const length = instantOfZonedTime(value).getTime() - instantOfZonedTime(start).getTime();
      if (length <= 0) return Promise.reject(new Error(label('endBeforeStart')));
      if (length > volunteerLimits.activityHours * hourMs)
        return Promise.reject(new Error(t('activityForm.tooLong', { hours: volunteerLimits.activityHours })));
      return Promise.resolve();
    },
  });
  const beforeStart: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const start = getFieldValue('startsAt') as string | undefined;
      return !value || !start || value <= start
        ? Promise.resolve()
        : Promise.reject(new Error(label('deadlineAfterStart')));
    },
  });

  return (
    <FormModal<Values>
      form={form}
      mutation={mutation}
      open
      width={640}
      title={activity ? t('activityForm.editTitle', { title: activity.title }) : t('activityForm.createTitle')}
      okButtonProps={{ 'data-testid': 'activity-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        activity
          ? {
              title: activity.title,
              description: activity.description,
              place: activity.place,
              lng: activity.lng,
              lat: activity.lat,
              startsAt: zonedTimeOf(activity.startsAt),
              endsAt: zonedTimeOf(activity.endsAt),
              signupDeadline: activity.signupDeadline ? zonedTimeOf(activity.signupDeadline) : '',
              mode: activity.mode,
              approval: activity.approval,
              capacity: activity.capacity,
              requiredSkills: activity.requiredSkills,
              attendancePercent: activity.attendancePercent,
              teamId: activity.teamId,
            }
          : {
              mode: 'recruit',
              approval: false,
              capacity: 20,
              requiredSkills: [],
              attendancePercent: volunteerLimits.attendancePercent.default,
              teamId: null,
            }
      }
      onFinish={submit}
      testId="activity-form"
    >
      <Form.Item
        name="title"
        label={label('title')}
        rules={[rules.required(label('title')), rules.maxLength(volunteerLimits.title)]}
      >
        <Input maxLength={volunteerLimits.title} showCount data-testid="activity-form-title" />
      </Form.Item>
      <Form.Item
        name="place"
        label={label('place')}
        rules={[rules.required(label('place')), rules.maxLength(volunteerLimits.place)]}
      >
        <Input maxLength={volunteerLimits.place} data-testid="activity-form-place" />
      </Form.Item>
      {/* Where it stands on the unit map: its unit's location unless a point is given (both or neither). */}
      <Row gutter={[12, 0]}>
        <Col xs={12}>
          <Form.Item name="lng" label={label('lng')} extra={label('locationHint')}>
            <InputNumber min={73} max={136} step={0.0001} style={{ width: '100%' }} data-testid="activity-form-lng" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="lat" label={label('lat')}>
            <InputNumber min={3} max={54} step={0.0001} style={{ width: '100%' }} data-testid="activity-form-lat" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item name="startsAt" label={label('startsAt')} rules={[rules.required(label('startsAt'))]}>
            <Input type="datetime-local" data-testid="activity-form-starts" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endsAt"
            label={label('endsAt')}
            dependencies={['startsAt']}
            rules={[rules.required(label('endsAt')), afterStart]}
          >
            <Input type="datetime-local" data-testid="activity-form-ends" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="mode" label={label('mode')} rules={[rules.choose(label('mode'))]}>
        <Radio.Group
          optionType="button"
          options={activityModes.map((value) => ({ value, label: t(`activityMode.${value}`) }))}
          data-testid="activity-form-mode"
        />
      </Form.Item>
      {mode === 'recruit' && (
        <>
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="capacity"
                label={label('capacity')}
                extra={label('capacityHint')}
                rules={[
                  rules.choose(label('capacity')),
                  {
                    type: 'integer',
                    min: 1,
                    max: volunteerLimits.capacity,
                    message: t('activityForm.capacityRange', { max: volunteerLimits.capacity }),
                  },
                ]}
              >
                <InputNumber
                  min={1}
                  max={volunteerLimits.capacity}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="activity-form-capacity"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="signupDeadline"
                label={label('signupDeadline')}
                extra={label('signupDeadlineHint')}
                dependencies={['startsAt']}
                rules={[beforeStart]}
              >
                <Input type="datetime-local" data-testid="activity-form-deadline" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="approval" valuePropName="checked">
            <Checkbox data-testid="activity-form-approval">{label('approval')}</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name="requiredSkills" label={label('requiredSkills')} extra={label('requiredSkillsHint')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('none')}
          options={volunteerSkills.map((value) => ({ value, label: t(`skill.${value}`) }))}
          data-testid="activity-form-skills"
        />
      </Form.Item>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="attendancePercent"
            label={label('attendancePercent')}
            extra={label('attendancePercentHint')}
            rules={[
              rules.choose(label('attendancePercent')),
              {
                type: 'integer',
                min: volunteerLimits.attendancePercent.min,
                max: volunteerLimits.attendancePercent.max,
                message: t('activityForm.attendancePercentRange', { ...volunteerLimits.attendancePercent }),
              },
            ]}
          >
            <InputNumber
              min={volunteerLimits.attendancePercent.min}
              max={volunteerLimits.attendancePercent.max}
              precision={0}
              suffix="%"
              style={{ width: '100%' }}
              data-testid="activity-form-percent"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="teamId" label={label('team')}>
            <Select
              allowClear
              placeholder={label('noTeam')}
              loading={teams.isPending}
              options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
              data-testid="activity-form-team"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={label('description')} rules={[rules.maxLength(volunteerLimits.description)]}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={volunteerLimits.description}
          showCount
          data-testid="activity-form-description"
        />
      </Form.Item>
    </FormModal>
  );
}
