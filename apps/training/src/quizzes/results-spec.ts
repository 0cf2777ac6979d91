// A quiz's results list's state in the URL (the list kit's spec): the attempts' state and the order, so a sorted,
// filtered list survives a reload and can be sent to a colleague.
import { attemptStatuses } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import type { ResultListInput, ResultSort } from './quiz-types';

const resultSorts = ['submittedAt', 'startedAt', 'score', 'learnerName'] as const satisfies readonly ResultSort[];

export const resultsSpec = {
  filters: { status: oneOfParam(attemptStatuses) },
  sorts: resultSorts,
  defaultSort: { sort: 'submittedAt', order: 'desc' },
} satisfies ListQuerySpec<FilterShape, ResultSort>;

export type ResultsQuery = ListQuery<(typeof resultsSpec)['filters'], ResultSort>;

/** The `training.quizzes.results` input for the URL's state. */
export function toResultListInput(query: ResultsQuery, quizId: number): ResultListInput {
  const { status } = query.filters;
  return {
    quizId,
    ...(status && { status }),
    sort: query.sort ?? 'submittedAt',
    order: query.order ?? 'desc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
