import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { replaceSession } from './replace-session';

/** Signing out: the server ends the session, the shell forgets every cached answer of it. */
export function useLogout() {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.identity.auth.logout.mutationOptions({
      onSuccess: () => {
        replaceSession(queryClient, trpc, null);
        message.success(t('header.loggedOut'));
      },
    }),
  );
}
