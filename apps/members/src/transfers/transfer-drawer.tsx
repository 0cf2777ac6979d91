// One letter as either side reads it, in a drawer over the list (its id in the URL's `letter`, so it can be linked):
// the letter's particulars and validity, the member transferred as the server shows them (ID number masked), the
// letter's history (issued, the last valid day, what became of it), and what the reader may do with it now.
import { formatDateTimeSeconds } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Drawer, Flex, Grid, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TransferDetail, TransferRow } from '../common/api-types';
import { ethnicityName } from '../common/domain-values';
import { StageTag, TransferStateTag } from '../common/member-tags';
import { useTRPC } from '../trpc';
import type { Decision } from './decide-transfer-modal';
import { validMonths } from './issue-transfer-modal';
import { TransferActions } from './transfer-actions';

type Props = {
  id: number | undefined;
  basePath: string;
  onClose: () => void;
  onDecide: (letter: TransferRow, decision: Decision) => void;
};

export function TransferDrawer({ id, basePath, onClose, onDecide }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const screens = Grid.useBreakpoint();
  const letter = useQuery({ ...trpc.members.transfers.get.queryOptions({ id: id ?? 0 }), enabled: id !== undefined });
  const data = letter.data?.id === id ? letter.data : undefined;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={data ? t('transfers.detail.title', { letterNo: data.letterNo }) : t('transfers.detail.letter')}
      extra={data && <TransferActions letter={data} onDecide={onDecide} testId="transfer-detail" />}
      data-testid="transfer-detail"
    >
      {letter.error?.data?.code === 'NOT_FOUND' ? (
        <Result status="404" subTitle={t('transfers.detail.notFound')} data-testid="transfer-not-found" />
      ) : letter.error ? (
        <ErrorAlert error={letter.error} onRetry={() => letter.refetch()} />
      ) : data ? (
        <LetterView letter={data} basePath={basePath} />
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}

function LetterView({ letter, basePath }: { letter: TransferDetail; basePath: string }) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const day = (value: string | null) => (value ? formatCalendarDay(value, language) : '—');
  const d = (key: string) => t(`transfers.detail.${key}`);
  const { member } = letter;
  const wrap = (text: string) => <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</span>;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={d('letter')} data-testid="transfer-detail-letter">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'state', label: t('transfers.columns.state'), children: <TransferStateTag state={letter.state} /> },
            { key: 'from', label: d('from'), children: letter.fromUnitName },
            { key: 'to', label: d('to'), children: <Destination letter={letter} /> },
            { key: 'issuedOn', label: d('issuedOn'), children: day(letter.issuedOn) },
            {
              key: 'validity',
              label: d('validity'),
              children: t('transfers.detail.validUntil', {
                day: day(letter.expiresOn),
                count: validMonths(letter.crossProvince),
              }),
            },
            { key: 'reason', label: d('reason'), children: wrap(letter.reason) },
            ...(letter.answer ? [{ key: 'answer', label: d('answer'), children: wrap(letter.answer) }] : []),
          ]}
        />
      </Card>
      <Card size="small" title={d('member')} data-testid="transfer-detail-member">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'name',
              label: t('member.title'),
              children: (
                <Link to={`${basePath}/registry/${letter.memberId}`} data-testid="transfer-detail-member-link">
                  {member.name}
                </Link>
              ),
            },
            { key: 'stage', label: t('form.stage'), children: <StageTag stage={member.stage} /> },
            { key: 'gender', label: t('member.gender'), children: t(`gender.${member.gender}`) },
            { key: 'birthDate', label: t('member.birthDate'), children: day(member.birthDate) },
            { key: 'ethnicity', label: t('member.ethnicity'), children: ethnicityName(member.ethnicity, language) },
            { key: 'education', label: t('member.education'), children: t(`education.${member.education}`) },
            {
              key: 'idNumber',
              label: t('member.idNumber'),
              children: <span data-testid="transfer-detail-id-number">{member.idNumber}</span>,
            },
            ...(member.probationaryOn
              ? [{ key: 'probationaryOn', label: t('stageDay.probationaryOn'), children: day(member.probationaryOn) }]
              : []),
            ...(member.fullOn ? [{ key: 'fullOn', label: t('stageDay.fullOn'), children: day(member.fullOn) }] : []),
          ]}
        />
      </Card>
      <Card size="small" title={d('timeline')}>
        <LetterHistory letter={letter} />
      </Card>
    </Flex>
  );
}

/** Where the letter goes: a unit of the system, or an organisation outside it (and whether across provinces). */
export function Destination({ letter }: { letter: TransferRow }) {
  const { t } = useTranslation('members');
  const name = letter.toUnitName ?? t('transfers.outside', { name: letter.toOrganisation });
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      {name}
      {letter.crossProvince && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {t('transfers.crossProvince')}
        </Typography.Text>
      )}
    </span>
  );
}

/**
 * The letter's steps, oldest first: issued on its day; then, for a letter still out, its last valid day (past it:
 * expired); for one decided, when (to the second) and how, with the receiver's or canceller's words. A letter to an
 * outside organisation is done on issue.
 */
function LetterHistory({ letter }: { letter: TransferDetail }) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const d = (key: string, vars?: Record<string, unknown>) => t(`transfers.detail.${key}`, vars);
  const steps: { key: string; when: string; what: ReactNode; note?: string }[] = [
    { key: 'issued', when: formatCalendarDay(letter.issuedOn, language), what: d('issued'), note: letter.reason },
  ];
  if (letter.state === 'completed')
    steps.push({ key: 'completed', when: formatCalendarDay(letter.issuedOn, language), what: d('outsideDone') });
  else if (letter.state === 'issued' || letter.state === 'expired')
    steps.push({
      key: 'validity',
      when: formatCalendarDay(letter.expiresOn, language),
      what:
        letter.state === 'expired' ? (
          <Typography.Text type="danger">
            {d('expired', { day: formatCalendarDay(letter.expiresOn, language) })}
          </Typography.Text>
        ) : (
          <TransferStateTag state={letter.state} />
        ),
    });
  else
    steps.push({
      key: 'decided',
      when: letter.decidedAt ? formatDateTimeSeconds(letter.decidedAt, language) : '—',
      what: <TransferStateTag state={letter.state} />,
      ...(letter.answer && { note: letter.answer }),
    });
  return (
    <Flex vertical gap={12} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {steps.map((step) => (
        <li key={step.key} data-testid={`transfer-history-${step.key}`}>
          <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {step.when}
          </Typography.Text>
          <div>{step.what}</div>
          {step.note && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {step.note}
            </Typography.Text>
          )}
        </li>
      ))}
    </Flex>
  );
}
