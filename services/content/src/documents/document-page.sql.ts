// The document list's side of a scoped page (scopedPage in @strata/api): the table, the conditions a filter names,
// the sort keys, and what each row shows (its unit and its current version's file), as reviewed SQL. The search is
// a literal LIKE over the title and the description: a unit's library is small, and its words are titles, not
// bodies (issue 8 keeps full-text search for articles).
import { type PageRows, type PageSource, reviewedSql, type Scope } from '@strata/api';
import { literalContains, type Prisma } from '@strata/db';
import { type DocumentFields, type DocumentFilter, type DocumentRow, toDocumentRow } from './document-schemas';

const table = reviewedSql`"Document" r`;

const sortKeys = {
  updatedAt: reviewedSql`r."updatedAt"`,
  // Titles sort by their natural key (pinyin, numbers by value), not by code point.
  title: reviewedSql`r."titleKey"`,
  // Categories as written, compared by the database (SQLite's BINARY, PostgreSQL's collation: C on ours).
  category: reviewedSql`r."category"`,
} as const satisfies Record<DocumentFilter['sort'], Prisma.Sql>;

function searched(search: string | undefined): Prisma.Sql[] {
  if (!search) return [];
  const pattern = `%${literalContains(search)}%`;
  return [reviewedSql`(r."title" LIKE ${pattern} OR r."description" LIKE ${pattern})`];
}

/** The documents of the filter, in its order. */
export const documentsOf = (filter: DocumentFilter): PageSource => ({
  table,
  where: [
    ...(filter.category ? [reviewedSql`r."category" = ${filter.category}`] : []),
    ...(filter.visibility ? [reviewedSql`r."visibility" = ${filter.visibility}`] : []),
    ...searched(filter.search),
  ],
  key: sortKeys[filter.sort],
  order: filter.order,
});

type ListedRow = DocumentFields & {
  unitName: string;
  unitPath: string;
  fileId: number;
  fileName: string;
  fileSize: number;
  fileMime: string;
};

/** What a list shows of each document: its fields, its unit's name and its current version's file. */
export const listedDocuments = (scope: Scope): PageRows<ListedRow, DocumentRow> => ({
  columns: reviewedSql`r."id" AS "id", r."unitId" AS "unitId", r."title" AS "title", r."category" AS "category", r."description" AS "description", r."visibility" AS "visibility", r."version" AS "version", r."createdAt" AS "createdAt", r."updatedAt" AS "updatedAt", n."name" AS "unitName", n."path" AS "unitPath", f."id" AS "fileId", f."name" AS "fileName", f."size" AS "fileSize", f."mime" AS "fileMime"`,
  // The current version is the one numbered as the document's version: written in the same transaction.
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" JOIN "DocumentVersion" v ON v."documentId" = r."id" AND v."number" = r."version" JOIN "File" f ON f."id" = v."fileId"`,
  item: ([row]) => {
    const r = row as ListedRow;
    return toDocumentRow(r, {
      unitName: r.unitName,
      file: { id: r.fileId, name: r.fileName, size: r.fileSize, mime: r.fileMime },
      write: scope.covers('content.write', r.unitPath),
    });
  },
});
