// One i18n mechanism for server and browser: i18next with these resources, zh-CN first.
import i18next, { type i18n } from 'i18next';
import { common as enCommon } from './en-US/common';
import { domain as enDomain } from './en-US/domain';
import { errors as enErrors } from './en-US/errors';
import { shell as enShell } from './en-US/shell';
import { common as zhCommon } from './zh-CN/common';
import { domain as zhDomain } from './zh-CN/domain';
import { errors as zhErrors } from './zh-CN/errors';
import { shell as zhShell } from './zh-CN/shell';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** Resources shared by every app; each front-end adds its own namespaces with addResourceBundle. */
export const baseResources = {
  'zh-CN': { errors: zhErrors, domain: zhDomain, common: zhCommon, shell: zhShell },
  'en-US': { errors: enErrors, domain: enDomain, common: enCommon, shell: enShell },
} as const;

export type ErrorKey = keyof typeof zhErrors;

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
