// The board's tags: where a topic stands against its answer deadline (orange due soon, red overdue), and its flags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineColors } from '../common/letter-tags';
import { type AnswerState, type TopicRow, topicFlags } from './board-list-spec';

export function AnswerTag({ state }: { state: AnswerState }) {
  const { t } = useTranslation('mailbox');
  return (
    <Tag color={deadlineColors[state]} data-testid="board-answer-tag" data-state={state}>
      {t(`board.answer.${state}`)}
    </Tag>
  );
}

const flagColors = { pinned: 'blue', held: 'orange', hidden: 'default', closed: 'default' } as const;

/** Pinned, awaiting moderation, hidden, closed: whichever apply. */
export function TopicFlags({ row }: { row: Pick<TopicRow, 'pinned' | 'closed' | 'held' | 'hidden'> }) {
  const { t } = useTranslation('mailbox');
  return topicFlags(row).map((flag) => (
    <Tag key={flag} color={flagColors[flag]} data-testid={`board-flag-${flag}`}>
      {t(`board.flag.${flag}`)}
    </Tag>
  ));
}
