import { csrfCookie, onUnauthorized, readCookie } from '@strata/client';
import { isLocale } from '@strata/i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../app/use-switch-locale';
import { LoginPage } from '../pages/login/login-page';
import { useTRPC } from '../trpc';
import { FullPageSpin } from './full-page-spin';
import { replaceSession } from './replace-session';

// The console (layout, menu, unit switcher, pages) is its own chunk: the sign-in page never downloads it.
// A visitor who has signed in on this browser (the CSRF cookie is readable, the session cookie is not)
// starts fetching it beside the `me` call instead of after its answer.
const loadConsole = () => import('./signed-in-console');
const SignedInConsole = lazy(loadConsole);
if (readCookie(csrfCookie)) void loadConsole();
// antd's Result (with its illustrations) only for the rare failure.
const SessionLoadFailed = lazy(() => import('./session-load-failed'));

/** `identity.auth.me` decides: login page, or the console for the signed-in user. */
export function SessionGate() {
  const { i18n } = useTranslation();
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
  return (
    <Suspense fallback={<FullPageSpin />}>
      {me.isError ? (
        <SessionLoadFailed error={me.error} onRetry={() => void me.refetch()} />
      ) : me.data ? (
        <SignedInConsole me={me.data} />
      ) : (
        <LoginPage sessionEnded={ended} />
      )}
    </Suspense>
  );
}
