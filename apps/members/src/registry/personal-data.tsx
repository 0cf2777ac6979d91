// A member's ID number, phone and address: masked as the server sends them (110***********1234) unless the reader,
// holding members.pii at the member's unit, reveals them: asked first, recorded in the audit log by the server, and
// said so. Revealed, they stay in place until the page is left.
import { errorMessage, Permitted } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Typography } from 'antd';
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
  const { modal } = App.useApp();
  const reveal = useMutation(trpc.members.registry.reveal.mutationOptions({ onSuccess: onRevealed }));
  const shown = revealed ?? member;
  const ask = () =>
    modal.confirm({
      title: t('member.revealTitle', { name: member.name }),
      content: t('member.revealText'),
      okText: t('member.revealOk'),
      okButtonProps: { 'data-testid': 'member-reveal-ok' } as Record<string, string>,
      onOk: async () => {
        // A refusal shows below (reveal.error).
        await reveal.mutateAsync({ id: member.id }).catch(() => undefined);
      },
    });
  const given = (value: string, testId: string) => (
    <span data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>
      {value || <Typography.Text type="secondary">{t('member.notGiven')}</Typography.Text>}
    </span>
  );

  return (
    <div data-testid="member-personal">
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
      {revealed ? (
        <Alert
          type="info"
          showIcon
          title={t('member.revealed')}
          style={{ marginTop: 8 }}
          data-testid="member-revealed"
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
            {t('member.masked')}
          </Typography.Paragraph>
          {member.canReveal && (
            <Permitted permission="members.pii" unitId={member.unitId}>
              <Button onClick={ask} loading={reveal.isPending} data-testid="member-reveal">
                {t('member.reveal')}
              </Button>
            </Permitted>
          )}
        </>
      )}
      {reveal.isError && (
        <Alert
          type="error"
          showIcon
          title={t('member.revealFailed')}
          description={errorMessage(reveal.error, t)}
          style={{ marginTop: 8 }}
        />
      )}
    </div>
  );
}
