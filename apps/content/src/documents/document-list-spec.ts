// The document list's state in the URL (the list kit's spec): the subtree, category, visibility and words it is
// narrowed to, and its order.
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import {
  type DocumentListInput,
  type DocumentSort,
  documentLimits,
  documentSorts,
  visibilities,
} from './document-values';

export const documentListSpec = {
  filters: {
    /** A unit inside the current unit's subtree; unset means the whole subtree. */
    unit: idParam,
    category: textParam({ min: 1, max: documentLimits.categoryMax }),
    visibility: oneOfParam(visibilities),
    q: textParam({ max: documentLimits.searchMax }),
  },
  sorts: documentSorts,
  defaultSort: { sort: 'updatedAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, DocumentSort>;

export type DocumentListQuery = ListQuery<(typeof documentListSpec)['filters'], DocumentSort>;

/** The `content.documents.list` input for the URL's state, within the unit the switcher points at. */
export function toDocumentListInput(query: DocumentListQuery, currentUnitId: number): DocumentListInput {
  const { unit, category, visibility, q } = query.filters;
  return {
    unitId: unit ?? currentUnitId,
    ...(category && { category }),
    ...(visibility && { visibility }),
    ...(q && { search: q }),
    sort: query.sort ?? 'updatedAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
