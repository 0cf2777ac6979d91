import { baseResources, defaultLocale, isLocale, type Locale, locales } from '@strata/i18n';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const storageKey = 'strata.locale';

/** The language before anyone signs in: last choice on this browser, else the browser's, else zh-CN. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  if (isLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en-US' : defaultLocale;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(storageKey, locale);
  document.documentElement.lang = locale;
}

/**
 * The global i18next instance: shared as a federation singleton, so remotes add their own
 * namespaces to it with `i18next.addResourceBundle` and read the shell's language.
 */
export function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    resources: baseResources,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    defaultNS: 'common',
    ns: ['common', 'shell', 'domain', 'errors'],
    interpolation: { escapeValue: false },
    // Labels arrive with the runtime manifest (use-remote-manifest.ts): re-render what shows them.
    react: { bindI18nStore: 'added' },
    initAsync: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}
