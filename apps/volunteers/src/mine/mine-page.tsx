// My volunteering, for every account (no grant: the server reads the caller's own profile by the account): the profile
// or, without one, the form to register; my sign-ups with check-in and check-out by code and withdrawal; activities
// open to sign up; my teams (browse and ask to join, leave); my hours (appeal a declined entry once); my
// certificates (each with its public verification link). Every control here acts on the caller's own things only
// (`data-own`), which the server checks by the account.
import { ErrorAlert, PageFrame } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OwnProfile } from '../common/api-types';
import { skillsText, VolunteerStatusTag } from '../common/domain';
import { useTRPC } from '../trpc';
import { MyActivities, OpenActivities } from './my-activities';
import { MyCertificates, MyHours } from './my-hours';
import { MyTeams } from './my-teams';
import { RegisterSelf } from './register-self';

export function MinePage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const profile = useQuery(trpc.volunteers.people.mine.queryOptions({}));

  return (
    <PageFrame title={t('mine.title')} testId="mine-page">
      <div data-own>
        {profile.error ? (
          <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />
        ) : profile.data === undefined ? (
          <Skeleton active />
        ) : profile.data === null ? (
          <Flex vertical gap={16}>
            <RegisterSelf />
            <OpenActivities basePath={basePath} registered={false} />
          </Flex>
        ) : (
          <Flex vertical gap={16}>
            <ProfileCard profile={profile.data} />
            <MyActivities basePath={basePath} />
            <OpenActivities basePath={basePath} registered />
            <MyTeams />
            <MyHours />
            <MyCertificates />
          </Flex>
        )}
      </div>
    </PageFrame>
  );
}

function ProfileCard({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation('volunteers');
  return (
    <Card
      title={t('mine.profile')}
      size="small"
      data-testid="mine-profile"
      extra={<VolunteerStatusTag status={profile.status} />}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'name', label: t('volunteer.name'), children: profile.name },
          { key: 'unit', label: t('volunteer.unit'), children: profile.unitName },
          { key: 'idNumber', label: t('volunteer.idNumber'), children: <Masked value={profile.idNumber} /> },
          { key: 'phone', label: t('volunteer.phone'), children: <Masked value={profile.phone} /> },
          { key: 'skills', label: t('volunteer.skills'), children: skillsText(t, profile.skills) },
          {
            key: 'availability',
            label: t('volunteer.availability'),
            children:
              profile.availability.length === 0
                ? t('none')
                : profile.availability.map((a) => t(`availability.${a}`)).join(t('separator')),
          },
          { key: 'serviceArea', label: t('volunteer.serviceArea'), children: profile.serviceArea || t('none') },
          { key: 'joinedOn', label: t('volunteer.joinedOn'), children: profile.joinedOn },
        ]}
      />
      <Typography.Text type="secondary">{t('mine.profileHint')}</Typography.Text>
    </Card>
  );
}

function Masked({ value }: { value: string }) {
  const { t } = useTranslation('volunteers');
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value || t('none')}</span>;
}
