// What the reader may do with a letter now: confirm or return it at the receiving unit, cancel it at the sending unit.
// Shown only where the server says the letter allows it (its state, its validity) and the reader holds
// members.transfer at that side's unit; the server asks both again.
import { useAccess } from '@strata/ui';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferRow } from '../common/api-types';
import type { Decision } from './decide-transfer-modal';

/** The decisions open to the reader on `letter`, in the order they are offered. */
export function openDecisions(letter: TransferRow, can: (permission: string, unitId?: number) => boolean) {
  const atReceiver = letter.toUnitId !== null && can('members.transfer', letter.toUnitId);
  const atSender = can('members.transfer', letter.fromUnitId);
  return (['confirm', 'return', 'cancel'] as const).filter((decision) =>
    decision === 'cancel' ? letter.actions.cancel && atSender : letter.actions[decision] && atReceiver,
  );
}

type Props = { letter: TransferRow; onDecide: (letter: TransferRow, decision: Decision) => void; testId: string };

export function TransferActions({ letter, onDecide, testId }: Props) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const decisions = openDecisions(letter, access.can);
  if (decisions.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {decisions.map((decision) => (
        <Button
          key={decision}
          size="small"
          type={decision === 'confirm' ? 'primary' : 'default'}
          danger={decision === 'cancel'}
          onClick={() => onDecide(letter, decision)}
          data-permission="members.transfer"
          data-unit={decision === 'cancel' ? letter.fromUnitId : (letter.toUnitId ?? undefined)}
          data-testid={`${testId}-${decision}-${letter.id}`}
        >
          {t(`transfers.${decision}`)}
        </Button>
      ))}
    </Flex>
  );
}
