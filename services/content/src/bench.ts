// The content team's cases for `npm run bench`: the article list on its default and every offered sort, the
// overview's counts and the recycle bin, each beside its floor (the same answer as hand-written SQL).
import { type BenchCase, type FloorQuery, subtreeParams } from '@strata/api';

const articleSorts = { updatedAt: 'desc', createdAt: 'desc', publishedAt: 'desc', title: 'asc' } as const;
type ArticleSort = keyof typeof articleSorts;

const pageColumns = `a."id", a."unitId", u."name" AS "unitName", u."path" AS "unitPath", a."columnId",
  c."name" AS "columnName", a."title", a."status", au."displayName" AS "authorName", a."publishedAt",
  a."createdAt", a."updatedAt"`;
const fromScope = `FROM "Article" a JOIN "Unit" u ON u."id" = a."unitId"`;

/** One page of live articles in the caller's subtree and their total: the same SQL on both databases. */
function articlePage(sort: ArticleSort): FloorQuery {
  const order = articleSorts[sort];
  const key = sort === 'title' ? 'titleKey' : sort;
  return {
    sql: [
      `SELECT ${pageColumns} ${fromScope} JOIN "Column" c ON c."id" = a."columnId"
        LEFT JOIN "User" au ON au."id" = a."authorId"
        WHERE a."deletedAt" IS NULL AND u."path" >= $1 AND u."path" < $2
        ORDER BY a."${key}" ${order}, a."id" ${order} LIMIT 20`,
      `SELECT count(*) AS "total" ${fromScope} WHERE a."deletedAt" IS NULL AND u."path" >= $1 AND u."path" < $2`,
    ],
    params: (caller) => subtreeParams(caller),
  };
}

const both = (query: FloorQuery) => ({ sqlite: query, postgresql: query });

const articleList = (sort: ArticleSort): BenchCase => ({
  name: sort === 'updatedAt' ? 'content.articles.list' : `content.articles.list:${sort}`,
  procedure: 'content.articles.list',
  input: () => ({ page: 1, pageSize: 20, sort, order: articleSorts[sort] }),
  floor: both(articlePage(sort)),
});

export const contentBenchCases: readonly BenchCase[] = [
  ...(Object.keys(articleSorts) as ArticleSort[]).map(articleList),
  {
    name: 'content.articles.countByStatus',
    procedure: 'content.articles.countByStatus',
    input: () => ({}),
    floor: both({
      sql: [
        `SELECT a."status", count(*) AS "n" ${fromScope} WHERE a."deletedAt" IS NULL AND u."path" >= $1 AND u."path" < $2 GROUP BY a."status"`,
      ],
      params: (caller) => subtreeParams(caller),
    }),
  },
  {
    name: 'content.recycleBin.list',
    procedure: 'content.recycleBin.list',
    input: () => ({ page: 1, pageSize: 20 }),
    // Reviewers and admins: a branch secretary reviews too.
    floor: both({
      sql: [
        `SELECT a."id", a."title", a."status", a."deletedAt", u."name" AS "unitName", c."name" AS "columnName",
          d."displayName" AS "deletedByName" ${fromScope} JOIN "Column" c ON c."id" = a."columnId"
          LEFT JOIN "User" d ON d."id" = a."deletedById"
          WHERE a."deletedAt" IS NOT NULL AND u."path" >= $1 AND u."path" < $2 ORDER BY a."deletedAt" DESC, a."id" DESC LIMIT 20`,
        `SELECT count(*) AS "total" ${fromScope} WHERE a."deletedAt" IS NOT NULL AND u."path" >= $1 AND u."path" < $2`,
      ],
      params: (caller) => subtreeParams(caller),
    }),
  },
];
