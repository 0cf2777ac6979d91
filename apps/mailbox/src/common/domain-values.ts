// The mailbox's values in the order the console offers them; `satisfies` ties each list to the API's own types.
import type {
  DeadlineState,
  ExtensionState,
  LetterKind,
  LetterSort,
  LetterStatus,
  LetterView,
  Rating,
} from './api-types';

export const letterKinds = ['consultation', 'complaint', 'suggestion', 'help'] as const satisfies readonly LetterKind[];
export const letterStatuses = [
  'received',
  'accepted',
  'assigned',
  'handled',
  'replied',
  'closed',
  'rejected',
] as const satisfies readonly LetterStatus[];
/** The queue's views, as the switch above the table shows them: the open queue first, everything last. */
export const letterViews = [
  'open',
  'dueSoon',
  'overdue',
  'escalated',
  'answered',
  'closed',
  'rejected',
  'all',
] as const satisfies readonly LetterView[];
export const letterSorts = ['dueAt', 'receivedAt'] as const satisfies readonly LetterSort[];
export const deadlineStates = [
  'onTime',
  'dueSoon',
  'overdue',
  'answeredOnTime',
  'answeredLate',
  'none',
] as const satisfies readonly DeadlineState[];
export const extensionStates = ['none', 'pending', 'approved', 'declined'] as const satisfies readonly ExtensionState[];
export const ratings = ['satisfied', 'basic', 'dissatisfied'] as const satisfies readonly Rating[];
