// Component tests of pages that call the API: drawn as `render` draws them, inside the console's guarded history with
// its unsaved-changes guard (as the shell mounts a remote), and a tRPC client whose link answers each procedure from
// the test, so a test states what the server said and reads what the page asked.
import { TRPCProvider } from '@strata/client';
import { createGuardedHistory, type UnitAccess, UnsavedChangesProvider } from '@strata/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import { act, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter, Route, Routes } from 'react-router';
import { afterEach } from 'vitest';
import { render, settle } from './render';

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

type Options = {
  answers: Answers;
  /** Where the browser is, and the route the page is drawn on (`/members/map`). */
  at: string;
  route: string;
  access?: UnitAccess;
  language?: 'zh-CN' | 'en-US';
};

const drawnPages: { unmount: () => void }[] = [];

// Every page drawn in a test is taken down after it, and the dialogs antd left in the body with it.
afterEach(() => {
  for (const drawn of drawnPages.splice(0)) drawn.unmount();
  document.body.innerHTML = '';
});

/** Draws `page` on `route` with the browser at `at`; `calls` lists what it asked, `path` where it is now. */
export function renderWithApi(page: ReactNode, { answers, at, route, access, language }: Options) {
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
