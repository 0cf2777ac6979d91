// @vitest-environment happy-dom
// useAddressParams against the console's router: a change given as a function starts from the address as it stands,
// also when the page has not drawn the last change yet (two controls changed before the router's render, as on a busy
// machine), and from wherever a link or back moved it.
import { act, createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { byTestId, remoteTesting, takeDownDrawn } from '../testing';
import { useAddressParams } from './use-address-params';

const { renderWithApi } = remoteTesting('things', { 'zh-CN': {}, 'en-US': {} });
afterEach(takeDownDrawn);

let setParams: ReturnType<typeof useAddressParams>[1];

function Page() {
  const [params, set] = useAddressParams();
  setParams = set;
  return createElement('div', { 'data-testid': 'params' }, params.toString());
}

const open = (at: string) => renderWithApi(createElement(Page), { answers: {}, at, route: '/things' });
const address = () => Object.fromEntries(new URLSearchParams(window.location.search));
const with_ = (key: string, value: string) => (current: URLSearchParams) => {
  const next = new URLSearchParams(current);
  next.set(key, value);
  return next;
};

describe('the address’s parameters', () => {
  it('a change made before the last one was drawn keeps it', () => {
    open('/things?tab=a');
    act(() => {
      setParams(with_('year', '2025'));
      // Not drawn yet: this one starts from the year all the same.
      setParams(with_('unit', '7'));
    });
    expect(address()).toEqual({ tab: 'a', year: '2025', unit: '7' });
    expect(byTestId('params')?.textContent).toBe('tab=a&year=2025&unit=7');
  });

  it('starts from where a link or back moved the address, and takes a value as it is', () => {
    const drawn = open('/things?tab=a');
    act(() => drawn.history.push('/things?tab=b'));
    act(() => setParams(with_('year', '2024')));
    expect(address()).toEqual({ tab: 'b', year: '2024' });
    act(() => setParams({ tab: 'c' }, { replace: true }));
    expect(address()).toEqual({ tab: 'c' });
  });
});
