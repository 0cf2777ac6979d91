import { defaultLocale, isLocale, type Locale, locales } from '@strata/i18n';
import { resources as defaultResources } from '@strata/i18n/zh-CN';
// antd's ES build (its `antd/locale/*` files are CommonJS, a second copy of what the ES build already holds).
import defaultAntdLocale from 'antd/es/locale/zh_CN';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const storageKey = 'strata.locale';

type AntdLocale = typeof defaultAntdLocale;

/** The default language comes with the page (it is also the fallback); another is fetched when chosen. */
const otherLocales: Partial<Record<Locale, () => Promise<[{ resources: object }, AntdLocale]>>> = {
  'en-US': () => Promise.all([import('@strata/i18n/en-US'), import('antd/es/locale/en_US').then((m) => m.default)]),
};

const antdLocales = new Map<Locale, AntdLocale>([[defaultLocale, defaultAntdLocale]]);

/** antd's texts (pagination, empty states, pickers) for a language loaded with loadLocale. */
export const antdLocaleFor = (locale: string): AntdLocale => antdLocales.get(locale as Locale) ?? defaultAntdLocale;

/** Fetches a language's resources into the global i18next instance and antd's texts, once. */
export async function loadLocale(locale: Locale): Promise<void> {
  const load = otherLocales[locale];
  if (!load || antdLocales.has(locale)) return;
  const [{ resources }, antdLocale] = await load();
  for (const [ns, bundle] of Object.entries(resources)) i18next.addResourceBundle(locale, ns, bundle, true, false);
  antdLocales.set(locale, antdLocale);
}

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
 * namespaces to it with `i18next.addResourceBundle` and read the shell's language. Resolves once
 * `locale`'s resources are in.
 */
export async function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    resources: { [defaultLocale]: defaultResources },
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
  await loadLocale(locale);
  return i18next;
}
