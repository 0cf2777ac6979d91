// Both languages' resources, for the server (and the content remote's standalone harness). Apart from the index:
// a browser bundle that imports the index (locales, dates) must not carry a language it has not chosen.
import i18next, { type i18n } from 'i18next';
import { resources as enUS } from './en-US/index';
import { defaultLocale, locales } from './index';
import { resources as zhCN } from './zh-CN/index';

/**
 * Resources shared by every app, in both languages (the server's); each front-end adds its own namespaces with
 * addResourceBundle. A browser imports its language's alone: `@strata/i18n/zh-CN`, `@strata/i18n/en-US`.
 */
export const baseResources = { 'zh-CN': zhCN, 'en-US': enUS } as const;

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
