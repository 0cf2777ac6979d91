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

export type ImportTemplate = RouterOutputs['members']['imports']['template'];
export type ImportTemplateColumn = ImportTemplate['columns'][number];
export type ImportRow = RouterInputs['members']['imports']['stage']['rows'][number];
export type ImportCells = Required<ImportRow['cells']>;
export type ImportRowError = RouterOutputs['members']['imports']['stage']['errors'][number];
export type ImportStageResult = RouterOutputs['members']['imports']['stage'];
export type ImportCommitResult = RouterOutputs['members']['imports']['commit'];

export type LiveStats = RouterOutputs['members']['stats']['live'];
export type MemberCounts = LiveStats['members'];
export type SnapshotList = RouterOutputs['members']['stats']['snapshots'];
export type SnapshotTables = RouterOutputs['members']['stats']['snapshotTables'];
export type TakenSnapshot = RouterOutputs['members']['stats']['takeSnapshot'];

export type TransferListInput = RouterInputs['members']['transfers']['list'];
export type TransferRow = RouterOutputs['members']['transfers']['list']['items'][number];
export type TransferDetail = RouterOutputs['members']['transfers']['get'];
export type TransferDirection = TransferRow['direction'];
export type IssueTransferInput = RouterInputs['members']['transfers']['issue'];
export type TransferSort = NonNullable<TransferListInput['sort']>;
export type Destination = RouterOutputs['members']['transfers']['destinations'][number];
export type FloatingListInput = RouterInputs['members']['floating']['list'];
export type FloatingRow = RouterOutputs['members']['floating']['list']['items'][number];
export type FloatingDirection = FloatingRow['direction'];
export type StartFloatingInput = RouterInputs['members']['floating']['start'];
export type Pipeline = RouterOutputs['members']['lifecycle']['pipeline'];
export type DueMember = Pipeline['activistsDue']['items'][number];
export type AdvanceInput = RouterInputs['members']['lifecycle']['advance'];
export type ExtendProbationInput = RouterInputs['members']['lifecycle']['extendProbation'];
export type CancelCandidacyInput = RouterInputs['members']['lifecycle']['cancelCandidacy'];
export type AssignSponsorsInput = RouterInputs['members']['lifecycle']['assignSponsors'];
