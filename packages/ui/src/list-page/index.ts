// The list-page kit (ProTable's experience on antd 6). A subpath of @strata/ui, not part of its main entry:
// @strata/ui is shared whole and loaded on the first visit, while lists live on lazily loaded pages. The kit
// keeps no state of its own; what must be one instance (access, i18n) it takes from @strata/ui and react-i18next.
export {
  applyColumnSettings,
  type ColumnChoice,
  type ColumnDefault,
  type ColumnSettings,
  columnSettingsKey,
  type Density,
  mergeColumnSettings,
  moveColumn,
  showColumn,
} from './column-settings';
export { ExportButton, type ExportFormat } from './export-button';
export { chunked, type ExportCell, type ExportColumn, exportMatrix, sheetName } from './export-rows';
export {
  type FilterShape,
  type FilterValues,
  hasFilters,
  type ListQuery,
  type ListQuerySpec,
  listPageSizes,
  parseListQuery,
  type SortOrder,
  serialiseListQuery,
} from './list-query';
export { type ListColumn, ListTable } from './list-table';
export {
  idParam,
  integerParam,
  isoDateParam,
  oneOfParam,
  type ParamReader,
  patternParam,
  textParam,
} from './param-readers';
export { type SearchField, SearchForm } from './search-form';
export { useAddressParams } from './use-address-params';
export { useColumnSettings } from './use-column-settings';
export { type ListQueryState, useListQuery } from './use-list-query';
export { downloadBlob, readXlsx, writeXlsx, writeXlsxBook, type XlsxSheet } from './xlsx';
