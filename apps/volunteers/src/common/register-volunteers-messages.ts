import type { i18n } from 'i18next';
import { volunteers as volunteersZhCN } from '../i18n/zh-CN';

export const volunteersNs = 'volunteers';

// zh-CN (the default and the fallback) comes with the remote; another language's messages are fetched when it is
// the active one, so a visit downloads one language.
const otherLanguages: Record<string, () => Promise<object>> = {
  'en-US': () => import('../i18n/en-US').then((m) => m.volunteers),
};
const loading = new WeakMap<i18n, Map<string, Promise<void>>>();

/**
 * Adds the `volunteers` namespace to the shell's i18next instance: the default language at once, `language`'s messages
 * when it is another. Answers the pending fetch while they are on their way (for React's `use`).
 */
export function registerVolunteersMessages(instance: i18n, language: string): Promise<void> | undefined {
  if (!instance.hasResourceBundle('zh-CN', volunteersNs))
    instance.addResourceBundle('zh-CN', volunteersNs, volunteersZhCN, true, false);
  const load = otherLanguages[language];
  if (!load || instance.hasResourceBundle(language, volunteersNs)) return undefined;
  const pending = loading.get(instance) ?? new Map<string, Promise<void>>();
  loading.set(instance, pending);
  let fetching = pending.get(language);
  if (!fetching) {
    fetching = load().then((bundle) => {
      instance.addResourceBundle(language, volunteersNs, bundle, true, false);
    });
    pending.set(language, fetching);
  }
  return fetching;
}
