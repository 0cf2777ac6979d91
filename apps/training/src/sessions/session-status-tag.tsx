// A classroom session's state as a tag of antd's preset colours, in the reader's words.
import type { TrainingSessionStatus } from '@strata/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const statusColours: Record<TrainingSessionStatus, string> = { scheduled: 'blue', cancelled: 'default' };

/** A session's state as a tag of antd's preset colours. */
export function SessionStatusTag({ status, testId }: { status: TrainingSessionStatus; testId?: string }) {
  const { t } = useTranslation('training');
  return (
    <Tag color={statusColours[status]} style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {t(`common.sessionStatus.${status}`)}
    </Tag>
  );
}
