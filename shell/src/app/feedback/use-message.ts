// Stands in for antd's `message/useMessage` inside antd's App (see feedback-on-demand.tsx).
import { onDemandHook } from './feedback-on-demand';

export default onDemandHook(
  ['open', 'success', 'error', 'info', 'warning', 'loading', 'destroy'],
  () => import('antd/es/message/useMessage'),
);
