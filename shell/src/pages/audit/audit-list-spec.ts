import type { ListQuerySpec } from '@strata/ui/list-page';
import { z } from 'zod/mini';

/**
 * The audit log's filters in the address (`?from=&to=&actor=&entity=&action=&q=`), so a reload, a bookmark or
 * a shared link shows the same entries. Newest first, always: the log has no other order.
 */
export const auditListSpec = {
  filters: {
    from: z.iso.date(),
    to: z.iso.date(),
    actor: z.coerce.number().check(z.int(), z.positive()),
    entity: z.string().check(z.regex(/^[A-Za-z]{1,40}$/)),
    action: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
    q: z.string().check(z.trim(), z.maxLength(100)),
  },
  sorts: [],
} satisfies ListQuerySpec<Record<string, z.core.$ZodType>, never>;

type AuditListFilters = { from?: string; to?: string; actor?: number; entity?: string; action?: string; q?: string };

/** What the server is asked for: the address's filters under their API names, within the current unit. */
export const auditFilter = (unitId: number | undefined, { actor, q, ...rest }: AuditListFilters) => ({
  unitId,
  ...rest,
  ...(actor !== undefined ? { actorId: actor } : {}),
  ...(q ? { search: q } : {}),
});
