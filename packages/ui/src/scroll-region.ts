import { useEffect, useRef } from 'react';

/**
 * For a table that scrolls sideways on a phone: its scrolling box takes the keyboard's focus, named, so it can be
 * scrolled even with nothing inside to tab to (an empty list, rows without actions). Put the ref on a box around
 * the table.
 */
export function useScrollRegion<T extends HTMLElement = HTMLDivElement>(label: string) {
  const box = useRef<T>(null);
  useEffect(() => {
    const region = box.current?.querySelector<HTMLElement>('.ant-table-content');
    if (!region) return;
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', label);
  });
  return box;
}
