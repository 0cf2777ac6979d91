// The console's browser history, for react-router's declarative router (`unstable_HistoryRouter`): the data
// router's `useBlocker` would bring its whole data layer (loaders, actions, fetchers), which the console does
// not use, to every visit. A navigation guard (UnsavedChangesProvider's) sees each navigation first: links and
// `navigate()` wait for its answer, and back / forward is undone while it asks, then done again if it agrees.
import { type HistoryRouterProps, type Location, UNSAFE_createBrowserHistory } from 'react-router';

type History = HistoryRouterProps['history'];
type Place = { pathname: string; search: string };

/** True lets the navigation go ahead at once; a promise answers later (false keeps the user where they are). */
export type NavigationGuard = (from: Place, to: Place) => true | Promise<boolean>;

export type GuardedHistory = History & {
  /** Puts a guard in front of every navigation; the answer removes it. */
  guard(guard: NavigationGuard): () => void;
};

function placeOf(to: Parameters<History['push']>[0], from: Location): Place {
  const url = new URL(typeof to === 'string' ? to : `${to.pathname ?? from.pathname}${to.search ?? ''}`, 'http://x');
  return { pathname: url.pathname, search: url.search };
}

/** The same history entry (a key alone is not enough: entries made before the console all read "default"). */
const sameEntry = (a: Location, b: Location) => a.key === b.key && a.pathname === b.pathname && a.search === b.search;

export function createGuardedHistory(): GuardedHistory {
  const browser = UNSAFE_createBrowserHistory({ v5Compat: true });
  let current: NavigationGuard | undefined;
  // The entry the router shows: a blocked back / forward has moved the browser but not it, and the pop that
  // undoes it lands here again (ignored, whenever it arrives).
  let shown = browser.location;
  // The entry a blocked back / forward was going to, once the guard agreed: the pop that redoes it is not asked.
  let agreed: Location | undefined;

  const ask = (to: Place): true | Promise<boolean> => (current ? current(shown, to) : true);
  const navigate = (to: Place, go: () => void) => {
    const answer = ask(to);
    if (answer === true) go();
    else void answer.then((leave) => leave && go());
  };

  return {
    get action() {
      return browser.action;
    },
    get location() {
      return browser.location;
    },
    createHref: (to) => browser.createHref(to),
    createURL: (to) => browser.createURL(to),
    encodeLocation: (to) => browser.encodeLocation(to),
    push: (to, state) => navigate(placeOf(to, shown), () => browser.push(to, state)),
    replace: (to, state) => navigate(placeOf(to, shown), () => browser.replace(to, state)),
    go: (delta) => browser.go(delta),
    listen(listener) {
      return browser.listen((update) => {
        if (update.action === 'POP') {
          if (sameEntry(update.location, shown)) return;
          const settled = agreed !== undefined && sameEntry(update.location, agreed);
          agreed = undefined;
          const answer = settled ? true : ask(update.location);
          if (answer !== true && update.delta) {
            const delta = update.delta;
            const target = update.location;
            browser.go(-delta);
            void answer.then((leave) => {
              if (!leave) return;
              agreed = target;
              browser.go(delta);
            });
            return;
          }
        }
        shown = update.location;
        listener(update);
      });
    },
    guard(guard) {
      current = guard;
      return () => {
        if (current === guard) current = undefined;
      };
    },
  };
}
