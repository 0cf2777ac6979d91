// The letter queue's state in the URL (the list kit's spec): the view, the kind, a number or words of a title, and
// the order, so a filtered queue survives a reload and can be sent to a colleague. A bad value reads as its default.
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam, textParam } from '@strata/ui/list-page';
import type { LetterListInput, LetterSort, LetterView } from '../common/api-types';
import { letterKinds, letterSorts, letterViews } from '../common/domain-values';

/** The queue of open letters, the nearest deadline first: what the list shows when the URL says nothing. */
export const defaultView: LetterView = 'open';

export const letterListSpec = {
  filters: {
    view: oneOfParam(letterViews),
    kind: oneOfParam(letterKinds),
    /** A letter's number (2026-000123) or words of its title; the server takes up to 50 characters. */
    q: textParam({ max: 50 }),
  },
  sorts: letterSorts,
  defaultSort: { sort: 'dueAt', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, LetterSort>;

export type LetterListQuery = ListQuery<(typeof letterListSpec)['filters'], LetterSort>;

/** The view the URL names, the open queue when it names none. */
export const viewOf = (query: LetterListQuery): LetterView => query.filters.view ?? defaultView;

/** The `mailbox.letters.list` input for the URL's state, for the unit the switcher points at (and its subtree). */
export function toLetterListInput(query: LetterListQuery, unitId: number): LetterListInput {
  const { kind, q } = query.filters;
  return {
    unitId,
    view: viewOf(query),
    ...(kind !== undefined && { kind }),
    ...(q && { q }),
    sort: query.sort ?? 'dueAt',
    order: query.order ?? 'asc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
