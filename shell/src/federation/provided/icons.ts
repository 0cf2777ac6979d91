// What the shell provides to remotes as the shared `@ant-design/icons`: the icons the apps and the packages they
// build in (@strata/ui's list kit) draw (federation-shared.test.ts keeps the list complete). Shared, a remote
// brings no second copy of the icon runtime, and the icons the shell draws too come once.
export {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowUpOutlined,
  ColumnHeightOutlined,
  DownloadOutlined,
  DownOutlined,
  PlusOutlined,
  ReloadOutlined,
  SettingOutlined,
  UpOutlined,
} from '@ant-design/icons';

import { onDemand } from '@strata/ui';

// Drawn only in a dialog (a members import): fetched when first drawn, so the remotes' first pages do not carry them.
export const ImportOutlined = onDemand(() => import('@ant-design/icons/es/icons/ImportOutlined'));
export const UploadOutlined = onDemand(() => import('@ant-design/icons/es/icons/UploadOutlined'));
// Drawn only on a receipt's print page (dues): fetched with it.
export const PrinterOutlined = onDemand(() => import('@ant-design/icons/es/icons/PrinterOutlined'));
// Drawn only on the dues reports' reconciliation (a unit whose two sides differ): fetched with it.
export const WarningOutlined = onDemand(() => import('@ant-design/icons/es/icons/WarningOutlined'));
