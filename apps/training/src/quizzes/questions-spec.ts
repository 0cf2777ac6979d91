// A bank's questions list's state in the URL (the list kit's spec): the kind and whether retired, so a filtered list
// survives a reload. The server keeps the order they were added in; there is nothing to sort by.
import { questionKinds } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam } from '@strata/ui/list-page';
import type { QuestionListInput } from './quiz-types';

export const questionsSpec = {
  filters: {
    kind: oneOfParam(questionKinds),
    /** `true`: only the retired ones; `false`: only those drawn. */
    retired: oneOfParam(['true', 'false'] as const),
  },
  sorts: [] as readonly never[],
} satisfies ListQuerySpec<FilterShape, never>;

export type QuestionsQuery = ListQuery<(typeof questionsSpec)['filters'], never>;

/** The `training.quizzes.questions` input for the URL's state. */
export function toQuestionListInput(query: QuestionsQuery, bankId: number): QuestionListInput {
  const { kind, retired } = query.filters;
  return {
    bankId,
    ...(kind && { kind }),
    ...(retired && { retired: retired === 'true' }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
