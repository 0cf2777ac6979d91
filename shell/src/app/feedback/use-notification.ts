// Stands in for antd's `notification/useNotification` inside antd's App (see feedback-on-demand.tsx).
import { onDemandHook } from './feedback-on-demand';

export default onDemandHook(
  ['open', 'success', 'error', 'info', 'warning', 'destroy'],
  () => import('antd/es/notification/useNotification'),
);
