// How a remote brings its words: its namespace in zh-CN (the default and the fallback) comes with the remote; another
// language's messages are fetched when it is the active one, so a visit downloads one language. A subpath of its own
// (`@strata/ui/remote-messages`), bundled with each remote: the shell never calls it, so it stays out of what the shell
// provides (and out of the first visit).

/** What of the shell's i18next instance this needs: its resources (`store`, i18next's own) and adding to them. */
type Resources = {
  store: object;
  addResourceBundle(language: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
};

/**
 * The remote's `register<Team>Messages(instance, language)`: adds the namespace to the shell's i18next instance, the
 * default language at once, `language`'s messages when it is another; answers the pending fetch while they are on
 * their way (for React's `use`), and nothing once they are in. What is in is its own record per resource store, not
 * the store's bundles: a page's own words (usePageMessages) put the namespace in every language before the rest is
 * fetched. Per store, not per instance: react-i18next hands out a wrapper of the instance (a new object for a component
 * mounted after the language changed) over the same store.
 */
export function remoteMessages(ns: string, zhCN: object, otherLanguages: Record<string, () => Promise<object>>) {
  const languages = new WeakMap<object, Map<string, Promise<void> | 'in'>>();
  return (instance: Resources, language: string): Promise<void> | undefined => {
    let state = languages.get(instance.store);
    if (!state) {
      instance.addResourceBundle('zh-CN', ns, zhCN, true, false);
      state = new Map([['zh-CN', 'in']]);
      languages.set(instance.store, state);
    }
    const load = otherLanguages[language];
    const now = state.get(language);
    if (!load || now === 'in') return undefined;
    if (now) return now;
    const fetching = load().then(
      (bundle) => {
        instance.addResourceBundle(language, ns, bundle, true, false);
        state.set(language, 'in');
      },
      (error: unknown) => {
        state.delete(language); // the next render asks again
        throw error;
      },
    );
    state.set(language, fetching);
    return fetching;
  };
}
