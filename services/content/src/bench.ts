// The content team's cases for `npm run bench`: the article list on its default and every offered sort, the
// overview's counts and the recycle bin, each beside its floor (the same answer as hand-written SQL); and the
// portal's pages, each beside the same bytes served as a static file.
import { type BenchCase, scopedCountFloor, scopedListFloor } from '@strata/api';
import { freshnessBoardFloor, freshnessSummaryFloor } from './freshness/freshness-bench';
import { portalBenchCases } from './portal/portal-bench';

const articleSorts = { updatedAt: 'desc', createdAt: 'desc', publishedAt: 'desc', title: 'asc' } as const;
type ArticleSort = keyof typeof articleSorts;
const live = `(r."deletedAt" IS NULL) = TRUE`;

/** A page's rows with the names a list row shows. */
const articleRows = (orderBy: string) => `SELECT r."id", r."unitId", u."name" AS "unitName", u."path" AS "unitPath",
  r."columnId", c."name" AS "columnName", r."title", r."status", au."displayName" AS "authorName", r."publishedAt",
  r."publishAt", r."unpublishAt", r."createdAt", r."updatedAt", r."placedCount"
  FROM p JOIN "Article" r ON r."id" = p."id" JOIN "Unit" u ON u."id" = r."unitId" JOIN "Column" c ON c."id" = r."columnId"
  LEFT JOIN "User" au ON au."id" = r."authorId" ORDER BY ${orderBy}`;

const articleList = (sort: ArticleSort): BenchCase => ({
  name: sort === 'updatedAt' ? 'content.articles.list' : `content.articles.list:${sort}`,
  procedure: 'content.articles.list',
  input: () => ({ page: 1, pageSize: 20, sort, order: articleSorts[sort] }),
  floor: scopedListFloor({
    table: '"Article" r',
    where: [live],
    key: `r."${sort === 'title' ? 'titleKey' : sort}"`,
    order: articleSorts[sort] === 'desc' ? 'DESC' : 'ASC',
    select: articleRows,
  }),
});

export const contentBenchCases: readonly BenchCase[] = [
  ...(Object.keys(articleSorts) as ArticleSort[]).map(articleList),
  {
    name: 'content.articles.countByStatus',
    procedure: 'content.articles.countByStatus',
    input: () => ({}),
    floor: scopedCountFloor(
      '"Article" r',
      ['draft', 'review', 'published', 'archived'].map((status) => [live, `r."status" = '${status}'`]),
    ),
  },
  {
    name: 'content.recycleBin.list',
    procedure: 'content.recycleBin.list',
    input: () => ({ page: 1, pageSize: 20 }),
    // Reviewers and admins: a branch secretary reviews too.
    floor: scopedListFloor({
      table: '"Article" r',
      where: [`r."deletedAt" IS NOT NULL`],
      key: `r."deletedAt"`,
      order: 'DESC',
      select: (orderBy) => `SELECT r."id", r."title", r."status", r."deletedAt", u."name" AS "unitName",
        c."name" AS "columnName", d."displayName" AS "deletedByName"
        FROM p JOIN "Article" r ON r."id" = p."id" JOIN "Unit" u ON u."id" = r."unitId"
        JOIN "Column" c ON c."id" = r."columnId" LEFT JOIN "User" d ON d."id" = r."deletedById" ORDER BY ${orderBy}`,
    }),
  },
  {
    // The whole subtree's columns judged on every call (the board is ordered by staleness), so the caller's scope is
    // read whole by design; a page of 20 units, the stalest first.
    name: 'content.freshness.board',
    procedure: 'content.freshness.board',
    input: () => ({ page: 1, pageSize: 20, sort: 'stalest' }),
    floor: freshnessBoardFloor,
    wholeScope: true,
  },
  {
    // The overview card's figures: the same columns judged, counted for the subtree and each unit directly below.
    name: 'content.freshness.summary',
    procedure: 'content.freshness.summary',
    input: (caller) => ({ unitId: caller.unitId }),
    floor: freshnessSummaryFloor,
    wholeScope: true,
  },
  ...portalBenchCases,
];
