// The ledger's state in the URL (the list kit's spec): the dues month, the kind of entry, the member, and the order by
// entry number (newest first unless the reader turns it).
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  patternParam,
} from '@strata/ui/list-page';
import type { EntryListInput } from '../common/api-types';
import { entryKinds } from '../common/domain-values';
import { serverOrder } from '../common/server-order';

export const ledgerSpec = {
  filters: {
    month: patternParam(/^\d{4}-(0[1-9]|1[0-2])$/),
    kind: oneOfParam(entryKinds),
    memberId: idParam,
  },
  sorts: ['seq'] as const,
  defaultSort: { sort: 'seq', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, 'seq'>;

export type LedgerQuery = ListQuery<(typeof ledgerSpec)['filters'], 'seq'>;

/** The `dues.ledger.list` input for the URL's state: the current unit's books. */
export function toEntryListInput(query: LedgerQuery, unitId: number): EntryListInput {
  const { month, kind, memberId } = query.filters;
  return {
    unitId,
    ...(month && { month }),
    ...(kind && { kind }),
    ...(memberId !== undefined && { memberId }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
    order: serverOrder(query.order, 'desc'),
  };
}
