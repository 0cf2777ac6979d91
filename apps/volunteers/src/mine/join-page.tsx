// The portal's sign-up link (`join/:id`): the published activity, and signing up for it (a place, or the waitlist
// with its position); an account without a volunteer profile is sent to register first.
import { formatTimeRange } from '@strata/i18n';
import { ErrorAlert, PageFrame, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpenActivity } from '../common/api-types';
import { SignupStatusTag, skillsText } from '../common/domain';
import { useTRPC } from '../trpc';

export function JoinPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/mine`);
  const activity = useQuery({
    ...trpc.volunteers.activities.open.queryOptions({ id: route.id }),
    enabled: route.valid,
  });
  return (
    <RecordStates
      route={route}
      query={activity}
      notFound={
        <RecordNotFound
          title={t('join.notFound')}
          back={t('join.back')}
          listPath={route.listPath}
          testId="join-not-found"
        />
      }
      title={t('join.title')}
      listTitle={t('mine.title')}
    >
      {(shown) => <JoinView activity={shown} basePath={basePath} onBack={route.back} />}
    </RecordStates>
  );
}

/** The activity as a volunteer reads it (shared with the check-in link's page). */
export function ActivitySummary({ activity }: { activity: OpenActivity }) {
  const { t, i18n } = useTranslation('volunteers');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2 }}
      items={[
        {
          key: 'time',
          label: t('activity.time'),
          children: formatTimeRange(activity.startsAt, activity.endsAt, i18n.language),
        },
        { key: 'place', label: t('activity.place'), children: activity.place },
        { key: 'unit', label: t('activity.unit'), children: activity.unitName },
        {
          key: 'places',
          label: t('activity.places'),
          children:
            activity.mode === 'walkIn'
              ? t('activityMode.walkIn')
              : activity.placesLeft === null
                ? t('activityMode.recruit')
                : t('mine.placesLeft', { count: activity.placesLeft }),
        },
        { key: 'skills', label: t('activity.requiredSkills'), children: skillsText(t, activity.requiredSkills) },
        {
          key: 'description',
          label: t('activity.description'),
          span: 'filled',
          children: activity.description ? (
            <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{activity.description}</span>
          ) : (
            t('none')
          ),
        },
      ]}
    />
  );
}

function JoinView({ activity, basePath, onBack }: { activity: OpenActivity; basePath: string; onBack: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const signUp = useMutation(
    trpc.volunteers.signups.signUp.mutationOptions({
      onSuccess: async (result) => {
        message.success(
          result.status === 'waitlisted'
            ? t('mine.signedUpWaiting', { position: result.position ?? 0 })
            : result.status === 'pending'
              ? t('mine.signedUpPending')
              : t('mine.signedUp'),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const registered = activity.registered;
  const mine = activity.mySignup;

  return (
    <PageFrame title={activity.title} documentTitle={t('join.title')} onBack={onBack} testId="join-page">
      <div data-own>
        <Flex vertical gap={16}>
          {activity.teamName && <Typography.Text type="secondary">{activity.teamName}</Typography.Text>}
          <Card size="small">
            <ActivitySummary activity={activity} />
          </Card>
          {signUp.isError && <ErrorAlert error={signUp.error} />}
          {!registered && (
            <Alert
              type="info"
              showIcon
              title={t('mine.registerFirst')}
              action={<Link to={`${basePath}/mine`}>{t('join.register')}</Link>}
            />
          )}
          {mine ? (
            <Flex wrap gap={8} align="center" data-testid="join-mine">
              <Typography.Text>{t('join.yours')}</Typography.Text>
              <SignupStatusTag status={mine.status} />
              {mine.status === 'waitlisted' && mine.position !== null && (
                <Typography.Text type="secondary">{t('signups.position', { position: mine.position })}</Typography.Text>
              )}
            </Flex>
          ) : (
            registered &&
            activity.mode === 'recruit' && (
              <Button
                type="primary"
                size="large"
                loading={signUp.isPending}
                onClick={() => signUp.mutate({ activityId: activity.id })}
                data-testid="join-sign-up"
              >
                {activity.placesLeft === 0 ? t('mine.joinWaitlist') : t('mine.signUp')}
              </Button>
            )
          )}
          <Link to={`${basePath}/mine`}>{t('join.toMine')}</Link>
        </Flex>
      </div>
    </PageFrame>
  );
}
