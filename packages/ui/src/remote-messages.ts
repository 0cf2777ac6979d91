// How a remote brings its words: its namespace in zh-CN (the default and the fallback) comes with the remote; another
// language's messages are fetched when it is the active one, so a visit downloads one language. A subpath of its own
// (`@strata/ui/remote-messages`), bundled with each remote: the shell never calls it, so it stays out of what the shell
// provides (and out of the first visit).

/** What of the shell's i18next instance this needs. */
type Resources = {
  hasResourceBundle(language: string, ns: string): boolean;
  addResourceBundle(language: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
};

/**
 * The remote's `register<Team>Messages(instance, language)`: adds the namespace to the shell's i18next instance, the
 * default language at once, `language`'s messages when it is another; answers the pending fetch while they are on
 * their way (for React's `use`), and nothing once they are in.
 */
export function remoteMessages(ns: string, zhCN: object, otherLanguages: Record<string, () => Promise<object>>) {
  const loading = new WeakMap<Resources, Map<string, Promise<void>>>();
  return (instance: Resources, language: string): Promise<void> | undefined => {
    if (!instance.hasResourceBundle('zh-CN', ns)) instance.addResourceBundle('zh-CN', ns, zhCN, true, false);
    const load = otherLanguages[language];
    if (!load || instance.hasResourceBundle(language, ns)) return undefined;
    const pending = loading.get(instance) ?? new Map<string, Promise<void>>();
    loading.set(instance, pending);
    let fetching = pending.get(language);
    if (!fetching) {
      fetching = load().then((bundle) => {
        instance.addResourceBundle(language, ns, bundle, true, false);
      });
      pending.set(language, fetching);
    }
    return fetching;
  };
}
