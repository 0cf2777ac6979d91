// The transfer letters' list state in the URL (the list kit's spec): the state, the letter number or name searched
// and the unit within the current one, so a filtered list survives a reload and can be sent to a colleague. The
// direction (sent, received, both) is the page's tabs, its own parameter; the open letter is `letter`. The server
// sorts by the day issued (the latest first unless asked), the last valid day or the member's name.
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  type FilterValues,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { TransferDirection, TransferListInput, TransferRow, TransferSort } from '../common/api-types';

/** The states a letter is shown in, in the order the filter offers them. */
export const transferViews = [
  'issued',
  'expired',
  'confirmed',
  'returned',
  'cancelled',
  'completed',
] as const satisfies readonly TransferRow['state'][];

/** The direction tabs: every letter of the subtree, those it sent, those addressed to it. */
export const transferTabs = ['all', 'out', 'in'] as const satisfies readonly (TransferDirection | 'all')[];
export type TransferTab = (typeof transferTabs)[number];
export const readTransferTab = (text: string | null): TransferTab => oneOfParam(transferTabs)(text ?? '') ?? 'all';

/** The columns the server sorts by (each the key of its column). */
export const transferSorts = ['issuedOn', 'expiresOn', 'member'] as const satisfies readonly TransferSort[];

/** The longest search `members.transfers.list` takes (a letter number or part of a name). */
const searchMax = 50;

export const transferListSpec = {
  filters: {
    state: oneOfParam(transferViews),
    q: textParam({ max: searchMax }),
    /** A unit inside the current unit's subtree (its letters on either side); unset: the whole subtree. */
    unitId: idParam,
  },
  sorts: transferSorts,
  defaultSort: { sort: 'issuedOn', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, TransferSort>;

export type TransferFilters = FilterValues<(typeof transferListSpec)['filters']>;
export type TransferListQuery = ListQuery<(typeof transferListSpec)['filters'], TransferSort>;

/** The `members.transfers.list` input for the URL's state, the tab and the current unit. */
export function toTransferListInput(
  query: TransferListQuery,
  direction: TransferTab,
  currentUnitId: number,
): TransferListInput {
  const { state, q, unitId } = query.filters;
  return {
    direction,
    unitId: unitId ?? currentUnitId,
    ...(state !== undefined && { state }),
    ...(q && { q }),
    sort: query.sort ?? 'issuedOn',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
