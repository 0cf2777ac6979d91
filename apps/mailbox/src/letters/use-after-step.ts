import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRefreshLetters } from '../common/use-refresh-letters';

const codeOf = (error: unknown) => (error as { data?: { code?: unknown } } | null)?.data?.code;

/**
 * After a step went through: says so and reads the letter and the queue again. A step refused because the letter
 * moved on meanwhile (another handler, a stale page) reads them again too, so the page offers what holds now.
 */
export function useAfterStep() {
  const { message } = App.useApp();
  const { t } = useTranslation('mailbox');
  const refresh = useRefreshLetters();
  const done = async (step: string) => {
    message.success(t(`steps.done.${step}`));
    await refresh();
  };
  const failed = (error: unknown) => {
    if (codeOf(error) === 'CONFLICT') void refresh();
  };
  return Object.assign(done, { failed });
}
