// Stands in for antd's `modal/useModal` inside antd's App (see feedback-on-demand.tsx): the confirm dialogs
// (leaving unsaved changes, a reset password, an unlock) come with their first call.
import { onDemandHook } from './feedback-on-demand';

export default onDemandHook(['confirm', 'info', 'success', 'error', 'warning'], () => import('antd/es/modal/useModal'));
