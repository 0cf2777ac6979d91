// The members team's cases for `npm run bench`: the registry as it opens (members on the registry, by name), for the
// unit the switcher points at, beside its floor: the same page and total written by hand. The answer masks each
// row's ID number and phone (two decryptions per row); the floor reads the same sealed columns and leaves them be,
// so the ratio carries the masking's cost.
import { type BenchCase, scopedListFloor } from '@strata/api';

/** Members on the registry: active and floating, as the list's default filter says. */
const current = `(r."status" IN ('active', 'floating')) = TRUE`;

const memberRows = (orderBy: string) => `SELECT r."id", r."unitId", n."name" AS "unitName", n."path" AS "unitPath",
  r."name", r."gender", r."birthDate", r."ethnicity", r."education", r."occupation", r."stage", r."status",
  r."probationaryOn", r."fullOn", r."idNumber", r."phone", '' AS "address", r."updatedAt"
  FROM p JOIN "Member" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId" ORDER BY ${orderBy}`;

export const membersBenchCases: readonly BenchCase[] = [
  {
    name: 'members.registry.list',
    procedure: 'members.registry.list',
    input: (caller) => ({ unitId: caller.unitId, page: 1, pageSize: 20 }),
    floor: scopedListFloor({
      table: '"Member" r',
      where: [current],
      key: 'r."nameKey"',
      order: 'ASC',
      select: memberRows,
    }),
  },
];
