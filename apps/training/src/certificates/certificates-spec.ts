// The certificates list's state in the URL (the list kit's spec): a number or part of a name, a unit of the current
// one's subtree, a course, valid or revoked. The server lists newest first.
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
  textParam,
} from '@strata/ui/list-page';
import type { RouterInputs } from '../trpc';

export const certificateStatuses = ['valid', 'revoked'] as const;

export const certificatesSpec = {
  filters: {
    q: textParam({ max: 50 }),
    unitId: idParam,
    courseId: idParam,
    status: oneOfParam(certificateStatuses),
  },
  sorts: [] as const,
} satisfies ListQuerySpec<FilterShape, never>;

export type CertificatesQuery = ListQuery<(typeof certificatesSpec)['filters'], never>;
export type CertificateListInput = RouterInputs['training']['certificates']['list'];

/** The `training.certificates.list` input for the URL's state within the current unit's subtree. */
export function toCertificateListInput(query: CertificatesQuery, unitId: number): CertificateListInput {
  const { q, courseId, status } = query.filters;
  return {
    unitId: query.filters.unitId ?? unitId,
    ...(q && { q }),
    ...(courseId && { courseId }),
    ...(status && { revoked: status === 'revoked' }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
