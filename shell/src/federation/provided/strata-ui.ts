// What the shell provides to remotes as the shared `@strata/ui` (../provided-shares.ts): the exports the apps import
// (federation-shared.test.ts keeps the list complete), not the whole index: what only the shell's own pages use (the
// audit log's change rows, CSV, the guarded history) stays with those pages, off the first visit. A module of its own,
// not the package's index itself: the bundler can split the shell's own imports per route only while the index is no
// chunk of its own.
export {
  AccessProvider,
  applyFieldErrors,
  ErrorAlert,
  errorMessage,
  FormModal,
  FormPage,
  fieldErrorsOf,
  formRules,
  largestPageSize,
  ModalOnOpen,
  PageFrame,
  Permitted,
  RecordStates,
  RequirePermission,
  ResultScreen,
  RevealPersonalData,
  subtreeIds,
  Timeline,
  TreeSelectOnDemand,
  toUnitTree,
  useAccess,
  useDocumentTitle,
  useRecordRoute,
  useScrollRegion,
  useUnsavedChanges,
} from '@strata/ui';
