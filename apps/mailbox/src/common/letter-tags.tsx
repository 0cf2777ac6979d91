// The coloured tags of a letter: its status, where it stands against its deadline, an escalation, an extension.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineState, ExtensionState, LetterStatus } from './api-types';

// Only tag colours whose text reads on their tint (WCAG AA): the shell darkens green, gold and orange
// (shell/src/app/app-providers.tsx); cyan and volcano stay too light, so none is used here.
const statusColors: Record<LetterStatus, string> = {
  received: 'gold',
  accepted: 'blue',
  assigned: 'geekblue',
  handled: 'purple',
  replied: 'green',
  closed: 'default',
  rejected: 'default',
};

export function StatusTag({ status }: { status: LetterStatus }) {
  const { t } = useTranslation('mailbox');
  return (
    <Tag color={statusColors[status]} data-testid="letter-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

/** Orange when due soon, red when overdue; a rejected letter, which runs against no deadline, shows none. */
export const deadlineColors: Record<Exclude<DeadlineState, 'none'>, string> = {
  onTime: 'blue',
  dueSoon: 'orange',
  overdue: 'red',
  answeredOnTime: 'green',
  answeredLate: 'gold',
};

export function DeadlineTag({ state }: { state: DeadlineState }) {
  const { t } = useTranslation('mailbox');
  if (state === 'none') return null;
  return (
    <Tag color={deadlineColors[state]} data-testid="deadline-tag" data-state={state}>
      {t(`deadline.${state}`)}
    </Tag>
  );
}

/** An overdue letter escalated to the unit above its handler, named (the list answers it with the letter). */
export function EscalatedTag({ unitName }: { unitName: string }) {
  const { t } = useTranslation('mailbox');
  return (
    <Tooltip title={t('letters.escalatedHint')}>
      <Tag color="magenta" data-testid="escalated-tag">
        {t('letters.escalated', { unit: unitName })}
      </Tag>
    </Tooltip>
  );
}

const extensionColors: Record<Exclude<ExtensionState, 'none'>, string> = {
  pending: 'orange',
  approved: 'green',
  declined: 'default',
};

export function ExtensionTag({ state }: { state: ExtensionState }) {
  const { t } = useTranslation('mailbox');
  if (state === 'none') return null;
  return (
    <Tag color={extensionColors[state]} data-testid="extension-tag">
      {t(`extension.${state}`)}
    </Tag>
  );
}
