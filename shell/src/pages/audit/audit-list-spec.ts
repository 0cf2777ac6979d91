import {
  type FilterShape,
  idParam,
  isoDateParam,
  type ListQuerySpec,
  patternParam,
  textParam,
} from '@strata/ui/list-page';

/**
 * The audit log's filters in the address (`?from=&to=&actor=&entity=&action=&q=`), so a reload, a bookmark or
 * a shared link shows the same entries. Newest first, always: the log has no other order.
 */
export const auditListSpec = {
  filters: {
    from: isoDateParam,
    to: isoDateParam,
    actor: idParam,
    entity: patternParam(/^[A-Za-z]{1,40}$/),
    action: textParam({ min: 1, max: 50 }),
    q: textParam({ max: 100 }),
  },
  sorts: [],
} satisfies ListQuerySpec<FilterShape, never>;

type AuditListFilters = { from?: string; to?: string; actor?: number; entity?: string; action?: string; q?: string };

/** What the server is asked for: the address's filters under their API names, within the current unit. */
export const auditFilter = (unitId: number | undefined, { actor, q, ...rest }: AuditListFilters) => ({
  unitId,
  ...rest,
  ...(actor !== undefined ? { actorId: actor } : {}),
  ...(q ? { search: q } : {}),
});
