// A record's page opened from its list (a letter, a member, a topic): the id its route names and the way back to the
// list (what the page shows before the record is there: record-states.tsx).
import { useLocation, useNavigate, useParams } from 'react-router';

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
