import { type FilterShape, type ListQuerySpec, textParam } from '@strata/ui/list-page';

/** The recycle bin's state in the address: the title searched for; newest deletion first, always. */
export const recycleBinListSpec = {
  filters: { q: textParam({ max: 50 }) },
  sorts: [],
} satisfies ListQuerySpec<FilterShape, never>;
