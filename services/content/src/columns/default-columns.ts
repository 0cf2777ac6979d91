// The six columns every unit's website starts with (see shared/notes/domain.md). Units may rename,
// hide or add columns afterwards; `key` keeps the defaults recognisable.
import type { Tx } from '@strata/db';

export const defaultColumns = [
  { key: 'leadership', name: '领导论坛', cadence: 'monthly' },
  { key: 'news', name: '党建动态', cadence: 'weekly' },
  { key: 'grassroots', name: '基层党建', cadence: 'weekly' },
  { key: 'cadres', name: '干部天地', cadence: 'monthly' },
  { key: 'research', name: '信息调研', cadence: 'quarterly' },
  { key: 'showcase', name: '时代风采', cadence: 'monthly' },
] as const;

export async function createDefaultColumns(tx: Tx, unitId: number) {
  await tx.column.createMany({ data: defaultColumns.map((c, sort) => ({ ...c, unitId, sort })) });
}
