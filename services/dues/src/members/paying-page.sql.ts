// The collection list's page by name through the shared scoped page (scopedPage in @strata/api): the paying members
// of the caller's subtree in name order, each with its unit's name. Stage and status are stated as tests rather than
// column conditions, as the registry's list does: most members pay, so SQLite then walks each unit's (unitId, nameKey,
// id) index, or the whole (nameKey, id, unitId, status) one for a wide scope, and stops after the page instead of
// sorting the whole subtree by name (58 ms a page at the municipality at xl).
import { type PageRows, type PageSource, reviewedSql, valueList } from '@strata/api';
import { literalContains } from '@strata/db';
import { payingStages, payingStatuses } from './dues-member';

/** A paying member as the page reads it. */
export type PayingMember = { id: number; name: string; unitId: number; unitName: string; stage: string };

export function payingSource(input: { q?: string | undefined; order: 'ascend' | 'descend' }): PageSource {
  return {
    table: reviewedSql`"Member" r`,
    where: [
      reviewedSql`(r."status" IN (${valueList(payingStatuses)})) = TRUE`,
      reviewedSql`(r."stage" IN (${valueList(payingStages)})) = TRUE`,
      ...(input.q ? [reviewedSql`r."name" LIKE ${`%${literalContains(input.q)}%`}`] : []),
    ],
    key: reviewedSql`r."nameKey"`,
    order: input.order === 'descend' ? 'desc' : 'asc',
  };
}

export const payingRows: PageRows<PayingMember, PayingMember> = {
  columns: reviewedSql`r."id" AS "id", r."name" AS "name", r."unitId" AS "unitId", n."name" AS "unitName", r."stage" AS "stage"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId"`,
  item: ([row]) => row as PayingMember,
};
