// A record's page opened from its list (a letter, a member, a topic): the id its route names, the way back to the
// list, and what the page shows before the record is there (not found, failed, loading).
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from './error-alert';
import { PageFrame } from './page-frame';

/** A record's id as the route gives it (`:id`): a positive whole number, or none. */
function recordId(param: string | undefined): number | undefined {
  const id = Number(param);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export type RecordRoute = {
  /** The id the route names (0 when it names none: ask nothing then, `valid` is false). */
  id: number;
  valid: boolean;
  listPath: string;
  /** Back to the list as the reader left it (its view and filters live in its URL), or to the plain list. */
  back: () => void;
};

/** The record the route (`…/:id`) names, below the list at `listPath`. */
export function useRecordRoute(listPath: string): RecordRoute {
  const { id: param } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const id = recordId(param);
  return {
    id: id ?? 0,
    valid: id !== undefined,
    listPath,
    // `default` is a tab's first entry (a link pasted, a page reloaded): there is no list behind it to go back to.
    back: () => (location.key === 'default' ? navigate(listPath) : navigate(-1)),
  };
}

/** The parts of a query (TanStack's) the states read; the error as a tRPC client error (`data.code`). */
type RecordQuery<T> = { data: T | undefined; error: unknown; refetch: () => unknown };

const isNotFound = (error: unknown) =>
  (error as { data?: { code?: unknown } | null } | null)?.data?.code === 'NOT_FOUND';

type Props<T> = {
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
export function RecordStates<T>({ route, query, notFound, title, listTitle, children }: Props<T>) {
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
