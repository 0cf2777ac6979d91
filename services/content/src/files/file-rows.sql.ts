// The file list's side of a scoped page (scopedPage in @strata/api) and the count of a file's uses, as reviewed
// SQL. The File table's (unitId, createdAt) index serves the unit-by-unit shape of the default sort.
import { type PageRows, type PageSource, queryReviewed, reviewedSql, type Scope } from '@strata/api';
import { literalContains, type Prisma, type Tx } from '@strata/db';
import { type FileFields, toStoredFile } from '@strata/files';
import type { FileFilter, FileRow } from './file-schemas';
import { libraryFileSql } from './library-file.sql';

const table = reviewedSql`"File" r`;

const sortKeys = {
  createdAt: reviewedSql`r."createdAt"`,
  size: reviewedSql`r."size"`,
} as const satisfies Record<FileFilter['sort'], Prisma.Sql>;

/** The files of the filter, in its order. */
export const filesOf = (filter: FileFilter): PageSource => ({
  table,
  where: [
    libraryFileSql,
    ...(filter.kind ? [reviewedSql`r."kind" = ${filter.kind}`] : []),
    ...(filter.search ? [reviewedSql`r."name" LIKE ${`%${literalContains(filter.search)}%`}`] : []),
  ],
  key: sortKeys[filter.sort],
  order: filter.order,
});

type ListedRow = FileFields & { unitName: string; unitPath: string; uploadedByName: string | null };

/** A file's row as the console lists it (the caller's scope decides its actions). */
export const toFileRow = (scope: Scope, r: ListedRow): FileRow =>
  Object.assign(toStoredFile(r), {
    unitName: r.unitName,
    uploadedByName: r.uploadedByName,
    actions: { remove: scope.covers('content.write', r.unitPath) },
  });

export const listedFiles = (scope: Scope): PageRows<ListedRow, FileRow> => ({
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", r."kind" AS "kind", r."name" AS "name", r."mime" AS "mime", r."size" AS "size", r."width" AS "width", r."height" AS "height", r."previewSha256" AS "previewSha256", r."createdAt" AS "createdAt", n."name" AS "unitName", n."path" AS "unitPath", a."displayName" AS "uploadedByName"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "User" a ON a."id" = r."uploadedById"`,
  item: ([row]) => toFileRow(scope, row as ListedRow),
});

/**
 * What uses a file, in every unit (a file in use is never removed, whoever uses it): the articles naming it in
 * their body or as their cover, the recycle bin's included, and the documents with a version of it. Counts only:
 * nothing of those articles or documents is read.
 */
export async function fileUses(db: Tx, fileId: number): Promise<{ articles: number; documents: number }> {
  const [row] = await queryReviewed<{ articles: unknown; documents: unknown }>(
    db,
    reviewedSql`SELECT (SELECT count(*) FROM (SELECT af."articleId" AS "id" FROM "ArticleFile" af WHERE af."fileId" = ${fileId} UNION SELECT a."id" AS "id" FROM "Article" a WHERE a."coverFileId" = ${fileId}) u) AS "articles", (SELECT count(DISTINCT v."documentId") FROM "DocumentVersion" v WHERE v."fileId" = ${fileId}) AS "documents"`,
  );
  return { articles: Number(row?.articles ?? 0), documents: Number(row?.documents ?? 0) };
}
