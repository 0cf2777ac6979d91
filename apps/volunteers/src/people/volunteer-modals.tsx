// The volunteer page's dialogs: edit the details (the ID number never changes), change the state with a reason, link
// or unlink the volunteer's own account, add an award, issue a certificate of approved hours over a period.
import { volunteerLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Form, type FormRule, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealedPii, VolunteerProfile } from '../common/api-types';
import { detailsInput, type VolunteerDetails, VolunteerFields } from '../mine/register-self';
import { useTRPC } from '../trpc';

type Props = { volunteer: VolunteerProfile | undefined; onClose: () => void };

function useDone(onClose: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return async (said: string) => {
    message.success(said);
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
  };
}

export function EditVolunteerModal({
  volunteer,
  revealed,
  onClose,
  onSaved,
}: Props & { revealed: RevealedPii | undefined; onSaved: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [form] = Form.useForm<VolunteerDetails>();
  const done = useDone(onClose);
  const update = useMutation(
    trpc.volunteers.people.update.mutationOptions({
      onSuccess: async () => {
        onSaved();
        await done(t('volunteer.updated'));
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <FormModal<VolunteerDetails>
      form={form}
      mutation={update}
      open={volunteer !== undefined}
      width={640}
      title={t('volunteer.editTitle', { name: volunteer?.name ?? '' })}
      okButtonProps={{ 'data-testid': 'volunteer-edit-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        volunteer && {
          name: volunteer.name,
          idNumber: '',
          phone: revealed?.phone ?? '',
          address: revealed?.address ?? '',
          skills: volunteer.skills as VolunteerDetails['skills'],
          availability: volunteer.availability as VolunteerDetails['availability'],
          serviceArea: volunteer.serviceArea,
        }
      }
      onFinish={(values) => {
        if (!volunteer) return;
        const { idNumber: _, phone, address, ...details } = detailsInput(values);
        // Masked, the phone and address are left out and stay as they are; revealed, they are saved as shown.
        update.mutate({ id: volunteer.id, ...details, ...(revealed ? { phone, address } : {}) });
      }}
      testId="volunteer-edit-form"
    >
      {!revealed && <Alert type="info" showIcon title={t('volunteer.editMaskedHint')} style={{ marginBottom: 16 }} />}
      <VolunteerFields testId="volunteer-edit" withIdNumber={false} withContact={!!revealed} />
    </FormModal>
  );
}

export function StatusModal({ volunteer, onClose }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [form] = Form.useForm<{ reason: string }>();
  const rules = formRules(t);
  const done = useDone(onClose);
  const next = volunteer?.status === 'active' ? 'inactive' : 'active';
  const change = useMutation(
    trpc.volunteers.people.setStatus.mutationOptions({ onSuccess: () => done(t('volunteer.statusChanged')) }),
  );
  return (
    <FormModal<{ reason: string }>
      form={form}
      mutation={change}
      open={volunteer !== undefined}
      title={t(next === 'inactive' ? 'volunteer.deactivateTitle' : 'volunteer.activateTitle', {
        name: volunteer?.name ?? '',
      })}
      okText={next === 'inactive' ? t('volunteer.deactivate') : t('volunteer.activate')}
      okButtonProps={{ danger: next === 'inactive', 'data-testid': 'volunteer-status-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reason: '' }}
      onFinish={(values) =>
        volunteer && change.mutate({ id: volunteer.id, status: next, reason: values.reason.trim() })
      }
      testId="volunteer-status-form"
    >
      {next === 'inactive' && <Typography.Paragraph>{t('volunteer.deactivateText')}</Typography.Paragraph>}
      <Form.Item
        name="reason"
        label={t('volunteer.statusReason')}
        rules={[rules.required(t('volunteer.statusReason')), rules.maxLength(volunteerLimits.reason)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={volunteerLimits.reason}
          showCount
          data-testid="volunteer-status-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

export function AccountModal({ volunteer, onClose }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [form] = Form.useForm<{ username: string }>();
  const done = useDone(onClose);
  const link = useMutation(
    trpc.volunteers.people.linkAccount.mutationOptions({
      onSuccess: (_, input) => done(input.username ? t('volunteer.linked') : t('volunteer.unlinked')),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <FormModal<{ username: string }>
      form={form}
      mutation={link}
      open={volunteer !== undefined}
      title={t('volunteer.linkTitle', { name: volunteer?.name ?? '' })}
      okButtonProps={{ 'data-testid': 'volunteer-account-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ username: volunteer?.account?.username ?? '' }}
      onFinish={(values) =>
        volunteer && link.mutate({ id: volunteer.id, username: values.username.trim() ? values.username.trim() : null })
      }
      testId="volunteer-account-form"
    >
      <Form.Item
        name="username"
        label={t('volunteer.username')}
        extra={t('volunteer.usernameHint')}
        rules={[formRules(t).maxLength(64)]}
      >
        <Input autoComplete="off" spellCheck={false} maxLength={64} data-testid="volunteer-account-username" />
      </Form.Item>
    </FormModal>
  );
}

type AwardValues = { title: string; awardedOn: string; note: string };

export function AwardModal({ volunteer, onClose }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [form] = Form.useForm<AwardValues>();
  const rules = formRules(t);
  const done = useDone(onClose);
  const add = useMutation(
    trpc.volunteers.records.addAward.mutationOptions({
      onSuccess: () => done(t('volunteer.awardAdded')),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const label = (key: string) => t(`volunteer.award.${key}`);
  return (
    <FormModal<AwardValues>
      form={form}
      mutation={add}
      open={volunteer !== undefined}
      title={t('volunteer.addAwardTitle', { name: volunteer?.name ?? '' })}
      okButtonProps={{ 'data-testid': 'volunteer-award-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ title: '', awardedOn: '', note: '' }}
      onFinish={(values) =>
        volunteer &&
        add.mutate({
          volunteerId: volunteer.id,
          title: values.title.trim(),
          awardedOn: values.awardedOn,
          note: (values.note ?? '').trim(),
        })
      }
      testId="volunteer-award-form"
    >
      <Form.Item
        name="title"
        label={label('title')}
        rules={[rules.required(label('title')), rules.maxLength(volunteerLimits.award)]}
      >
        <Input maxLength={volunteerLimits.award} data-testid="volunteer-award-title" />
      </Form.Item>
      <Form.Item name="awardedOn" label={label('awardedOn')} rules={[rules.required(label('awardedOn'))]}>
        <Input type="date" data-testid="volunteer-award-on" />
      </Form.Item>
      <Form.Item name="note" label={label('note')} rules={[rules.maxLength(volunteerLimits.reason)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={volunteerLimits.reason}
          data-testid="volunteer-award-note"
        />
      </Form.Item>
    </FormModal>
  );
}

type CertificateValues = { fromOn: string; toOn: string };

export function CertificateModal({ volunteer, onClose }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [form] = Form.useForm<CertificateValues>();
  const rules = formRules(t);
  const done = useDone(onClose);
  const issue = useMutation(
    trpc.volunteers.certificates.issue.mutationOptions({
      onSuccess: (result) => done(t('volunteer.certificateIssued', { number: result.number })),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const label = (key: string) => t(`volunteer.certificateForm.${key}`);
  const afterFrom: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const from = getFieldValue('fromOn') as string | undefined;
      return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error(label('toBeforeFrom')));
    },
  });
  return (
    <FormModal<CertificateValues>
      form={form}
      mutation={issue}
      open={volunteer !== undefined}
      title={t('volunteer.certificateTitle', { name: volunteer?.name ?? '' })}
      okText={t('volunteer.issueCertificate')}
      okButtonProps={{ 'data-testid': 'volunteer-certificate-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ fromOn: '', toOn: '' }}
      onFinish={(values) =>
        volunteer &&
        issue.mutate({ volunteerId: volunteer.id, unitId: volunteer.unitId, fromOn: values.fromOn, toOn: values.toOn })
      }
      testId="volunteer-certificate-form"
    >
      <Typography.Paragraph type="secondary">{label('text')}</Typography.Paragraph>
      <Form.Item name="fromOn" label={label('fromOn')} rules={[rules.required(label('fromOn'))]}>
        <Input type="date" data-testid="volunteer-certificate-from" />
      </Form.Item>
      <Form.Item
        name="toOn"
        label={label('toOn')}
        dependencies={['fromOn']}
        rules={[rules.required(label('toOn')), afterFrom]}
      >
        <Input type="date" data-testid="volunteer-certificate-to" />
      </Form.Item>
    </FormModal>
  );
}
