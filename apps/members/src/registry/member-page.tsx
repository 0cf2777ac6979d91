// A member's profile: the heading (name, stage and status, unit), the details with the personal data masked (revealed
// in place for a reader who may see it, audited), the day of each stage, the current mentors and introducers (each a
// link to their own profile), the transfer letters and floating attachments the reader may see, and the timeline.
// Editing the details and changing the status are for the member's managers; a member who left keeps only the note
// open to change.
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, Permitted, RecordStates, useRecordRoute } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Grid, Row, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberProfile, RevealedPii } from '../common/api-types';
import { ethnicityName, isCurrent, stageDays } from '../common/domain-values';
import { MemberStatusTag, StageTag, TransferStateTag } from '../common/member-tags';
import { useTRPC } from '../trpc';
import { AccountModal } from './account-modal';
import { EditMemberModal } from './edit-member-modal';
import { ageOn } from './member-columns';
import { MemberNotFound } from './member-not-found';
import { MemberTimeline } from './member-timeline';
import { PersonalData } from './personal-data';
import { StatusModal } from './status-modal';

export function MemberPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/registry`);
  const member = useQuery({ ...trpc.members.registry.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={member}
      notFound={<MemberNotFound listPath={route.listPath} />}
      title={t('member.title')}
      listTitle={t('registry.title')}
    >
      {(shown) => <MemberView member={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

type ViewProps = { member: MemberProfile; basePath: string; listPath: string; onBack: () => void };

function MemberView({ member, basePath, listPath, onBack }: ViewProps) {
  const { t, i18n } = useTranslation('members');
  const screens = Grid.useBreakpoint();
  // Revealed for this member only, until the page is left (or the details change).
  const [shown, setShown] = useState<{ id: number; pii: RevealedPii }>();
  const revealed = shown?.id === member.id ? shown.pii : undefined;
  const [opened, setOpened] = useState<'edit' | 'status' | 'account'>();
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
            <Permitted permission="members.edit" unitId={member.unitId}>
              <Button onClick={() => setOpened('account')} data-testid="member-link-account">
                {t('accountLink.action')}
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
                    key: 'account',
                    label: t('member.account'),
                    children: (
                      <span data-testid="member-account">
                        {member.account
                          ? t('member.accountName', {
                              username: member.account.username,
                              name: member.account.displayName,
                            })
                          : member.accountLinked
                            ? t('member.accountElsewhere')
                            : t('member.accountNone')}
                      </span>
                    ),
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
            <ListCard title={t('member.sponsors')} none={t('member.noSponsors')} gap={8} testId="member-sponsors">
              {member.sponsors.map((sponsor) => (
                <SponsorRow key={`${sponsor.role}-${sponsor.id}`} sponsor={sponsor} basePath={basePath} day={day} />
              ))}
            </ListCard>
            <ListCard title={t('member.transfers')} none={t('member.noTransfers')} testId="member-transfers">
              {member.transfers.map((letter) => (
                <TransferRow key={letter.id} letter={letter} day={day} />
              ))}
            </ListCard>
            <ListCard title={t('member.floatings')} none={t('member.noFloatings')} testId="member-floatings">
              {member.floatings.map((floating) => (
                <FloatingRow key={floating.id} floating={floating} day={day} />
              ))}
            </ListCard>
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
      <AccountModal member={opened === 'account' ? member : undefined} onClose={close} />
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

type Day = CardProps['day'];
type ListCardProps = { title: string; none: string; gap?: number; testId: string; children: ReactNode[] };

/** A card of the member's links of one kind (mentors, transfer letters, floating attachments), or that there are none. */
function ListCard({ title, none, gap = 12, testId, children }: ListCardProps) {
  return (
    <Card title={title} size="small" data-testid={testId}>
      {children.length === 0 ? (
        <Typography.Text type="secondary">{none}</Typography.Text>
      ) : (
        <Flex vertical gap={gap} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {children}
        </Flex>
      )}
    </Card>
  );
}

function TransferRow({ letter, day }: { letter: MemberProfile['transfers'][number]; day: Day }) {
  const { t } = useTranslation('members');
  return (
    <li>
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
  );
}

type Sponsor = MemberProfile['sponsors'][number];

/** A mentor or introducer, a link to their own profile. */
function SponsorRow({ sponsor, basePath, day }: { sponsor: Sponsor; basePath: string; day: Day }) {
  const { t } = useTranslation('members');
  return (
    <li>
      <Typography.Text type="secondary">{t(`sponsorRole.${sponsor.role}`)}</Typography.Text>{' '}
      <Link to={`${basePath}/registry/${sponsor.id}`} data-testid={`member-sponsor-${sponsor.id}`}>
        {sponsor.name}
      </Link>{' '}
      <Typography.Text type="secondary">{t('member.since', { day: day(sponsor.assignedOn) })}</Typography.Text>
    </li>
  );
}

function FloatingRow({ floating, day }: { floating: MemberProfile['floatings'][number]; day: Day }) {
  const { t } = useTranslation('members');
  return (
    <li>
      <div style={{ overflowWrap: 'anywhere' }}>{t('member.floatingHost', { host: floating.hostUnitName })}</div>
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
  );
}
