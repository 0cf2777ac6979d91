// The audit page's filters live in the address (`?from=&to=&actor=&entity=&q=&action=`), so a reload, a
// bookmark or a shared link shows the same entries.
import { useRef } from 'react';
import { useSearchParams } from 'react-router';

export type AuditFilters = {
  from?: string;
  to?: string;
  actorId?: number;
  entity?: string;
  search?: string;
  action?: string;
};

const day = /^\d{4}-\d{2}-\d{2}$/;
const keys = { from: 'from', to: 'to', actorId: 'actor', entity: 'entity', search: 'q', action: 'action' } as const;

/** What the address holds, read defensively (a hand-edited address must not break the page). */
export function filtersFrom(params: URLSearchParams): AuditFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const actor = Number(params.get(keys.actorId));
  const from = text(keys.from);
  const to = text(keys.to);
  const entity = text(keys.entity);
  return {
    ...(from && day.test(from) ? { from } : {}),
    ...(to && day.test(to) ? { to } : {}),
    ...(Number.isInteger(actor) && actor > 0 ? { actorId: actor } : {}),
    ...(entity && /^[A-Za-z]+$/.test(entity) ? { entity } : {}),
    ...(text(keys.search) ? { search: text(keys.search)?.slice(0, 100) } : {}),
    ...(text(keys.action) ? { action: text(keys.action)?.slice(0, 50) } : {}),
  };
}

export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  // Two changes can come before the address has taken the first (typing both days at once): each builds on
  // the address last asked for, not on the one this render read, or the second would drop the first.
  const pending = useRef<URLSearchParams | undefined>(undefined);
  if (pending.current?.toString() === params.toString()) pending.current = undefined;
  const filters = filtersFrom(params);
  const write = (out: URLSearchParams) => {
    pending.current = out;
    setParams(out, { replace: true });
  };
  const update = (change: Partial<AuditFilters>) => {
    const next = { ...filtersFrom(pending.current ?? params), ...change };
    const out = new URLSearchParams();
    for (const [field, name] of Object.entries(keys)) {
      const value = next[field as keyof AuditFilters];
      if (value !== undefined && value !== '') out.set(name, String(value));
    }
    write(out);
  };
  return { filters, update, reset: () => write(new URLSearchParams()) };
}
