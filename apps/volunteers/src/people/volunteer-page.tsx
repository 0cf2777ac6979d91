// A volunteer's page: the profile with the ID number, phone and address masked (revealed in place, audited, for a
// reader with volunteers.pii at the volunteer's unit), their teams, and their service record (hours by year and team,
// activities, awards, evaluations, certificates), exported as a workbook. A coordinator edits the details, changes the
// state (with a reason), links the volunteer's own account, adds an award; a certifier issues a certificate.
import { formatMinutes } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { errorMessage, PageFrame, Permitted, RecordStates, RevealPersonalData, useRecordRoute } from '@strata/ui';
import { downloadBlob, writeXlsxBook } from '@strata/ui/list-page';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Flex, Grid, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevealedPii, ServiceRecord, VolunteerProfile } from '../common/api-types';
import { HourStatusTag, MemberStatusTag, skillsText, tabular, VolunteerStatusTag } from '../common/domain';
import { verifyPath } from '../mine/my-hours';
import { useTRPC } from '../trpc';
import { AccountModal, AwardModal, CertificateModal, EditVolunteerModal, StatusModal } from './volunteer-modals';

export function VolunteerPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/people`);
  const volunteer = useQuery({ ...trpc.volunteers.people.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={volunteer}
      notFound={
        <RecordNotFound
          title={t('volunteer.notFound')}
          back={t('volunteer.backToList')}
          listPath={route.listPath}
          testId="volunteer-not-found"
        />
      }
      title={t('volunteer.title')}
      listTitle={t('people.title')}
    >
      {(shown) => <VolunteerView volunteer={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

type Opened = 'edit' | 'status' | 'account' | 'award' | 'certificate';

function VolunteerView({
  volunteer,
  basePath,
  listPath,
  onBack,
}: {
  volunteer: VolunteerProfile;
  basePath: string;
  listPath: string;
  onBack: () => void;
}) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const screens = Grid.useBreakpoint();
  const [shown, setShown] = useState<{ id: number; pii: RevealedPii }>();
  const revealed = shown?.id === volunteer.id ? shown.pii : undefined;
  const reveal = useMutation(
    trpc.volunteers.people.reveal.mutationOptions({ onSuccess: (pii) => setShown({ id: volunteer.id, pii }) }),
  );
  const [opened, setOpened] = useState<Opened>();
  const close = () => setOpened(undefined);
  const wide = screens.lg === true;
  const pii = revealed ?? volunteer;
  const manage = (key: Opened, label: string, danger = false) => (
    <Permitted permission="volunteers.manage" unitId={volunteer.unitId}>
      <Button danger={danger} onClick={() => setOpened(key)} data-testid={`volunteer-${key}`}>
        {label}
      </Button>
    </Permitted>
  );

  return (
    <PageFrame
      title={volunteer.name}
      documentTitle={t('volunteer.title')}
      breadcrumbs={[{ title: t('people.title'), path: listPath }]}
      onBack={onBack}
      testId="volunteer-page"
      extra={
        <Flex wrap gap={8}>
          {manage('edit', t('volunteer.edit'))}
          {manage('account', t('volunteer.linkAccount'))}
          {manage('award', t('volunteer.addAward'))}
          <Permitted permission="volunteers.certify" unitId={volunteer.unitId}>
            <Button onClick={() => setOpened('certificate')} data-testid="volunteer-certificate">
              {t('volunteer.issueCertificate')}
            </Button>
          </Permitted>
          {manage(
            'status',
            volunteer.status === 'active' ? t('volunteer.deactivate') : t('volunteer.activate'),
            volunteer.status === 'active',
          )}
        </Flex>
      }
    >
      <Flex wrap gap={8} align="center">
        <VolunteerStatusTag status={volunteer.status} testId="volunteer-status" />
        <Typography.Text type="secondary">{volunteer.unitName}</Typography.Text>
      </Flex>
      <Row gutter={wide ? [16, 16] : [0, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('volunteer.details')} size="small" data-testid="volunteer-details">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'gender', label: t('volunteer.gender'), children: t(`gender.${volunteer.gender}`) },
                { key: 'joinedOn', label: t('volunteer.joinedOn'), children: volunteer.joinedOn },
                {
                  key: 'skills',
                  label: t('volunteer.skills'),
                  children: skillsText(t, volunteer.skills),
                  span: 'filled',
                },
                {
                  key: 'availability',
                  label: t('volunteer.availability'),
                  children:
                    volunteer.availability.length === 0
                      ? t('none')
                      : volunteer.availability.map((a) => t(`availability.${a}`)).join(t('separator')),
                },
                { key: 'serviceArea', label: t('volunteer.serviceArea'), children: volunteer.serviceArea || t('none') },
                {
                  key: 'account',
                  label: t('volunteer.account'),
                  children: (
                    <span data-testid="volunteer-account">
                      {volunteer.account
                        ? t('volunteer.accountName', {
                            username: volunteer.account.username,
                            name: volunteer.account.displayName,
                          })
                        : volunteer.accountLinked
                          ? t('volunteer.accountElsewhere')
                          : t('volunteer.accountNone')}
                    </span>
                  ),
                },
                {
                  key: 'member',
                  label: t('volunteer.member'),
                  children: volunteer.memberId ? t('volunteer.isMember') : t('volunteer.notMember'),
                },
              ]}
            />
            <div data-testid="volunteer-personal" style={{ marginTop: 8 }}>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  {
                    key: 'idNumber',
                    label: t('volunteer.idNumber'),
                    children: <Given value={pii.idNumber} testId="volunteer-id-number" />,
                  },
                  {
                    key: 'phone',
                    label: t('volunteer.phone'),
                    children: revealed?.phone ? (
                      <a href={`tel:${revealed.phone}`} data-testid="volunteer-phone">
                        {revealed.phone}
                      </a>
                    ) : (
                      <Given value={pii.phone} testId="volunteer-phone" />
                    ),
                  },
                  {
                    key: 'address',
                    label: t('volunteer.address'),
                    span: 'filled',
                    children: <Given value={pii.address} testId="volunteer-address" />,
                  },
                ]}
              />
              <RevealPersonalData
                revealed={!!revealed}
                offered={volunteer.canReveal}
                permission="volunteers.pii"
                unitId={volunteer.unitId}
                words={{
                  masked: t('volunteer.masked'),
                  reveal: t('volunteer.reveal'),
                  askTitle: t('volunteer.revealTitle', { name: volunteer.name }),
                  askText: t('volunteer.revealText'),
                  askOk: t('volunteer.revealOk'),
                  revealed: t('volunteer.revealed'),
                  failed: t('volunteer.revealFailed'),
                }}
                onReveal={() => reveal.mutateAsync({ id: volunteer.id })}
                state={reveal}
                testId="volunteer"
              />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('volunteer.teams')} size="small" data-testid="volunteer-teams">
            {volunteer.teams.length === 0 ? (
              <Typography.Text type="secondary">{t('volunteer.noTeams')}</Typography.Text>
            ) : (
              <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {volunteer.teams.map((team) => (
                  <li key={team.teamId}>
                    <Flex wrap gap={8} align="center">
                      <Link to={`${basePath}/teams/${team.teamId}`}>{team.teamName}</Link>
                      <MemberStatusTag status={team.status} />
                      <Typography.Text type="secondary">{team.unitName}</Typography.Text>
                    </Flex>
                  </li>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      <RecordCards volunteer={volunteer} basePath={basePath} />
      <EditVolunteerModal
        volunteer={opened === 'edit' ? volunteer : undefined}
        revealed={revealed}
        onClose={close}
        onSaved={() => setShown(undefined)}
      />
      <StatusModal volunteer={opened === 'status' ? volunteer : undefined} onClose={close} />
      <AccountModal volunteer={opened === 'account' ? volunteer : undefined} onClose={close} />
      <AwardModal volunteer={opened === 'award' ? volunteer : undefined} onClose={close} />
      <CertificateModal volunteer={opened === 'certificate' ? volunteer : undefined} onClose={close} />
    </PageFrame>
  );
}

function Given({ value, testId }: { value: string; testId: string }) {
  const { t } = useTranslation('volunteers');
  return (
    <span data-testid={testId} style={{ ...tabular, overflowWrap: 'anywhere' }}>
      {value || <Typography.Text type="secondary">{t('none')}</Typography.Text>}
    </span>
  );
}

/** The service record: its totals, hours by year and by team, activities, awards, evaluations and certificates. */
function RecordCards({ volunteer, basePath }: { volunteer: VolunteerProfile; basePath: string }) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const record = useQuery(trpc.volunteers.records.get.queryOptions({ volunteerId: volunteer.id }));
  const [exporting, setExporting] = useState(false);
  const hours = (minutes: number) => formatMinutes(minutes);
  const save = async (data: ServiceRecord) => {
    setExporting(true);
    try {
      downloadBlob(
        `${t('record.fileName', { name: volunteer.name })}.xlsx`,
        await writeXlsxBook(recordSheets(data, t, i18n.language)),
      );
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };
  if (record.error)
    return (
      <Card title={t('record.title')} size="small">
        <Typography.Text type="danger">{errorMessage(record.error, t)}</Typography.Text>
      </Card>
    );
  const data = record.data;
  const small = (title: string, body: ReactNode, testId: string) => (
    <Card title={title} size="small" data-testid={testId}>
      {body}
    </Card>
  );
  return (
    <Card
      title={t('record.title')}
      size="small"
      data-testid="volunteer-record"
      extra={
        data && (
          <Button
            size="small"
            loading={exporting}
            onClick={() => void save(data)}
            data-neutral
            data-testid="record-export"
          >
            {t('record.export')}
          </Button>
        )
      }
    >
      {!data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              {
                key: 'approved',
                label: t('record.approved'),
                children: t('hoursValue', { hours: hours(data.totals.approvedMinutes) }),
              },
              {
                key: 'pending',
                label: t('record.pending'),
                children: t('hoursValue', { hours: hours(data.totals.pendingMinutes) }),
              },
              { key: 'activities', label: t('record.activities'), children: data.totals.activities },
            ]}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              {small(
                t('record.byYear'),
                <Table
                  rowKey="year"
                  size="small"
                  pagination={false}
                  dataSource={data.byYear}
                  locale={{ emptyText: t('record.none') }}
                  columns={[
                    { key: 'year', title: t('record.year'), dataIndex: 'year' },
                    { key: 'hours', title: t('record.hours'), render: (_, r) => hours(r.minutes) },
                  ]}
                />,
                'record-by-year',
              )}
            </Col>
            <Col xs={24} md={12}>
              {small(
                t('record.byTeam'),
                <Table
                  rowKey="teamId"
                  size="small"
                  pagination={false}
                  dataSource={data.byTeam}
                  locale={{ emptyText: t('record.none') }}
                  columns={[
                    { key: 'team', title: t('record.team'), render: (_, r) => r.teamName || t('record.noTeam') },
                    { key: 'hours', title: t('record.hours'), render: (_, r) => hours(r.minutes) },
                  ]}
                />,
                'record-by-team',
              )}
            </Col>
          </Row>
          {small(
            t('record.activityList'),
            <Table
              rowKey="activityId"
              size="small"
              scroll={{ x: 600 }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={data.activities}
              locale={{ emptyText: t('record.none') }}
              columns={[
                {
                  key: 'title',
                  title: t('record.activity'),
                  render: (_, r) => <Link to={`${basePath}/activities/${r.activityId}`}>{r.title}</Link>,
                },
                { key: 'unit', title: t('record.unit'), dataIndex: 'unitName' },
                { key: 'servedOn', title: t('record.servedOn'), dataIndex: 'servedOn' },
                { key: 'hours', title: t('record.hours'), render: (_, r) => hours(r.minutes) },
                { key: 'status', title: t('record.status'), render: (_, r) => <HourStatusTag status={r.status} /> },
              ]}
            />,
            'record-activities',
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              {small(
                t('record.awards'),
                data.awards.length === 0 ? (
                  <Typography.Text type="secondary">{t('record.none')}</Typography.Text>
                ) : (
                  <Flex vertical gap={8}>
                    {data.awards.map((award) => (
                      <div key={award.id}>
                        <Typography.Text strong>{award.title}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{award.awardedOn}</Typography.Text>
                        {award.note && <div style={{ overflowWrap: 'anywhere' }}>{award.note}</div>}
                      </div>
                    ))}
                  </Flex>
                ),
                'record-awards',
              )}
            </Col>
            <Col xs={24} md={12}>
              {small(
                t('record.evaluations'),
                data.evaluations.length === 0 ? (
                  <Typography.Text type="secondary">{t('record.none')}</Typography.Text>
                ) : (
                  <Flex vertical gap={8}>
                    {data.evaluations.map((e, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: an evaluation has no id, and the list is drawn once as the server sent it
                      <div key={`${e.activityTitle}-${i}`}>
                        <Typography.Text strong>{e.activityTitle}</Typography.Text>{' '}
                        <Typography.Text>{t('record.rating', { rating: e.rating })}</Typography.Text>
                        {e.comment && <div style={{ overflowWrap: 'anywhere' }}>{e.comment}</div>}
                      </div>
                    ))}
                  </Flex>
                ),
                'record-evaluations',
              )}
            </Col>
          </Row>
          {small(
            t('record.certificates'),
            data.certificates.length === 0 ? (
              <Typography.Text type="secondary">{t('record.none')}</Typography.Text>
            ) : (
              <Flex vertical gap={8}>
                {data.certificates.map((c) => (
                  <Flex key={c.id} wrap gap={8} align="center">
                    <a href={verifyPath(c.number)} target="_blank" rel="noreferrer" style={tabular}>
                      {c.number}
                    </a>
                    {c.revoked && <Tag color="red">{t('certificates.revokedTag')}</Tag>}
                    <Typography.Text type="secondary">
                      {t('certificates.period', { from: c.fromOn, to: c.toOn })} ·{' '}
                      {t('hoursValue', { hours: hours(c.minutes) })} · {formatDateTime(c.issuedAt, i18n.language)}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            ),
            'record-certificates',
          )}
        </Flex>
      )}
    </Card>
  );
}

/** The record as a workbook: a summary sheet, then one sheet per part. */
function recordSheets(data: ServiceRecord, t: TFunction, language: string) {
  const h = (minutes: number) => Number(formatMinutes(minutes));
  return [
    {
      name: t('record.title'),
      header: [
        t('record.name'),
        t('record.unit'),
        t('record.joinedOn'),
        t('record.approved'),
        t('record.pending'),
        t('record.activities'),
      ],
      body: [
        [
          data.volunteer.name,
          data.volunteer.unitName,
          data.volunteer.joinedOn,
          h(data.totals.approvedMinutes),
          h(data.totals.pendingMinutes),
          data.totals.activities,
        ],
      ],
    },
    {
      name: t('record.byYear'),
      header: [t('record.year'), t('record.hours')],
      body: data.byYear.map((r) => [r.year, h(r.minutes)]),
    },
    {
      name: t('record.byTeam'),
      header: [t('record.team'), t('record.hours')],
      body: data.byTeam.map((r) => [r.teamName || t('record.noTeam'), h(r.minutes)]),
    },
    {
      name: t('record.activityList'),
      header: [t('record.activity'), t('record.unit'), t('record.servedOn'), t('record.hours'), t('record.status')],
      body: data.activities.map((r) => [r.title, r.unitName, r.servedOn, h(r.minutes), t(`hourStatus.${r.status}`)]),
    },
    {
      name: t('record.awards'),
      header: [t('record.award'), t('record.awardedOn'), t('record.note')],
      body: data.awards.map((r) => [r.title, r.awardedOn, r.note]),
    },
    {
      name: t('record.evaluations'),
      header: [t('record.activity'), t('record.ratingTitle'), t('record.comment')],
      body: data.evaluations.map((r) => [r.activityTitle, r.rating, r.comment]),
    },
    {
      name: t('record.certificates'),
      header: [
        t('certificates.columns.number'),
        t('certificates.columns.period'),
        t('record.hours'),
        t('certificates.columns.issuedAt'),
      ],
      body: data.certificates.map((r) => [
        r.number,
        t('certificates.period', { from: r.fromOn, to: r.toOn }),
        h(r.minutes),
        formatDateTime(r.issuedAt, language),
      ]),
    },
  ];
}
