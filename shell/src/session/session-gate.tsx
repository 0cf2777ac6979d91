import { onUnauthorized } from '@strata/client';
import { isLocale } from '@strata/i18n';
import { errorMessage } from '@strata/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../app/use-switch-locale';
import { ShellRoutes } from '../layout/shell-routes';
import { LoginPage } from '../pages/login/login-page';
import { useTRPC } from '../trpc';
import { CurrentUnitProvider } from '../unit/current-unit';
import { ChangePasswordDialog } from './change-password-dialog';
import { FullPageSpin } from './full-page-spin';
import { replaceSession } from './replace-session';
import { SessionProvider } from './session-context';

/** `identity.auth.me` decides: login page, or the console for the signed-in user. */
export function SessionGate() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.identity.auth.me.queryOptions());
  const switchLocale = useSwitchLocale();
  const savedLocale = me.data?.locale;
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(false);

  // Any call answering UNAUTHORIZED while signed in means the session ended: back to sign-in, at the same
  // URL, so signing in again returns to the page. (A failed sign-in is no ended session: no one is in.)
  useEffect(
    () =>
      onUnauthorized(() => {
        if (!queryClient.getQueryData(trpc.identity.auth.me.queryKey())) return;
        setEnded(true);
        replaceSession(queryClient, trpc, null);
      }),
    [queryClient, trpc],
  );
  useEffect(() => {
    if (me.data) setEnded(false);
  }, [me.data]);

  // The user's saved language wins once they are signed in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the saved preference changes
  useEffect(() => {
    if (isLocale(savedLocale) && savedLocale !== i18n.language) switchLocale(savedLocale, { persist: false });
  }, [savedLocale]);

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('common:loadFailed')}
        subTitle={errorMessage(me.error, t)}
        extra={<Button onClick={() => void me.refetch()}>{t('common:retry')}</Button>}
      />
    );
  }
  if (!me.data) return <LoginPage sessionEnded={ended} />;
  // Until a password an admin set is changed, the server answers nothing else: show only the dialog.
  return (
    <SessionProvider me={me.data}>
      {me.data.mustChangePassword ? (
        <ChangePasswordDialog open forced onClose={() => undefined} />
      ) : (
        <CurrentUnitProvider>
          <ShellRoutes />
        </CurrentUnitProvider>
      )}
    </SessionProvider>
  );
}
