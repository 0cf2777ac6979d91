import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { NewPasswordField } from './new-password-field';
import { useLogout } from './use-logout';

type Values = { currentPassword: string; newPassword: string; repeat: string };
type Props = { open: boolean; forced?: boolean; onClose: () => void };

/** Change-password form; `forced` when the server says the password must change before anything else. */
export function ChangePasswordDialog({ open, forced = false, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const change = useMutation(
    trpc.identity.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        message.success(t('password.changed'));
        form.resetFields();
        await queryClient.invalidateQueries(trpc.identity.auth.me.queryFilter());
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const submit = (values: Values) =>
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });

  return (
    <FormModal
      form={form}
      mutation={change}
      open={open}
      title={t('password.changeTitle')}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      mask={{ closable: !forced }}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      data-testid="change-password-dialog"
      onFinish={submit}
      testId="change-password-form"
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title={t('password.mustChange')}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" type="link" loading={logout.isPending} onClick={() => logout.mutate()}>
              {t('header.logout')}
            </Button>
          }
          data-testid="forced-password-alert"
        />
      )}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[rules.required(t('password.current'))]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordField name="newPassword" label={t('password.next')} />
      <Form.Item
        name="repeat"
        label={t('password.repeat')}
        dependencies={['newPassword']}
        rules={[
          rules.required(t('password.repeat')),
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
