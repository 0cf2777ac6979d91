import { setLocaleForRequests } from '@strata/client';
import type { Locale } from '@strata/i18n';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { loadLocale, rememberLocale } from './i18n';

/** Switches i18next, antd (via ConfigProvider), request headers and, when signed in, the saved preference. */
export function useSwitchLocale() {
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const saveLocale = useMutation(trpc.identity.auth.setLocale.mutationOptions());
  return (locale: Locale, options: { persist: boolean }) => {
    setLocaleForRequests(locale);
    rememberLocale(locale);
    void loadLocale(locale).then(() => i18n.changeLanguage(locale));
    if (options.persist) saveLocale.mutate({ locale });
  };
}
