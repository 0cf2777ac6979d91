// A member's ID number, phone and address: masked as the server sends them (110***********1234) unless the reader,
// holding members.pii at the member's unit, reveals them: asked first, recorded in the audit log by the server, and
// said so. Revealed, they stay in place until the page is left.
import { RevealPersonalData } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberProfile, RevealedPii } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = {
  member: Pick<MemberProfile, 'id' | 'unitId' | 'name' | 'idNumber' | 'phone' | 'address' | 'canReveal'>;
  revealed: RevealedPii | undefined;
  onRevealed: (pii: RevealedPii) => void;
};

export function PersonalData({ member, revealed, onRevealed }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const reveal = useMutation(trpc.members.registry.reveal.mutationOptions({ onSuccess: onRevealed }));
  const shown = revealed ?? member;
  const given = (value: string, testId: string) => (
    <span data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>
      {value || <Typography.Text type="secondary">{t('member.notGiven')}</Typography.Text>}
    </span>
  );

  return (
    // Set apart from the details above it: the same rhythm as their rows.
    <div data-testid="member-personal" style={{ marginTop: 8 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'idNumber', label: t('member.idNumber'), children: given(shown.idNumber, 'member-id-number') },
          {
            key: 'phone',
            label: t('member.phone'),
            // Revealed, a phone calls the number.
            children: revealed?.phone ? (
              <a href={`tel:${revealed.phone}`} data-testid="member-phone">
                {revealed.phone}
              </a>
            ) : (
              given(shown.phone, 'member-phone')
            ),
          },
          {
            key: 'address',
            label: t('member.address'),
            children: given(shown.address, 'member-address'),
            span: 'filled',
          },
        ]}
      />
      <RevealPersonalData
        revealed={!!revealed}
        offered={member.canReveal}
        permission="members.pii"
        unitId={member.unitId}
        words={{
          masked: t('member.masked'),
          reveal: t('member.reveal'),
          askTitle: t('member.revealTitle', { name: member.name }),
          askText: t('member.revealText'),
          askOk: t('member.revealOk'),
          revealed: t('member.revealed'),
          failed: t('member.revealFailed'),
        }}
        onReveal={() => reveal.mutateAsync({ id: member.id })}
        state={reveal}
        testId="member"
      />
    </div>
  );
}
