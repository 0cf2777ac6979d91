// What a record's page shows before the record is there: not found (a bad id, or the server's NOT_FOUND), a failure in
// the page's frame with a retry, a skeleton while it loads. Loaded on demand (page-parts.ts).
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { PageFrame } from './page-frame';
import type { RecordRoute } from './record-page';

/** The parts of a query (TanStack's) the states read; the error as a tRPC client error (`data.code`). */
type RecordQuery<T> = { data: T | undefined; error: unknown; refetch: () => unknown };

const isNotFound = (error: unknown) =>
  (error as { data?: { code?: unknown } | null } | null)?.data?.code === 'NOT_FOUND';

export type RecordStatesProps<T> = {
  route: RecordRoute;
  query: RecordQuery<T>;
  /** A missing id, or one outside the reader's scope (the server answers both alike). */
  notFound: ReactNode;
  /** The page's title while there is no record to name it, and the list's, for the breadcrumb. */
  title: string;
  listTitle: string;
  children: (record: T) => ReactNode;
};

/** The record's page once it has come (`children`); before then, the not-found page, the failure, or a skeleton. */
export function RecordStates<T>({ route, query, notFound, title, listTitle, children }: RecordStatesProps<T>) {
  if (!route.valid || isNotFound(query.error)) return notFound;
  if (query.error) {
    return (
      <PageFrame title={title} onBack={route.back} breadcrumbs={[{ title: listTitle, path: route.listPath }]}>
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      </PageFrame>
    );
  }
  if (query.data === undefined) return <Skeleton active />;
  return children(query.data);
}
