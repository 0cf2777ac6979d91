// One i18n mechanism for server and browser: i18next, zh-CN first. Both languages' resources (the server's)
// are in `@strata/i18n/resources`; a browser imports its language's alone (`@strata/i18n/zh-CN`, `/en-US`).
import type { resources as zhCN } from './zh-CN/index';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

export type ErrorKey = keyof typeof zhCN.errors;

export {
  calendarToday,
  defaultTimeZone,
  fileStamp,
  formatDateTime,
  formatDateTimeSeconds,
  formatTimeRange,
} from './dates';
export { formatFileSize } from './file-sizes';
