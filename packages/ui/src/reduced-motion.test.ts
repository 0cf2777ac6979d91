// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrefersReducedMotion } from './reduced-motion';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A system whose preference the test sets: answers only the reduced-motion query, and tells its listeners. */
function systemPreference(reduce: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return reduce;
    },
    addEventListener: (event: string, listener: () => void) => event === 'change' && listeners.add(listener),
    removeEventListener: (event: string, listener: () => void) => event === 'change' && listeners.delete(listener),
  };
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) =>
      query === '(prefers-reduced-motion: reduce)'
        ? list
        : { matches: false, addEventListener() {}, removeEventListener() {} },
    ),
  );
  return {
    set(next: boolean) {
      reduce = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

/** Notes what the hook answered at each render. */
function Probe({ seen }: { seen: boolean[] }) {
  seen.push(usePrefersReducedMotion());
  return null;
}

function drawn() {
  const seen: boolean[] = [];
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe, { seen })));
  return { last: () => seen.at(-1), root };
}

afterEach(() => vi.unstubAllGlobals());

describe('usePrefersReducedMotion', () => {
  it('follows the system: still when it asks for reduced motion, moving when not, and as it changes', () => {
    const system = systemPreference(true);
    const { last, root } = drawn();
    expect(last()).toBe(true);
    act(() => system.set(false));
    expect(last()).toBe(false);
    act(() => system.set(true));
    expect(last()).toBe(true);
    act(() => root.unmount());
    expect(system.listeners.size).toBe(0);
  });

  it('moves when the system does not ask, or cannot say (no matchMedia)', () => {
    systemPreference(false);
    expect(drawn().last()).toBe(false);
    vi.stubGlobal('matchMedia', undefined);
    expect(drawn().last()).toBe(false);
  });
});
