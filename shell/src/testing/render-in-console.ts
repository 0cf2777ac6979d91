// Draws a piece of the shell's header in a test (happy-dom) as the console holds it: a fresh query client (no
// retries), the default language's words, and the console's router on the browser's history (the guarded history:
// lists change the address from the browser's, useListQuery), starting at "/", whose current address an `output`
// (data-testid "where") shows, so a test reads where a click led.
import { createI18n } from '@strata/i18n/resources';
import { createGuardedHistory } from '@strata/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement as h, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { unstable_HistoryRouter as HistoryRouter, Route, Routes, useLocation } from 'react-router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Where() {
  const { pathname, search } = useLocation();
  return h('output', { 'data-testid': 'where' }, `${pathname}${search}`);
}

/** Lets timers and answers run for `ms`, inside act. */
export async function settle(ms = 0) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Draws `element` in the console's providers; `unmount` takes it away again, with everything drawn in the body. */
export async function renderInConsole(element: ReactElement) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/');
  const history = createGuardedHistory();
  await act(async () =>
    root.render(
      h(
        QueryClientProvider,
        { client: queryClient },
        h(
          I18nextProvider,
          { i18n: createI18n() },
          h(HistoryRouter, { history }, element, h(Routes, null, h(Route, { path: '*', element: h(Where) }))),
        ),
      ),
    ),
  );
  return {
    unmount() {
      act(() => root.unmount());
      container.remove();
      document.body.innerHTML = '';
    },
  };
}
