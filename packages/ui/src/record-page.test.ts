// @vitest-environment happy-dom
// A record's page (useRecordRoute, RecordStates) on a stand-in list of things: a positive whole number in the route
// is asked for, anything else is the not-found page without asking; the server's NOT_FOUND is the not-found page too,
// another failure shows in the page's frame with a retry, and a skeleton stands until the record comes. Back returns
// to the list as the reader left it, or to the plain list for a page opened directly.
import { useQuery } from '@tanstack/react-query';
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRecordRoute } from './record-page';
import { RecordStates } from './record-states';
import { byTestId, refusal, remoteTesting, takeDownDrawn, until } from './testing';

type Thing = { name: string };

const { renderWithApi } = remoteTesting('things', { 'zh-CN': {}, 'en-US': {} });
// The remotes' projects take each test's page down in their setup file; this one is the unit project's.
afterEach(takeDownDrawn);

/** What the stand-in server does for each load, in turn; `asked` the ids it was asked for. */
let loads: ((id: number) => Promise<Thing>)[];
let asked: number[];
beforeEach(() => {
  loads = [];
  asked = [];
});

function load(id: number) {
  asked.push(id);
  const next = loads.shift();
  if (!next) throw new Error('no answer left');
  return next(id);
}

function ThingPage() {
  const route = useRecordRoute('/things');
  const thing = useQuery({ queryKey: ['thing', route.id], queryFn: () => load(route.id), enabled: route.valid });
  // Called, not drawn as an element: a .ts test has no JSX, and RecordStates keeps no state of its own.
  return RecordStates<Thing>({
    route,
    query: thing,
    notFound: createElement('div', { 'data-testid': 'not-found' }),
    title: '事项',
    listTitle: '事项列表',
    children: (shown) =>
      createElement(
        'div',
        { 'data-testid': 'thing' },
        shown.name,
        createElement('button', { type: 'button', 'data-testid': 'back', onClick: route.back }),
      ),
  });
}

const open = (at: string) =>
  renderWithApi(createElement(ThingPage), { answers: {}, at, route: '/things/:id', language: 'en-US' });

const drawn = (testId: string) => byTestId(testId) !== null;

describe('a record’s page', { timeout: 20_000 }, () => {
  it('asks for the id the route names, and shows a skeleton until the record comes', async () => {
    let arrive: (thing: Thing) => void = () => undefined;
    loads.push(() => new Promise((resolve) => (arrive = resolve)));
    open('/things/12');
    await until(() => asked.length === 1, 'the question');
    expect(asked).toEqual([12]);
    expect(document.querySelector('.ant-skeleton')).not.toBeNull();
    act(() => arrive({ name: 'the twelfth' }));
    await until(() => drawn('thing'), 'the record');
    expect(byTestId('thing')?.textContent).toBe('the twelfth');
    expect(document.querySelector('.ant-skeleton')).toBeNull();
  });

  it.each(['0', '-3', '1.5', 'abc', '1e21'])(
    'answers the id “%s” with the not-found page, asking nothing',
    async (id) => {
      open(`/things/${id}`);
      await until(() => drawn('not-found'), 'the not-found page');
      expect(asked).toEqual([]);
    },
  );

  it('answers a record the server does not find (or keeps from the reader) with the not-found page', async () => {
    loads.push(() => Promise.reject(refusal('Not found, or not yours to see', 'NOT_FOUND')));
    open('/things/12');
    await until(() => drawn('not-found'), 'the not-found page');
    expect(drawn('error-alert')).toBe(false);
  });

  it('shows another failure in the page’s frame, under the list, and asks again on retry', async () => {
    loads.push(() => Promise.reject(refusal('The database is not answering', 'INTERNAL_SERVER_ERROR')));
    loads.push(async () => ({ name: 'the twelfth' }));
    open('/things/12');
    await until(() => drawn('error-alert'), 'the failure');
    expect(byTestId('error-alert')?.textContent).toContain('The database is not answering');
    expect(drawn('not-found')).toBe(false);
    // The breadcrumbs come with their part, fetched when a page first shows them.
    await until(() => document.querySelector('.ant-breadcrumb a') !== null, 'the breadcrumbs');
    expect(document.querySelector('.ant-breadcrumb a')?.getAttribute('href')).toBe('/things');
    expect(document.querySelector('h4')?.textContent).toBe('事项');
    const retry = byTestId('error-alert')?.querySelector('button');
    expect(retry?.hasAttribute('data-neutral')).toBe(true);
    act(() => retry?.click());
    await until(() => drawn('thing'), 'the record');
    expect(asked).toEqual([12, 12]);
  });

  it('goes back to the plain list from a page opened directly (a link pasted, a reload)', async () => {
    loads.push(async () => ({ name: 'the twelfth' }));
    const page = open('/things/12');
    await until(() => drawn('thing'), 'the record');
    act(() => byTestId('back')?.click());
    await until(() => page.path() === '/things', 'the list');
    expect(page.history.location.search).toBe('');
  });

  it('goes back to the list as the reader left it (its filters in its URL)', async () => {
    loads.push(async () => ({ name: 'the twelfth' }));
    const page = open('/things?state=open');
    act(() => page.history.push('/things/12'));
    await until(() => drawn('thing'), 'the record');
    act(() => byTestId('back')?.click());
    await until(() => page.path() === '/things', 'the list');
    expect(page.history.location.search).toBe('?state=open');
  });
});
