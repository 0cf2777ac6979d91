// The library's values in the browser, tied to the API's own types: the list's sorts and the two visibilities,
// and the limits the server's schemas hold (services/content/src/documents/document-schemas.ts), checked in the
// form first so the user hears sooner.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type DocumentListInput = RouterInputs['content']['documents']['list'];
export type DocumentRow = RouterOutputs['content']['documents']['list']['items'][number];
export type DocumentDetail = RouterOutputs['content']['documents']['get'];
export type DocumentVersion = DocumentDetail['versions'][number];
export type DocumentSort = NonNullable<DocumentListInput['sort']>;
export type Visibility = DocumentRow['visibility'];

export const documentSorts = ['updatedAt', 'title', 'category'] as const satisfies readonly DocumentSort[];
export const visibilities = ['internal', 'public'] as const satisfies readonly Visibility[];

export const documentLimits = {
  titleMin: 2,
  titleMax: 100,
  categoryMax: 20,
  descriptionMax: 500,
  noteMax: 200,
  searchMax: 50,
} as const;
