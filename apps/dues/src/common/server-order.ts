import type { SortOrder } from '@strata/ui/list-page';

/** The list kit's order (`asc`/`desc`, as the URL keeps it) as the dues procedures name it. */
export const serverOrder = (order: SortOrder | undefined, fallback: SortOrder) =>
  (order ?? fallback) === 'desc' ? ('descend' as const) : ('ascend' as const);
