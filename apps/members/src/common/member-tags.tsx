// The coloured tags of a member: the lifecycle's stage, the status on the registry, a transfer letter's state.
import type { MemberStage, MemberStatus } from '@strata/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferState } from './api-types';

// Only tag colours whose text reads on their tint (WCAG AA): the shell darkens green, gold and orange; cyan and
// volcano stay too light, so none is used here.
const stageColors: Record<MemberStage, string> = {
  applicant: 'default',
  activist: 'blue',
  candidate: 'geekblue',
  probationary: 'purple',
  full: 'red',
};

const statusColors: Record<MemberStatus, string> = {
  active: 'green',
  floating: 'gold',
  transferred: 'default',
  deceased: 'default',
  expelled: 'red',
  withdrawn: 'default',
  cancelled: 'default',
};

const transferColors: Record<TransferState, string> = {
  issued: 'blue',
  expired: 'red',
  confirmed: 'green',
  returned: 'gold',
  cancelled: 'default',
  completed: 'green',
};

export function StageTag({ stage }: { stage: MemberStage }) {
  const { t } = useTranslation('members');
  return (
    <Tag color={stageColors[stage]} data-testid="member-stage" data-stage={stage}>
      {t(`stage.${stage}`)}
    </Tag>
  );
}

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation('members');
  return (
    <Tag color={statusColors[status]} data-testid="member-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

export function TransferStateTag({ state }: { state: TransferState }) {
  const { t } = useTranslation('members');
  return (
    <Tag color={transferColors[state]} data-testid="transfer-state" data-state={state}>
      {t(`transferState.${state}`)}
    </Tag>
  );
}
