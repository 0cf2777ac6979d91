// One i18n mechanism for server and browser: i18next with these resources, zh-CN first.
import i18next, { type i18n } from 'i18next';
import { resources as enUS } from './en-US/index';
import { resources as zhCN } from './zh-CN/index';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/**
 * Resources shared by every app, in both languages (the server's); each front-end adds its own namespaces with
 * addResourceBundle. A browser imports its language's alone: `@strata/i18n/zh-CN`, `@strata/i18n/en-US`.
 */
export const baseResources = { 'zh-CN': zhCN, 'en-US': enUS } as const;

export type ErrorKey = keyof typeof zhCN.errors;

/** A standalone instance (the server's): translations without touching the global one. */
export function createI18n(resources: Record<string, Record<string, object>> = baseResources): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export {
  calendarDay,
  defaultTimeZone,
  fileStamp,
  formatCalendarDay,
  formatDateTime,
  formatDateTimeSeconds,
  nextCalendarDay,
  startOfCalendarDay,
} from './dates';
