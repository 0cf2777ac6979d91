import type { i18n } from 'i18next';
import { dues as duesZhCN } from '../i18n/zh-CN';

export const duesNs = 'dues';

// zh-CN (the default and the fallback) comes with the remote; another language's messages are fetched when it is
// the active one, so a visit downloads one language.
const otherLanguages: Record<string, () => Promise<object>> = {
  'en-US': () => import('../i18n/en-US').then((m) => m.dues),
};
const loading = new WeakMap<i18n, Map<string, Promise<void>>>();

/**
 * Adds the `dues` namespace to the shell's i18next instance: the default language at once, `language`'s messages
 * when it is another. Answers the pending fetch while they are on their way (for React's `use`).
 */
export function registerDuesMessages(instance: i18n, language: string): Promise<void> | undefined {
  if (!instance.hasResourceBundle('zh-CN', duesNs)) instance.addResourceBundle('zh-CN', duesNs, duesZhCN, true, false);
  const load = otherLanguages[language];
  if (!load || instance.hasResourceBundle(language, duesNs)) return undefined;
  const pending = loading.get(instance) ?? new Map<string, Promise<void>>();
  loading.set(instance, pending);
  let fetching = pending.get(language);
  if (!fetching) {
    fetching = load().then((bundle) => {
      instance.addResourceBundle(language, duesNs, bundle, true, false);
    });
    pending.set(language, fetching);
  }
  return fetching;
}
