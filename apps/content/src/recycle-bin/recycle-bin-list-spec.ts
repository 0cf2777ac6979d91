import type { ListQuerySpec } from '@strata/ui/list-page';
import { z } from 'zod/mini';

/** The recycle bin's state in the address: the title searched for; newest deletion first, always. */
export const recycleBinListSpec = {
  filters: { q: z.string().check(z.trim(), z.maxLength(50)) },
  sorts: [],
} satisfies ListQuerySpec<Record<string, z.core.$ZodType>, never>;
