// The course a bank's page or a quiz's results page belongs to, as the address names it (`?course=<id>`): the
// course's quizzes tab writes it into its links, and the pages read their heading and the way back from it.
import { idParam } from '@strata/ui/list-page';
import { useSearchParams } from 'react-router';

/** The course named in the address, or none. */
export function useCourseParam(): number | undefined {
  const [params] = useSearchParams();
  return idParam(params.get('course') ?? '');
}
