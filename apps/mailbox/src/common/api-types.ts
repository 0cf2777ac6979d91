// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type LetterListInput = RouterInputs['mailbox']['letters']['list'];
export type LetterRow = RouterOutputs['mailbox']['letters']['list']['items'][number];
export type Letter = RouterOutputs['mailbox']['letters']['get'];
export type LetterActions = Letter['actions'];
export type LetterEvent = Letter['events'][number];
export type ReplyTemplate = RouterOutputs['mailbox']['templates']['list'][number];
export type DeadlineSettings = RouterOutputs['mailbox']['deadlines']['get'];
export type Unit = RouterOutputs['identity']['units']['tree'][number];

export type LetterKind = LetterRow['kind'];
export type LetterStatus = LetterRow['status'];
export type DeadlineState = LetterRow['deadline'];
export type ExtensionState = LetterRow['extensionState'];
export type LetterView = NonNullable<LetterListInput['view']>;
export type LetterSort = NonNullable<LetterListInput['sort']>;
export type Rating = NonNullable<Letter['rating']>;
