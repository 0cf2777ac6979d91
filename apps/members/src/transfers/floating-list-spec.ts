// The floating members' list state in the URL: the attachments' state (current by default, ended, all), part of the
// member's name and the unit within the current one. The side (our members working away, or members attached to us)
// is the page's tabs, its own parameter. The server orders the attachments latest started first.
import { memberLimits } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { FloatingDirection, FloatingListInput } from '../common/api-types';

/** Which attachments are listed: open ones (unset, the default), ended ones, or all. */
export const floatingStates = ['open', 'ended', 'all'] as const;

export const floatingTabs = ['out', 'hosted'] as const satisfies readonly FloatingDirection[];
export const readFloatingTab = (text: string | null): FloatingDirection =>
  oneOfParam(floatingTabs)(text ?? '') ?? 'out';

export const floatingListSpec = {
  filters: {
    state: oneOfParam(floatingStates.filter((s) => s !== 'open')),
    /** Part of the member's name, as `members.floating.list` takes it. */
    q: textParam({ max: memberLimits.nameMax }),
    unitId: idParam,
  },
  sorts: [],
} satisfies ListQuerySpec<FilterShape, never>;

export type FloatingListQuery = ListQuery<(typeof floatingListSpec)['filters'], never>;

/** The `members.floating.list` input for the URL's state, the tab and the current unit. */
export function toFloatingListInput(
  query: FloatingListQuery,
  direction: FloatingDirection,
  currentUnitId: number,
): FloatingListInput {
  const { state, q, unitId } = query.filters;
  return {
    direction,
    unitId: unitId ?? currentUnitId,
    ...(state === undefined ? { open: true } : state === 'ended' ? { open: false } : {}),
    ...(q && { q }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
