import { onDemand } from './on-demand';

/**
 * A recorded change field by field (change-table.tsx), fetched with the first record's trail that shows one: no first
 * page draws it, and every remote is handed the console's parts whole.
 */
export const ChangeTable = onDemand(() => import('./change-table'));
