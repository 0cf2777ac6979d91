// Component tests of a remote's pages (happy-dom), one kit for every remote (`@strata/ui/testing`): a component drawn
// with the providers the shell gives a remote (i18next with the remote's words, antd's App for messages and confirm
// dialogs, the access of a signed-in user), and a page drawn inside the console's guarded history with its
// unsaved-changes guard and a tRPC client whose link answers each procedure from the test, so a test states what
// the server said and reads what the page asked. A remote binds it to its words once (`remoteTesting`).

import { StyleProvider } from '@ant-design/cssinjs';
import { TRPCProvider } from '@strata/client';
import type { UnitAccess } from '@strata/contract';
import { createI18n } from '@strata/i18n/resources';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { unstable_HistoryRouter as HistoryRouter, Route, Routes } from 'react-router';
import { AccessProvider } from '../access';
import { createGuardedHistory } from '../guarded-history';
import { UnsavedChangesProvider } from '../unsaved-changes';

export { wordGaps } from './word-gaps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Language = 'zh-CN' | 'en-US';

/** What a user may do: `can` holds where `allowed` says (permission -> unit ids), `has` where it holds anywhere. */
export function accessOf(allowed: Record<string, number[]>, unitId = 1): UnitAccess {
  return {
    userId: 1,
    unitId,
    can: (permission, unit) => (allowed[permission] ?? []).includes(unit ?? unitId),
    has: (permission) => (allowed[permission] ?? []).length > 0,
    mayGrant: () => false,
  };
}

/** Lets React, antd's effects and timers run (a select opening, a dialog appearing). */
export async function settle(ms = 0) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** What the server answers, per procedure path (`members.map.units`); a thrown `refusal` is its error. */
export type Answers = Record<string, (input: unknown) => unknown>;
export type Call = { path: string; input: unknown };

/** A refusal as the server sends it: the message, the code, and field errors when the input was at fault. */
export const refusal = (message: string, code: string, fieldErrors?: Record<string, string[]>) =>
  TRPCClientError.from({ error: { message, code: -32600, data: { code, ...(fieldErrors && { fieldErrors }) } } });

function answeringLink(answers: Answers, calls: Call[]): TRPCLink<AnyTRPCRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        const answer = answers[op.path];
        Promise.resolve()
          .then(() => {
            if (!answer) throw new Error(`no answer for ${op.path}`);
            return answer(op.input);
          })
          .then(
            (data) => {
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (error: unknown) =>
              observer.error(error instanceof TRPCClientError ? error : TRPCClientError.from(error as Error)),
          );
      });
}

const drawnPages: { unmount: () => void }[] = [];

let detachedStyles: HTMLElement | undefined;
/**
 * Where antd writes its component styles in a test: an element outside the document. happy-dom has no layout, and
 * every getComputedStyle (antd's table measures its container, a text area its height, a popup its scrolling parents)
 * matched each element against every rule antd had added to the page. The remotes' and the shell's page tests took 316
 * s of CPU with the styles in the page, 216-237 s without (2026-12-08). No test reads a style; the markup and classes
 * are the same.
 */
function styleHost() {
  if (!detachedStyles || detachedStyles.ownerDocument !== document) detachedStyles = document.createElement('div');
  return detachedStyles;
}

/**
 * Takes down every page drawn in the test, and the dialogs antd left in the body with it (a test file without a DOM
 * that only reads `testI18n` has none). Run after each test of every file by the remotes' setup file (./setup.ts),
 * or by a test file elsewhere for itself: a hook registered here would run for the first file only, as the files of
 * a worker share this module.
 */
export function takeDownDrawn() {
  for (const drawn of drawnPages.splice(0)) drawn.unmount();
  if (typeof document !== 'undefined') document.body.innerHTML = '';
}

type RenderOptions = { access?: UnitAccess; language?: Language };
type PageOptions = RenderOptions & {
  answers: Answers;
  /** Where the browser is, and the route the page is drawn on (`/members/registry/:id`). */
  at: string;
  route: string;
};

/** The kit bound to a remote's words: its namespace and its messages in both languages. */
export function remoteTesting(ns: string, messages: Record<Language, Record<string, unknown>>) {
  function testI18n(language: Language = 'zh-CN') {
    const i18n = createI18n();
    i18n.addResourceBundle('zh-CN', ns, messages['zh-CN'], true, false);
    i18n.addResourceBundle('en-US', ns, messages['en-US'], true, false);
    void i18n.changeLanguage(language);
    return i18n;
  }

  /** Draws `ui` into the document; `unmount` takes it away again. */
  function render(ui: ReactNode, { access = accessOf({}), language = 'zh-CN' }: RenderOptions = {}) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const draw = (next: ReactNode) =>
      act(() =>
        root.render(
          <StyleProvider container={styleHost()}>
            <I18nextProvider i18n={testI18n(language)}>
              <App>
                <AccessProvider value={access}>{next}</AccessProvider>
              </App>
            </I18nextProvider>
          </StyleProvider>,
        ),
      );
    draw(ui);
    return {
      container,
      rerender: draw,
      unmount: () => {
        act(() => root.unmount());
        container.remove();
      },
    };
  }

  /** Draws `page` on `route` with the browser at `at`; `calls` lists what it asked, `path` where it is now. */
  function renderWithApi(page: ReactNode, { answers, at, route, access, language }: PageOptions) {
    window.history.replaceState(null, '', at);
    const history = createGuardedHistory();
    const calls: Call[] = [];
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
    const trpcClient = createTRPCClient<AnyTRPCRouter>({ links: [answeringLink(answers, calls)] });
    const drawn = render(
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <HistoryRouter history={history}>
            <UnsavedChangesProvider history={history}>
              <Routes>
                <Route path={route} element={page} />
                <Route path="*" element={<div data-testid="elsewhere" />} />
              </Routes>
            </UnsavedChangesProvider>
          </HistoryRouter>
        </TRPCProvider>
      </QueryClientProvider>,
      { ...(access && { access }), ...(language && { language }) },
    );
    drawnPages.push(drawn);
    return { ...drawn, calls, history, path: () => history.location.pathname };
  }

  return { testI18n, render, renderWithApi };
}

/** The element with `data-testid` `id`, or null. */
export const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<E>(`[data-testid="${id}"]`);

/** Types into a field as a user does: React sees the input event, antd's form its change. */
export function typeInto(testId: string, text: string) {
  const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId);
  if (!field) throw new Error(`no field ${testId}`);
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A dialog's code loads when a dialog first opens (ModalOnOpen): a test file loads it once up front, so no test waits on it. */
export const loadDialogs = () => import('antd/es/modal');

/** Lets the page run until `done` holds (an answer arrived, a dialog opened), failing after a few seconds. */
export async function until(done: () => boolean, what = 'the page') {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 5000) throw new Error(`${what} never got there: ${document.body.innerHTML.slice(0, 1500)}`);
    await settle(10);
  }
}

/**
 * The accessible name of the chart in the element `testId` once it has drawn (the chart library loads with the first
 * chart: the name must hold after, not only while the skeleton shows).
 */
export async function drawnChartName(testId: string) {
  await until(() => byTestId(testId)?.querySelector('svg') != null, `the chart ${testId}`);
  return byTestId(testId)?.querySelector('[role="img"]')?.getAttribute('aria-label');
}
