// The submitter, masked (张*, 138****5678) unless a handler of the letter's unit reveals the name and phone to call
// back: asked first, recorded in the audit log by the server, and said so.
import { errorMessage, Permitted } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = { letter: Pick<Letter, 'id' | 'unitId' | 'submitterName' | 'submitterPhone' | 'actions'> };

export function SubmitterCard({ letter }: Props) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const { modal } = App.useApp();
  const [shown, setShown] = useState<{ id: number; name: string; phone: string }>();
  const reveal = useMutation(trpc.mailbox.letters.reveal.mutationOptions());
  // A revealed name belongs to the letter it was revealed for (the page may move on to another letter).
  const revealed = shown?.id === letter.id ? shown : undefined;
  const name = revealed?.name ?? letter.submitterName;
  const phone = revealed?.phone ?? letter.submitterPhone;
  const anonymous = !letter.submitterName && !letter.submitterPhone;
  const ask = () =>
    modal.confirm({
      title: t('letter.submitter.revealTitle'),
      content: t('letter.submitter.revealText'),
      okText: t('letter.submitter.revealOk'),
      onOk: async () => {
        try {
          const full = await reveal.mutateAsync({ id: letter.id });
          setShown({ id: letter.id, ...full });
        } catch {
          // Shown on the card (reveal.error).
        }
      },
    });
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
          {revealed ? (
            <Alert
              type="info"
              showIcon
              title={t('letter.submitter.revealed')}
              style={{ marginTop: 8 }}
              data-testid="submitter-revealed"
            />
          ) : (
            <>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
                {t('letter.submitter.masked')}
              </Typography.Paragraph>
              {letter.actions.reveal && (
                <Permitted permission="mailbox.handle" unitId={letter.unitId}>
                  <Button onClick={ask} loading={reveal.isPending} data-testid="submitter-reveal">
                    {t('letter.submitter.reveal')}
                  </Button>
                </Permitted>
              )}
            </>
          )}
          {reveal.isError && (
            <Alert
              type="error"
              showIcon
              title={t('steps.failed')}
              description={errorMessage(reveal.error, t)}
              style={{ marginTop: 8 }}
            />
          )}
        </>
      )}
    </Card>
  );
}
