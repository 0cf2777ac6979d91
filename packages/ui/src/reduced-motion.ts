// Whether the reader's system asks for reduced motion (`prefers-reduced-motion: reduce`, WCAG 2.3.3), followed as
// it changes. The shell's antd theme then turns motion off (dialogs, drawers and menus open at once) and charts draw
// without their animation.
import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';
const media = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;

function subscribe(changed: () => void) {
  const list = media();
  list?.addEventListener('change', changed);
  return () => list?.removeEventListener('change', changed);
}

const reduced = () => media()?.matches ?? false;

export const usePrefersReducedMotion = () => useSyncExternalStore(subscribe, reduced, () => false);
