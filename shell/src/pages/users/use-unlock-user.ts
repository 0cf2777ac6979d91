import { errorMessage } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { useTRPC } from '../../trpc';
import { useInvalidateUsers } from './use-invalidate-users';

/** Unlocking an account locked by failed sign-ins, after a confirmation that says what it does. */
export function useUnlockUser() {
  const { t } = useTranslation('shell');
  const { message, modal } = App.useApp();
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const unlock = useMutation(
    trpc.identity.users.unlock.mutationOptions({
      onSuccess: async () => {
        message.success(t('users.unlocked'));
        await invalidate();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  return (user: UserRow) =>
    modal.confirm({
      title: t('users.unlock'),
      content: t('users.unlockConfirm', { name: user.displayName }),
      okText: t('users.unlock'),
      cancelText: t('common:cancel'),
      onOk: () => unlock.mutateAsync({ id: user.id }).catch(() => undefined),
    });
}
