// The sessions area's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type S = RouterOutputs['training']['sessions'];
type SIn = RouterInputs['training']['sessions'];

export type SessionListInput = SIn['list'];
export type SessionSort = NonNullable<SessionListInput['sort']>;
export type SessionRow = S['list']['items'][number];
export type SessionInput = SIn['create'];
export type Roster = S['roster'];
export type RosterSeat = Roster['seats'][number];
export type ScreenState = S['screen'];
export type TrainerChoice = S['trainers'][number];
