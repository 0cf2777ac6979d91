// One letter as its handlers work on it: what was written (as plain text), who wrote it (masked until revealed),
// where it stands against its deadline, the reply and its rating, the timeline, and the steps the server allows now.
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { errorMessage, PageFrame, RecordStates, useRecordRoute } from '@strata/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Card, Col, Descriptions, Flex, Grid, Row, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Letter } from '../common/api-types';
import { DeadlineTag, EscalatedTag, ExtensionTag, StatusTag } from '../common/letter-tags';
import { plainText } from '../common/plain-text';
import { useUnits } from '../common/use-units';
import { useTRPC } from '../trpc';
import { AssignModal } from './assign-modal';
import { AskExtensionModal, DecideExtensionModal } from './extension-modals';
import { LetterFilesCard } from './letter-files-card';
import { LetterNotFound } from './letter-not-found';
import { LetterStepBar } from './letter-step-bar';
import type { Step } from './letter-steps';
import { LetterTimeline } from './letter-timeline';
import { ReplyModal } from './reply-modal';
import { SubmitterCard } from './submitter-card';
import { type TextStep, TextStepModal } from './text-step-modal';
import { useAfterStep } from './use-after-step';

const textSteps: readonly Step[] = ['reject', 'return', 'handle', 'note'] satisfies readonly TextStep[];
const isTextStep = (step: Step | null): step is TextStep => step !== null && textSteps.includes(step);

export function LetterPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/letters`);
  const letter = useQuery({ ...trpc.mailbox.letters.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={letter}
      notFound={<LetterNotFound listPath={route.listPath} />}
      title={t('letter.title')}
      listTitle={t('letters.title')}
    >
      {(shown) => <LetterView letter={shown} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

function LetterView({ letter, listPath, onBack }: { letter: Letter; listPath: string; onBack: () => void }) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const after = useAfterStep();
  const { byId } = useUnits();
  const screens = Grid.useBreakpoint();
  const [opened, setOpened] = useState<Step | null>(null);
  const accept = useMutation(
    trpc.mailbox.letters.accept.mutationOptions({ onSuccess: () => after('accept'), onError: after.failed }),
  );
  const close = useMutation(
    trpc.mailbox.letters.close.mutationOptions({ onSuccess: () => after('close'), onError: after.failed }),
  );
  const failed = [accept, close].find((step) => step.isError);
  const dismiss = () => {
    accept.reset();
    close.reset();
  };
  const onStep = (step: Step) => {
    dismiss();
    if (step === 'accept') return accept.mutate({ id: letter.id });
    if (step === 'close') {
      modal.confirm({
        title: t('steps.closeTitle'),
        content: t('steps.closeText'),
        okText: t('steps.close'),
        onOk: async () => {
          // A refusal shows above the steps.
          await close.mutateAsync({ id: letter.id }).catch(() => undefined);
        },
      });
      return;
    }
    setOpened(step);
  };
  const shut = () => setOpened(null);
  const unit = byId.get(letter.unitId);
  const siteUnit = byId.get(letter.siteUnitId)?.name;
  const date = (iso: string | null) => formatDateTime(iso, i18n.language);
  const wide = screens.lg === true;

  return (
    <PageFrame
      title={letter.title}
      documentTitle={t('letter.documentTitle', { number: letter.number })}
      breadcrumbs={[{ title: t('letters.title'), path: listPath }]}
      onBack={onBack}
      extra={
        <Flex wrap gap={4}>
          <StatusTag status={letter.status} />
          <DeadlineTag state={letter.deadline} />
          {letter.escalatedTo && <EscalatedTag unitName={letter.escalatedTo.name} />}
        </Flex>
      }
      testId="letter-page"
    >
      {failed && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: dismiss }}
          title={t('steps.failed')}
          description={errorMessage(failed.error, t)}
          data-testid="letter-step-error"
        />
      )}
      <LetterStepBar
        letter={letter}
        parentUnitId={unit?.parentId ?? undefined}
        pending={accept.isPending ? 'accept' : close.isPending ? 'close' : undefined}
        onStep={onStep}
      />
      {/* No gutter on a phone: a gutter's negative margins would widen the page. */}
      <Row gutter={wide ? [16, 16] : [0, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('letter.content')} size="small" data-testid="letter-content">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  // The heading above may be cut short on a phone: the whole title here.
                  { key: 'title', label: t('letter.titleLabel'), children: letter.title, span: 'filled' },
                  { key: 'number', label: t('letter.number'), children: letter.number },
                  { key: 'kind', label: t('letter.kind'), children: t(`kind.${letter.kind}`) },
                  { key: 'receivedAt', label: t('letter.receivedAt'), children: date(letter.receivedAt) },
                  { key: 'unit', label: t('letter.unit'), children: letter.unitName },
                  ...(siteUnit && letter.siteUnitId !== letter.unitId
                    ? [{ key: 'site', label: t('letter.siteUnit'), children: siteUnit }]
                    : []),
                  {
                    key: 'publish',
                    label: t('letter.mayPublish'),
                    children: letter.mayPublish ? t('common.yes') : t('common.no'),
                  },
                ]}
              />
              <Typography.Title level={5} style={{ marginTop: 8 }}>
                {t('letter.body')}
              </Typography.Title>
              {plainText(letter.body, 'letter-body')}
            </Card>
            <LetterFilesCard files={letter.files} />
            <ReplyCard letter={letter} date={date} />
            <HandlingCard letter={letter} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <DeadlineCard letter={letter} />
            <SubmitterCard letter={letter} />
          </Flex>
        </Col>
        <Col span={24}>
          <Card title={t('letter.timeline.title')} size="small">
            <LetterTimeline events={letter.events} />
          </Card>
        </Col>
      </Row>
      <TextStepModal
        step={isTextStep(opened) ? opened : null}
        letterId={letter.id}
        onClose={shut}
        // Returned, the letter is the assigning unit's again (often outside this handler's units): back to the queue.
        onDone={(step) => {
          if (step === 'return') navigate(listPath);
        }}
      />
      <AssignModal letter={letter} open={opened === 'assign'} onClose={shut} />
      <ReplyModal letter={letter} open={opened === 'reply'} onClose={shut} />
      <AskExtensionModal letter={letter} open={opened === 'askExtension'} onClose={shut} />
      <DecideExtensionModal letter={letter} open={opened === 'decideExtension'} onClose={shut} />
    </PageFrame>
  );
}

function DeadlineCard({ letter }: { letter: Letter }) {
  const { t, i18n } = useTranslation('mailbox');
  const days = letter.extensionDays;
  const extension: Record<Letter['extensionState'], ReactNode> = {
    none: t('extension.none'),
    pending: t('letter.deadline.extensionPending', { count: days }),
    approved: t('letter.deadline.extensionApproved', { count: days }),
    declined: t('letter.deadline.extensionDeclined', { count: days }),
  };
  return (
    <Card title={t('letter.deadline.title')} size="small" data-testid="letter-deadline">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'due',
            label: t('letter.deadline.dueDate'),
            children: (
              <Flex wrap gap={4} align="center">
                <span style={{ marginInlineEnd: 4 }}>{formatCalendarDay(letter.dueDate, i18n.language)}</span>
                <DeadlineTag state={letter.deadline} />
              </Flex>
            ),
          },
          {
            key: 'days',
            label: t('letter.deadline.days'),
            children: t('letter.deadline.workingDays', { count: letter.deadlineDays }),
          },
          {
            key: 'extension',
            label: t('letter.deadline.extension'),
            children: (
              <Flex vertical gap={4} align="flex-start">
                <ExtensionTag state={letter.extensionState} />
                <span>{extension[letter.extensionState]}</span>
                {letter.extensionState !== 'none' && letter.extensionReason && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {t('letter.deadline.extensionReason', { reason: letter.extensionReason })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {letter.reopenedAt && (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          {t('letter.deadline.reopenedAt', { at: formatDateTime(letter.reopenedAt, i18n.language) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function ReplyCard({ letter, date }: { letter: Letter; date: (iso: string | null) => string }) {
  const { t } = useTranslation('mailbox');
  return (
    <Card title={t('letter.reply.title')} size="small" data-testid="letter-reply">
      {letter.reply ? (
        <Flex vertical gap={12}>
          {plainText(letter.reply, 'letter-reply-text')}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              { key: 'at', label: t('letter.reply.repliedAt'), children: date(letter.repliedAt) },
              {
                key: 'public',
                label: t('letter.reply.visibility'),
                children: letter.replyPublic ? t('letter.reply.public') : t('letter.reply.private'),
              },
              {
                key: 'rating',
                label: t('letter.reply.rating'),
                children: letter.rating ? t(`rating.${letter.rating}`) : t('letter.reply.notRated'),
              },
            ]}
          />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('letter.reply.none')}</Typography.Text>
      )}
    </Card>
  );
}

/** How the letter was handled, and why it was rejected: shown once there is something to show. */
function HandlingCard({ letter }: { letter: Letter }) {
  const { t } = useTranslation('mailbox');
  const reason = letter.status === 'rejected' ? letter.reason : '';
  if (!letter.handlingNote && !reason) return null;
  return (
    <Card title={t('letter.handling.title')} size="small" data-testid="letter-handling">
      <Descriptions
        size="small"
        column={1}
        layout="vertical"
        items={[
          ...(reason ? [{ key: 'reason', label: t('letter.handling.reason'), children: plainText(reason) }] : []),
          ...(letter.handlingNote
            ? [{ key: 'note', label: t('letter.handling.note'), children: plainText(letter.handlingNote) }]
            : []),
        ]}
      />
    </Card>
  );
}
