// An account with no volunteer profile registers itself: real name and ID number (checked by the server, which says
// on the field what is wrong), phone, address, skills, when they can serve and where. The profile belongs to the
// account's home unit.
import { volunteerAvailability, volunteerContactLimits, volunteerLimits, volunteerSkills } from '@strata/contract';
import { applyFieldErrors, errorMessage, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

export type VolunteerDetails = {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  skills: (typeof volunteerSkills)[number][];
  availability: (typeof volunteerAvailability)[number][];
  serviceArea: string;
};

/** The fields of a volunteer's details, shared by registering oneself and a coordinator's new volunteer. */
/** The details' fields; `withContact` false leaves the phone and address out (kept as they are on an edit). */
export function VolunteerFields({
  testId,
  withIdNumber = true,
  withContact = true,
}: {
  testId: string;
  withIdNumber?: boolean;
  withContact?: boolean;
}) {
  const { t } = useTranslation('volunteers');
  const rules = formRules(t);
  const label = (key: string) => t(`volunteerForm.${key}`);
  return (
    <>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label={label('name')}
            rules={[rules.required(label('name')), rules.maxLength(volunteerLimits.name)]}
          >
            <Input maxLength={volunteerLimits.name} autoComplete="name" data-testid={`${testId}-name`} />
          </Form.Item>
        </Col>
        {withIdNumber && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label={label('idNumber')}
              extra={label('idNumberHint')}
              rules={[
                rules.required(label('idNumber')),
                rules.pattern(/^\s*\d{17}[\dXx]\s*$/, label('idNumberFormat')),
              ]}
            >
              <Input maxLength={18} autoComplete="off" spellCheck={false} data-testid={`${testId}-id-number`} />
            </Form.Item>
          </Col>
        )}
        {withContact && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={label('phone')}
              rules={[
                rules.maxLength(volunteerContactLimits.phone),
                rules.pattern(/^[\d\s+()-]*$/, label('phoneFormat')),
              ]}
            >
              <Input
                type="tel"
                inputMode="tel"
                maxLength={volunteerContactLimits.phone}
                autoComplete="tel"
                data-testid={`${testId}-phone`}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12}>
          <Form.Item
            name="serviceArea"
            label={label('serviceArea')}
            extra={label('serviceAreaHint')}
            rules={[rules.maxLength(volunteerLimits.serviceArea)]}
          >
            <Input maxLength={volunteerLimits.serviceArea} data-testid={`${testId}-service-area`} />
          </Form.Item>
        </Col>
      </Row>
      {withContact && (
        <Form.Item name="address" label={label('address')} rules={[rules.maxLength(volunteerContactLimits.address)]}>
          <Input
            maxLength={volunteerContactLimits.address}
            autoComplete="street-address"
            data-testid={`${testId}-address`}
          />
        </Form.Item>
      )}
      <Form.Item name="skills" label={label('skills')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('none')}
          options={volunteerSkills.map((value) => ({ value, label: t(`skill.${value}`) }))}
          data-testid={`${testId}-skills`}
        />
      </Form.Item>
      <Form.Item name="availability" label={label('availability')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('none')}
          options={volunteerAvailability.map((value) => ({ value, label: t(`availability.${value}`) }))}
          data-testid={`${testId}-availability`}
        />
      </Form.Item>
    </>
  );
}

export const blankDetails: VolunteerDetails = {
  name: '',
  idNumber: '',
  phone: '',
  address: '',
  skills: [],
  availability: [],
  serviceArea: '',
};

/** The details as the server takes them: trimmed, blanks as ''. */
export const detailsInput = (values: VolunteerDetails) => ({
  name: values.name.trim(),
  idNumber: (values.idNumber ?? '').trim(),
  phone: (values.phone ?? '').trim(),
  address: (values.address ?? '').trim(),
  skills: values.skills ?? [],
  availability: values.availability ?? [],
  serviceArea: (values.serviceArea ?? '').trim(),
});

export function RegisterSelf() {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<VolunteerDetails>();
  const register = useMutation(
    trpc.volunteers.people.registerSelf.mutationOptions({
      onSuccess: async () => {
        message.success(t('mine.registered'));
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <Card title={t('mine.registerTitle')} size="small" data-testid="mine-register">
      <Typography.Paragraph type="secondary">{t('mine.registerText')}</Typography.Paragraph>
      {register.isError && (
        <Alert type="error" showIcon title={errorMessage(register.error, t)} style={{ marginBottom: 16 }} />
      )}
      <Form<VolunteerDetails>
        form={form}
        layout="vertical"
        initialValues={blankDetails}
        onFinish={(values) => register.mutate(detailsInput(values))}
        data-testid="mine-register-form"
      >
        <VolunteerFields testId="mine-register" />
        <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="mine-register-submit">
          {t('mine.register')}
        </Button>
      </Form>
    </Card>
  );
}
