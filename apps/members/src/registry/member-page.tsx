// A member's profile: the heading (name, stage and status, unit), the details with the personal data masked (revealed
// in place for a reader who may see it, audited), the day of each stage, the current mentors and introducers (each a
// link to their own profile), the transfer letters and floating attachments the reader may see, and the timeline.
// Editing the details and changing the status are for the member's managers; a member who left keeps only the note
// open to change.
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert, PageFrame, Permitted } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { MemberProfile, RevealedPii } from '../common/api-types';
import { ethnicityName, isCurrent, stageDays } from '../common/domain-values';
import { MemberStatusTag, StageTag, TransferStateTag } from '../common/member-tags';
import { useTRPC } from '../trpc';
import { EditMemberModal } from './edit-member-modal';
import { ageOn } from './member-columns';
import { MemberNotFound } from './member-not-found';
import { MemberTimeline } from './member-timeline';
import { PersonalData } from './personal-data';
import { StatusModal } from './status-modal';

export function MemberPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('members');
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const valid = Number.isSafeInteger(id) && id > 0;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const listPath = `${basePath}/registry`;
  // Back to the registry as the reader left it (its filters live in its URL), or to the plain registry.
  const back = () => (location.key === 'default' ? navigate(listPath) : navigate(-1));
  const member = useQuery({ ...trpc.members.registry.get.queryOptions({ id }), enabled: valid });

  if (!valid || member.error?.data?.code === 'NOT_FOUND') return <MemberNotFound listPath={listPath} />;
  if (member.error) {
    return (
      <PageFrame title={t('member.title')} onBack={back} breadcrumbs={[{ title: t('registry.title'), path: listPath }]}>
        <ErrorAlert error={member.error} onRetry={() => member.refetch()} />
      </PageFrame>
    );
  }
  if (!member.data) return <Skeleton active />;
  return <MemberView member={member.data} basePath={basePath} listPath={listPath} onBack={back} />;
}

type ViewProps = { member: MemberProfile; basePath: string; listPath: string; onBack: () => void };

function MemberView({ member, basePath, listPath, onBack }: ViewProps) {
  const { t, i18n } = useTranslation('members');
  const screens = Grid.useBreakpoint();
  // Revealed for this member only, until the page is left (or the details change).
  const [shown, setShown] = useState<{ id: number; pii: RevealedPii }>();
  const revealed = shown?.id === member.id ? shown.pii : undefined;
  const [opened, setOpened] = useState<'edit' | 'status'>();
  const close = () => setOpened(undefined);
  const language = i18n.language;
  const day = (value: string | null) => (value ? formatCalendarDay(value, language) : undefined);
  const current = isCurrent(member.status);
  const wide = screens.lg === true;

  return (
    <PageFrame
      title={member.name}
      documentTitle={t('member.title')}
      breadcrumbs={[{ title: t('registry.title'), path: listPath }]}
      onBack={onBack}
      extra={
        member.canEdit && (
          <Flex wrap gap={8}>
            <Permitted permission="members.edit" unitId={member.unitId}>
              <Button onClick={() => setOpened('edit')} data-testid="member-edit">
                {t('member.edit')}
              </Button>
            </Permitted>
            {current && (
              <Permitted permission="members.edit" unitId={member.unitId}>
                <Button danger onClick={() => setOpened('status')} data-testid="member-change-status">
                  {t('statusChange.action')}
                </Button>
              </Permitted>
            )}
          </Flex>
        )
      }
      testId="member-page"
    >
      <Flex wrap gap={8} align="center" data-testid="member-heading">
        <StageTag stage={member.stage} />
        <MemberStatusTag status={member.status} />
        <Typography.Text type="secondary">{member.unitName}</Typography.Text>
      </Flex>
      {/* No gutter on a phone: a gutter's negative margins would widen the page. */}
      <Row gutter={wide ? [16, 16] : [0, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('member.details')} size="small" data-testid="member-details">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  { key: 'unit', label: t('member.unit'), children: member.unitName },
                  { key: 'gender', label: t('member.gender'), children: t(`gender.${member.gender}`) },
                  {
                    key: 'birthDate',
                    label: t('member.birthDate'),
                    children: t('member.birthDateAge', {
                      day: day(member.birthDate),
                      age: t('registry.age', { count: ageOn(member.birthDate, calendarDay(new Date())) }),
                    }),
                  },
                  {
                    key: 'ethnicity',
                    label: t('member.ethnicity'),
                    children: ethnicityName(member.ethnicity, language),
                  },
                  { key: 'education', label: t('member.education'), children: t(`education.${member.education}`) },
                  { key: 'occupation', label: t('member.occupation'), children: t(`occupation.${member.occupation}`) },
                  {
                    key: 'workplace',
                    label: t('member.workplace'),
                    children: member.workplace || <NotGiven />,
                    span: 'filled',
                  },
                  {
                    key: 'note',
                    label: t('member.note'),
                    children: member.note ? (
                      <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{member.note}</span>
                    ) : (
                      <NotGiven />
                    ),
                    span: 'filled',
                  },
                ]}
              />
              <PersonalData
                member={member}
                revealed={revealed}
                onRevealed={(pii) => setShown({ id: member.id, pii })}
              />
            </Card>
            <Card title={t('member.timeline')} size="small">
              <MemberTimeline events={member.timeline} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <StagesCard member={member} day={day} />
            <SponsorsCard member={member} basePath={basePath} day={day} />
            <TransfersCard member={member} day={day} />
            <FloatingsCard member={member} day={day} />
          </Flex>
        </Col>
      </Row>
      <EditMemberModal
        member={opened === 'edit' ? member : undefined}
        revealed={revealed}
        onClose={close}
        onSaved={() => setShown(undefined)}
      />
      <StatusModal member={opened === 'status' ? member : undefined} onClose={close} />
    </PageFrame>
  );
}

function NotGiven() {
  const { t } = useTranslation('members');
  return <Typography.Text type="secondary">{t('member.notGiven')}</Typography.Text>;
}

type CardProps = { member: MemberProfile; day: (value: string | null) => string | undefined };

/** The day of each stage reached, the end of probation and, for a member who left, the day they left. */
function StagesCard({ member, day }: CardProps) {
  const { t } = useTranslation('members');
  const reached = (value: string | null) =>
    day(value) ?? <Typography.Text type="secondary">{t('member.notReached')}</Typography.Text>;
  return (
    <Card title={t('member.stages')} size="small" data-testid="member-stages">
      <Descriptions
        size="small"
        column={1}
        items={[
          ...Object.values(stageDays).map((field) => ({
            key: field,
            label: t(`stageDay.${field}`),
            children: reached(member[field]),
          })),
          ...(member.probationEndsOn && !member.fullOn
            ? [{ key: 'probationEndsOn', label: t('member.probationEndsOn'), children: day(member.probationEndsOn) }]
            : []),
          ...(member.leftOn ? [{ key: 'leftOn', label: t('member.leftOn'), children: day(member.leftOn) }] : []),
        ]}
      />
    </Card>
  );
}

function SponsorsCard({ member, basePath, day }: CardProps & { basePath: string }) {
  const { t } = useTranslation('members');
  return (
    <Card title={t('member.sponsors')} size="small" data-testid="member-sponsors">
      {member.sponsors.length === 0 ? (
        <Typography.Text type="secondary">{t('member.noSponsors')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {member.sponsors.map((sponsor) => (
            <li key={`${sponsor.role}-${sponsor.id}`}>
              <Typography.Text type="secondary">{t(`sponsorRole.${sponsor.role}`)}</Typography.Text>{' '}
              <Link to={`${basePath}/registry/${sponsor.id}`} data-testid={`member-sponsor-${sponsor.id}`}>
                {sponsor.name}
              </Link>{' '}
              <Typography.Text type="secondary">{t('member.since', { day: day(sponsor.assignedOn) })}</Typography.Text>
            </li>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function TransfersCard({ member, day }: CardProps) {
  const { t } = useTranslation('members');
  return (
    <Card title={t('member.transfers')} size="small" data-testid="member-transfers">
      {member.transfers.length === 0 ? (
        <Typography.Text type="secondary">{t('member.noTransfers')}</Typography.Text>
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {member.transfers.map((letter) => (
            <li key={letter.id}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{t('member.letterNo', { letterNo: letter.letterNo })}</Typography.Text>
                <TransferStateTag state={letter.state} />
              </Flex>
              <div style={{ overflowWrap: 'anywhere' }}>
                {t('member.route', { from: letter.fromUnitName, to: letter.toUnitName ?? letter.toOrganisation ?? '' })}
              </div>
              <Typography.Text type="secondary">
                {t('member.letterDays', { issued: day(letter.issuedOn), expires: day(letter.expiresOn) })}
              </Typography.Text>
            </li>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function FloatingsCard({ member, day }: CardProps) {
  const { t } = useTranslation('members');
  return (
    <Card title={t('member.floatings')} size="small" data-testid="member-floatings">
      {member.floatings.length === 0 ? (
        <Typography.Text type="secondary">{t('member.noFloatings')}</Typography.Text>
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {member.floatings.map((floating) => (
            <li key={floating.id}>
              <div style={{ overflowWrap: 'anywhere' }}>
                {t('member.floatingHost', { host: floating.hostUnitName })}
              </div>
              {floating.place && (
                <div style={{ overflowWrap: 'anywhere' }}>{t('member.floatingPlace', { place: floating.place })}</div>
              )}
              <Typography.Text type="secondary">
                {floating.endedOn
                  ? t('member.floatingEnded', { from: day(floating.startedOn), to: day(floating.endedOn) })
                  : floating.untilOn
                    ? t('member.floatingOpen', { from: day(floating.startedOn), until: day(floating.untilOn) })
                    : t('member.floatingSince', { from: day(floating.startedOn) })}
              </Typography.Text>
            </li>
          ))}
        </Flex>
      )}
    </Card>
  );
}
