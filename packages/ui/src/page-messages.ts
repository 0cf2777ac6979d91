// A page's own words, carried in the page's chunk instead of with the first visit: the page adds them to its
// namespace, under a key of their own, the first time it renders. A subpath of its own (`@strata/ui/page-messages`),
// bundled with each app that uses it, so nothing of it rides with what the shell provides.
import { useTranslation } from 'react-i18next';

/**
 * The English of a page's words: the Chinese keys, each as itself or as English plural forms (`count_one`,
 * `count_other`); a test per app checks with `wordGaps` that none is missing.
 */
type English<T> = { [K in keyof T]?: T[K] extends string ? string : English<T[K]> } & {
  [plural: `${string}_${'one' | 'other'}`]: string;
};

/** A page's words in both languages; English must name every key Chinese does. */
export type PageMessages<T extends object> = { 'zh-CN': T; 'en-US': English<T> };

const added = new WeakMap<object, Set<string>>();

/**
 * Adds `messages` to namespace `ns` under `key`, in both languages (a page's share of either is small), once per
 * i18next resource store. Silently: the words are in before the page's own components render, and no other component
 * shows them, so nothing else need render again (an 'added' event here would update other components mid-render).
 */
export function usePageMessages<T extends object>(ns: string, key: string, messages: PageMessages<T>) {
  const { i18n } = useTranslation();
  // Per resource store: react-i18next hands out a new wrapper of the instance after a language change.
  const done = added.get(i18n.store) ?? new Set<string>();
  added.set(i18n.store, done);
  if (done.has(`${ns}:${key}`)) return;
  for (const [language, bundle] of Object.entries(messages))
    i18n.addResourceBundle(language, ns, { [key]: bundle }, true, false, { silent: true });
  done.add(`${ns}:${key}`);
}
