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
