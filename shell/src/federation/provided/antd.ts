// What the shell provides to remotes as the shared `antd` (../provided-shares.ts): every component the
// remotes and the packages they build in (@strata/ui's list kit) import, from the shell's own build. A remote
// importing one that is not listed would get undefined: federation-shared.test.ts fails when an app imports
// one missing here. Segmented is in the sign-in page's chunk already (its language switch): provided as it is, at no
// cost to the first visit.
import { ModalOnOpen, onDemand } from '@strata/ui';

export {
  Alert,
  App,
  Button,
  Card,
  Col,
  ConfigProvider,
  Dropdown,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Layout,
  Popconfirm,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';

// Only shown after a click (an export's progress, the column settings' switches, a column's toggle on a page
// of its own): fetched when first drawn rather than with the remote.
export const Progress = onDemand(() => import('antd/es/progress'));
export const Switch = onDemand(() => import('antd/es/switch'));
// Where a record's page sits (PageFrame's breadcrumbs, a report's), and a record's details (a letter, a member, a
// statement): fetched with the first page that shows them.
export const Breadcrumb = onDemand(() => import('antd/es/breadcrumb'));
export const Descriptions = onDemand(() => import('antd/es/descriptions'));
// The statistics pages' figures: fetched with the first page that shows one.
export const Statistic = onDemand(() => import('antd/es/statistic'));
// Parts of the members' pages (the pipeline's and transfers' tabs and due badges, a letter's drawer, a form's number
// and choices, an import's result): fetched with the first page or dialog that draws one, none on the first visit.
export const Tabs = onDemand(() => import('antd/es/tabs'));
export const Badge = onDemand(() => import('antd/es/badge'));
export const Drawer = onDemand(() => import('antd/es/drawer'));
export const Result = onDemand(() => import('antd/es/result'));
export const InputNumber = onDemand(() => import('antd/es/input-number'));
export const Checkbox = onDemand(() => import('antd/es/checkbox'));
// The volunteers' pages: an evaluation's stars (an activity's attendance) and an hour entry's trail (its drawer).
export const Rate = onDemand(() => import('antd/es/rate'));
export const Timeline = onDemand(() => import('antd/es/timeline'));
// Radio with its Group (the choices a form offers as buttons), each fetched when first drawn.
const RadioGroup = onDemand(() => import('antd/es/radio/group'));
export const Radio = Object.assign(
  onDemand(() => import('antd/es/radio')),
  { Group: RadioGroup },
);
// A dialog (an export's progress) draws nothing until it first opens, and its code comes then: antd's Modal
// without its static methods (Modal.confirm...; remotes ask through App.useApp()'s modal instead).
export const Modal = ModalOnOpen;
