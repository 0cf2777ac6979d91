import { useTranslation } from 'react-i18next';
import { contentNs } from './register-content-messages';

/**
 * The English of a page's words: the Chinese keys, each as itself or as English plural forms (`count_one`,
 * `count_other`); page-messages.test.ts checks that none is missing.
 */
type English<T> = { [K in keyof T]?: T[K] extends string ? string : English<T[K]> } & {
  [plural: `${string}_${'one' | 'other'}`]: string;
};

/** A page's words in both languages; English must name every key Chinese does. */
export type PageMessages<T extends object> = { 'zh-CN': T; 'en-US': English<T> };

const added = new WeakMap<object, Set<string>>();

/**
 * Words only a page loaded on demand uses travel in that page's chunk, not with the remote (the first visit's
 * budget): the page adds them to the `content` namespace, under their own key, the first time it renders. Both
 * languages come along; the page's share of either is small.
 */
export function usePageMessages<T extends object>(key: string, messages: PageMessages<T>) {
  const { i18n } = useTranslation();
  const done = added.get(i18n) ?? new Set<string>();
  added.set(i18n, done);
  if (done.has(key)) return;
  for (const [language, bundle] of Object.entries(messages))
    i18n.addResourceBundle(language, contentNs, { [key]: bundle }, true, false);
  done.add(key);
}
