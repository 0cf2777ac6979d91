import type { CsvColumn } from '@strata/ui';
import type { ArticleRow } from '../common/api-types';

export interface ArticleCsvLabels {
  header: (
    key: 'titleCol' | 'column' | 'unit' | 'status' | 'author' | 'createdAt' | 'updatedAt' | 'publishedAt',
  ) => string;
  status: (status: ArticleRow['status']) => string;
  date: (iso: string | null) => string;
}

/** The export's columns, labelled in the user's language. */
export function articleCsvColumns({ header, status, date }: ArticleCsvLabels): CsvColumn<ArticleRow>[] {
  return [
    { title: 'ID', value: (r) => r.id },
    { title: header('titleCol'), value: (r) => r.title },
    { title: header('column'), value: (r) => r.columnName },
    { title: header('unit'), value: (r) => r.unitName },
    { title: header('status'), value: (r) => status(r.status) },
    { title: header('author'), value: (r) => r.authorName },
    { title: header('createdAt'), value: (r) => date(r.createdAt) },
    { title: header('updatedAt'), value: (r) => date(r.updatedAt) },
    { title: header('publishedAt'), value: (r) => date(r.publishedAt) },
  ];
}
