// The dues team's service: its registration and router, and the pure rules (rule sets, the rules of 2008, a member's
// monthly amount, the ledger's chain) the console and the tests read.

export { type Allocation, allocatePayment, type OwedMonth, type PaymentLine } from './ledger/allocate';
export {
  type ChainedEntry,
  type ChainHead,
  type ChainVerdict,
  chainNext,
  chainStart,
  type EntryContent,
  verifyChain,
} from './ledger/chain';
export {
  bookedMonth,
  type EntryKind,
  type EntryProblem,
  entryKinds,
  entryProblem,
  isClosed,
  reversalOf,
} from './ledger/entries';
export { type Reconciliation, type ReconciliationRow, type Remitted, reconcile } from './ledger/reconcile';
export { readReceiptNo, receiptNo } from './payments/receipts';
export { duesRouter } from './router';
export {
  arrearsIn,
  type DeclaredBase,
  dueFor,
  type MonthDue,
  monthNumber,
  monthText,
  payableIn,
  paymentWindow,
} from './rules/member-month';
export { type Declared, inForce, monthlyDue } from './rules/monthly-due';
export { type CategoryRule, type RuleSet, ruleSet } from './rules/rule-set';
export { rules2008 } from './rules/rules-2008';
export { duesTeam } from './team';
