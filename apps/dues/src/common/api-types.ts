// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type DuesMemberListInput = RouterInputs['dues']['members']['list'];
export type DuesMemberRow = RouterOutputs['dues']['members']['list']['items'][number];
export type DuesMemberSort = NonNullable<DuesMemberListInput['sort']>;

export type BaseRow = RouterOutputs['dues']['bases']['list'][number];
export type SetBaseInput = RouterInputs['dues']['bases']['set'];
export type DuesCategoryCode = SetBaseInput['category'];

export type PaymentInput = RouterInputs['dues']['payments']['record'];
export type PaymentResult = RouterOutputs['dues']['payments']['record'];
export type Payer = PaymentInput['payer'];
export type Receipt = RouterOutputs['dues']['payments']['get'];

export type Statement = RouterOutputs['dues']['statements']['member'];
export type StatementMonth = Statement['months'][number];
export type StatementPayment = Statement['payments'][number];

export type EntryListInput = RouterInputs['dues']['ledger']['list'];
export type EntryRow = RouterOutputs['dues']['ledger']['list']['items'][number];
export type EntryKind = EntryRow['kind'];
export type AssessResult = RouterOutputs['dues']['ledger']['assess'];
export type VerifyResult = RouterOutputs['dues']['ledger']['verify'];
export type BrokenChain = Extract<VerifyResult['broken'][number], { ok: false }>;
export type BrokenReason = BrokenChain['reason'];

export type Unit = RouterOutputs['identity']['units']['tree'][number];

export type HardshipListInput = RouterInputs['dues']['hardship']['list'];
export type HardshipRow = RouterOutputs['dues']['hardship']['list']['items'][number];
export type HardshipState = HardshipRow['state'];
export type ProposeHardshipInput = RouterInputs['dues']['hardship']['propose'];

export type RemittanceListInput = RouterInputs['dues']['remittances']['list'];
export type RemittanceRow = RouterOutputs['dues']['remittances']['list']['items'][number];
export type RemittanceDirection = NonNullable<RemittanceListInput['direction']>;

export type Summary = RouterOutputs['dues']['reports']['summary'];
export type SummaryFigures = Summary['totals'];
export type SummaryChild = Summary['children'][number];
export type SummaryMember = Summary['members'][number];
export type Reconciliation = RouterOutputs['dues']['reports']['reconciliation'];
export type ReconciliationRow = Reconciliation['rows'][number];

export type RuleSetRow = RouterOutputs['dues']['rules']['list'][number];
export type NewRuleSet = RouterInputs['dues']['rules']['add'];
export type Rounding = RuleSetRow['rounding'];
export type CategoryRule = RuleSetRow['categories'][DuesCategoryCode];

export type BaseImportInput = RouterInputs['dues']['bases']['import'];
export type BaseImportRow = BaseImportInput['rows'][number];
export type BaseImportResult = RouterOutputs['dues']['bases']['import'];
export type BaseImportError = BaseImportResult['errors'][number];
export type BaseImportProblem = BaseImportError['problem'];
