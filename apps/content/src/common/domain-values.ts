import type { ArticleSort, ArticleStatus, Cadence } from './api-types';

// Listed here for option order; `satisfies` ties each list to the API's own types.
export const articleStatuses = ['draft', 'review', 'published', 'archived'] as const satisfies readonly ArticleStatus[];
export const articleSorts = [
  'updatedAt',
  'createdAt',
  'publishedAt',
  'title',
] as const satisfies readonly ArticleSort[];
export const cadences = ['daily', 'weekly', 'monthly', 'quarterly', 'none'] as const satisfies readonly Cadence[];

/** The server's own limits (docs/api.md); the form checks them first so the user hears sooner. */
export const articleLimits = {
  titleMin: 2,
  titleMax: 100,
  summaryMax: 300,
  bylineMax: 50,
  sourceMax: 100,
  tagsMax: 10,
  tagMax: 20,
} as const;
export const columnNameLimits = { min: 1, max: 20 } as const;
