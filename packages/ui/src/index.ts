export type {
  DomainLabels,
  RemoteAppProps,
  RemoteManifest,
  RemoteManifestEntry,
  RemoteMenuItem,
  UnitAccess,
} from '@strata/contract';
export {
  AccessProvider,
  Forbidden,
  Permitted,
  RequirePermission,
  unitAccess,
  useAccess,
} from './access';
export {
  type ChangeRow,
  type ChangeWords,
  changeRows,
  describeChange,
  fieldName,
  formatValue,
  humanizeKey,
  parseImage,
} from './change-rows';
export { ChangeTable } from './change-table-on-demand';
export { type CsvColumn, downloadCsv, toCsv } from './csv';
export { useDocumentTitle } from './document-title';
export { ErrorAlert } from './error-alert';
export {
  type FetchAllPagesOptions,
  type FetchAllPagesResult,
  type FetchPage,
  fetchAllPages,
  largestPageSize,
} from './fetch-all-pages';
export { FormModal } from './form-modal';
export { FormPage, type FormPageProps } from './form-page';
export { formRules } from './form-rules';
export { createGuardedHistory, type GuardedHistory, type NavigationGuard } from './guarded-history';
export { ModalOnOpen } from './modal-on-open';
export { onDemand } from './on-demand';
export { type Crumb, PageFrame } from './page-frame';
export { RecordStates, RevealPersonalData, Timeline } from './page-parts';
export { type RecordRoute, useRecordRoute } from './record-page';
export type { RecordStatesProps } from './record-states';
export { usePrefersReducedMotion } from './reduced-motion';
export { ResultScreen } from './result-screen';
export type { RevealProps, RevealWords } from './reveal-personal-data';
export { useScrollRegion } from './scroll-region';
export type { TimelineEvent, TimelineProps } from './timeline';
export { TreeSelectOnDemand } from './tree-select-on-demand';
export { applyFieldErrors, errorMessage, fieldErrorsOf } from './trpc-error';
export { subtreeIds, toUnitTree, type UnitLike, type UnitTreeNode } from './unit-tree';
export { confirmDiscard, UnsavedChangesProvider, useUnsavedChanges } from './unsaved-changes';
