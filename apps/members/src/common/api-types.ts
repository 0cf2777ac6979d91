// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type MapUnits = RouterOutputs['members']['map']['units'];
export type MapUnit = MapUnits['units'][number];
export type MapScale = MapUnits['scale'][number];
export type MapFigure = RouterInputs['members']['map']['units']['figure'];
export type Figures = MapUnit['figures'];
export type Boundary = NonNullable<MapUnit['boundary']>;

export type MemberListInput = RouterInputs['members']['registry']['list'];
export type MemberRow = RouterOutputs['members']['registry']['list']['items'][number];
export type MemberExportRow = RouterOutputs['members']['registry']['exportPage']['items'][number];
export type NewMemberInput = RouterInputs['members']['registry']['create'];
export type MemberChangesInput = RouterInputs['members']['registry']['update'];
export type StatusChangeInput = RouterInputs['members']['registry']['setStatus'];
export type MemberProfile = RouterOutputs['members']['registry']['get'];
export type MemberEvent = MemberProfile['timeline'][number];
export type MemberSponsor = MemberProfile['sponsors'][number];
export type MemberTransfer = MemberProfile['transfers'][number];
export type MemberFloating = MemberProfile['floatings'][number];
export type RevealedPii = RouterOutputs['members']['registry']['reveal'];
export type MemberSort = NonNullable<MemberListInput['sort']>;
export type MemberStatusFilter = NonNullable<MemberListInput['status']>;
export type LeavingStatus = StatusChangeInput['status'];
export type TransferState = MemberTransfer['state'];
export type Unit = RouterOutputs['identity']['units']['tree'][number];
