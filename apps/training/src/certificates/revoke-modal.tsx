// Revoking a certificate: the reason asked (within the server's limit), then confirmed; the certificate stays and
// verifies as revoked.
import { trainingLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { CertificateRow } from './certificate-types';

type Values = { reason: string };

export function RevokeModal({ certificate, onClose }: { certificate: CertificateRow; onClose: () => void }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = t('certificates.reason');
  const revoke = useMutation(
    trpc.training.certificates.revoke.mutationOptions({
      onSuccess: async () => {
        message.success(t('certificates.revoked'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.training.certificates.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const confirm = ({ reason }: Values) =>
    modal.confirm({
      title: t('certificates.confirmTitle', { number: certificate.number }),
      content: t('certificates.confirmText', { reason: reason.trim() }),
      okText: t('certificates.revoke'),
      cancelText: t('certificates.keep'),
      okButtonProps: { 'data-testid': 'certificate-revoke-ok', danger: true } as ButtonProps,
      onOk: () => revoke.mutateAsync({ id: certificate.id, reason: reason.trim() }).catch(() => undefined),
    });
  return (
    <FormModal<Values>
      form={form}
      mutation={revoke}
      open
      width={480}
      title={t('certificates.revokeTitle', { name: certificate.learnerName, number: certificate.number })}
      okText={t('certificates.revoke')}
      okButtonProps={{ danger: true, 'data-testid': 'certificate-revoke-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reason: '' }}
      onFinish={confirm}
      testId="certificate-revoke-form"
    >
      <Typography.Paragraph type="secondary">{t('certificates.revokeHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={label}
        rules={[rules.required(label), rules.maxLength(trainingLimits.revokeReasonMax)]}
      >
        <Input.TextArea
          rows={3}
          maxLength={trainingLimits.revokeReasonMax}
          showCount
          placeholder={t('certificates.reasonPlaceholder')}
          data-testid="certificate-revoke-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
