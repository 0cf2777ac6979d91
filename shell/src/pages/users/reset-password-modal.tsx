import { applyFieldErrors, FormModal } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { NewPasswordField } from '../../session/new-password-field';
import { useTRPC } from '../../trpc';

type Props = { user: UserRow | undefined; onClose: () => void };

/** A new password for someone else, confirmed before it is sent. */
export function ResetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation('shell');
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const trpc = useTRPC();
  const reset = useMutation(
    trpc.identity.users.resetPassword.mutationOptions({
      onSuccess: () => {
        message.success(t('users.passwordReset'));
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const confirm = ({ newPassword }: { newPassword: string }) => {
    if (!user) return;
    modal.confirm({
      title: t('users.resetPassword'),
      content: t('users.resetConfirm', { name: user.displayName }),
      okText: t('users.resetPassword'),
      cancelText: t('common:cancel'),
      onOk: () => reset.mutateAsync({ id: user.id, newPassword }).catch(() => undefined),
    });
  };
  return (
    <FormModal
      form={form}
      mutation={reset}
      open={user !== undefined}
      title={`${t('users.resetPassword')} · ${user?.displayName ?? ''}`}
      okText={t('users.resetPassword')}
      onCancel={onClose}
      onFinish={confirm}
      testId="reset-password-form"
    >
      <NewPasswordField name="newPassword" label={t('users.newPassword')} />
    </FormModal>
  );
}
