// The members team's cases for `npm run bench`, each for the unit the switcher points at, beside its floor written by
// hand: the registry as it opens (members on the registry, by name: the same page and total; the answer masks each
// row's ID number and phone, the floor reads the same sealed columns and leaves them be, so the ratio carries the
// masking's cost), and the unit map (the subtree's units with their places, and the registry counted per unit, stage
// and status: the figures summed up the tree in code are the answer's work on top).
import { type BenchCase, type FloorQuery, scopedListFloor, subtreeParams } from '@strata/api';

/** Members on the registry: active and floating, as the list's default filter says. */
const current = `(r."status" IN ('active', 'floating')) = TRUE`;

const memberRows = (orderBy: string) => `SELECT r."id", r."unitId", n."name" AS "unitName", n."path" AS "unitPath",
  r."name", r."gender", r."birthDate", r."ethnicity", r."education", r."occupation", r."stage", r."status",
  r."probationaryOn", r."fullOn", r."idNumber", r."phone", '' AS "address", r."updatedAt"
  FROM p JOIN "Member" r ON r."id" = p."id" JOIN "Unit" n ON n."id" = r."unitId" ORDER BY ${orderBy}`;

const inSubtree = (t: string) => `${t}."path" >= $1 AND ${t}."path" < $2`;

/** The map's two reads by hand: the subtree's units with their places, and its members counted per unit and stage. */
const mapFloor: FloorQuery = {
  sql: (caller) => [
    `SELECT u."id", u."parentId", u."kind", u."name", u."path", u."latitude", u."longitude", u."boundary", u."siteCode",
      u."archivedAt" IS NOT NULL AS "archived" FROM "Unit" u WHERE ${inSubtree('u')} ORDER BY u."depth", u."sort", u."id"`,
    caller.role === 'municipal'
      ? `SELECT m."unitId", m."stage", m."status", count(*) FROM "Member" m WHERE ${current.replaceAll('r.', 'm.')}
        GROUP BY m."unitId", m."stage", m."status"`
      : `SELECT m."unitId", m."stage", m."status", count(*) FROM "Member" m WHERE ${current.replaceAll('r.', 'm.')}
        AND m."unitId" IN (SELECT u."id" FROM "Unit" u WHERE ${inSubtree('u')}) GROUP BY m."unitId", m."stage", m."status"`,
  ],
  params: subtreeParams,
};

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
  {
    name: 'members.map.units',
    procedure: 'members.map.units',
    input: (caller) => ({ unitId: caller.unitId, figure: 'members' }),
    floor: { sqlite: mapFloor, postgresql: mapFloor },
    // The map is the whole subtree by design: every unit, in tree order.
    wholeScope: true,
  },
];
