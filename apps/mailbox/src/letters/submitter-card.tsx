// The submitter, masked (张*, 138****5678) unless a handler of the letter's unit reveals the name and phone to call
// back: asked first, recorded in the audit log by the server, and said so.
import { RevealPersonalData } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter, LetterActions } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = {
  letter: Pick<Letter, 'id' | 'unitId' | 'submitterName' | 'submitterPhone'> & {
    actions: Pick<LetterActions, 'reveal'>;
  };
};

export function SubmitterCard({ letter }: Props) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const [shown, setShown] = useState<{ id: number; name: string; phone: string }>();
  const reveal = useMutation(trpc.mailbox.letters.reveal.mutationOptions());
  // A revealed name belongs to the letter it was revealed for (the page may move on to another letter).
  const revealed = shown?.id === letter.id ? shown : undefined;
  const name = revealed?.name ?? letter.submitterName;
  const phone = revealed?.phone ?? letter.submitterPhone;
  const anonymous = !letter.submitterName && !letter.submitterPhone;
  const given = (value: string) =>
    value || <Typography.Text type="secondary">{t('letter.submitter.notGiven')}</Typography.Text>;

  return (
    <Card title={t('letter.submitter.title')} size="small" data-testid="letter-submitter">
      {anonymous ? (
        <Typography.Text type="secondary">{t('letter.submitter.anonymous')}</Typography.Text>
      ) : (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'name',
                label: t('letter.submitter.name'),
                children: <span data-testid="submitter-name">{given(name)}</span>,
              },
              {
                key: 'phone',
                label: t('letter.submitter.phone'),
                // Revealed, a phone calls the number.
                children:
                  revealed && phone ? (
                    <a href={`tel:${phone}`} data-testid="submitter-phone">
                      {phone}
                    </a>
                  ) : (
                    <span data-testid="submitter-phone">{given(phone)}</span>
                  ),
              },
            ]}
          />
          <RevealPersonalData
            revealed={!!revealed}
            offered={letter.actions.reveal}
            permission="mailbox.handle"
            unitId={letter.unitId}
            words={{
              masked: t('letter.submitter.masked'),
              reveal: t('letter.submitter.reveal'),
              askTitle: t('letter.submitter.revealTitle'),
              askText: t('letter.submitter.revealText'),
              askOk: t('letter.submitter.revealOk'),
              revealed: t('letter.submitter.revealed'),
              failed: t('steps.failed'),
            }}
            onReveal={async () => {
              const full = await reveal.mutateAsync({ id: letter.id });
              setShown({ id: letter.id, ...full });
            }}
            state={reveal}
            testId="submitter"
          />
        </>
      )}
    </Card>
  );
}
