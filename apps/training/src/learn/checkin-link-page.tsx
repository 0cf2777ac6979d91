// The link a classroom session's check-in screen shows as a QR code (`checkin/:sessionId?code=…`): the session (when
// it is one of my upcoming ones) and the code filled in, for me to confirm. The answer says whether I was late, and
// when this attendance completed the course; a refusal (a code expired or used by someone else, the window closed,
// already checked in...) shows in the server's words, and I may type the screen's current code instead.

import { formatTimeRange } from '@strata/i18n';
import { PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTRPC } from '../trpc';
import { CheckinForm, checkedInText } from './checkin-form';
import { learnPath, myCoursePath, routeId, tabular } from './learn-parts';
import type { CheckedIn } from './learn-types';

export function CheckinLinkPage({ basePath }: { basePath: string }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const sessionId = routeId(useParams().sessionId);
  const [params] = useAddressParams();
  const code = /^\d{6}$/.test(params.get('code') ?? '') ? (params.get('code') ?? '') : '';
  // The session as my upcoming list has it (its title, course, time and place); the check-in works without it.
  const upcoming = useQuery({
    ...trpc.training.sessions.upcoming.queryOptions({ page: 1, pageSize: 100 }),
    enabled: sessionId !== undefined,
  });
  const session = upcoming.data?.items.find((s) => s.id === sessionId);
  const [done, setDone] = useState<CheckedIn>();
  const crumbs = [{ title: t('learn.title'), path: learnPath(basePath, 'sessions') }];

  if (sessionId === undefined)
    return (
      <PageFrame title={t('learn.checkin.pageTitle')} breadcrumbs={crumbs} testId="checkin-link-bad">
        <Alert
          type="warning"
          showIcon
          title={t('learn.checkin.badLink')}
          description={t('learn.checkin.badLinkText')}
        />
      </PageFrame>
    );
  return (
    <PageFrame
      title={session ? t('learn.checkin.title', { title: session.title }) : t('learn.checkin.pageTitle')}
      documentTitle={t('learn.checkin.pageTitle')}
      breadcrumbs={crumbs}
      testId="checkin-link-page"
    >
      <div data-own>
        <Flex vertical gap={16} style={{ maxWidth: 560 }}>
          {session && (
            <Card size="small" data-testid="checkin-link-session">
              <Flex vertical gap={4}>
                <Link to={myCoursePath(basePath, session.courseId)}>{session.courseTitle}</Link>
                <Typography.Text style={tabular}>
                  {formatTimeRange(session.startsAt, session.endsAt, i18n.language)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('learn.sessions.place', { place: session.place })}
                  {session.trainerName && ` · ${t('learn.sessions.trainer', { name: session.trainerName })}`}
                </Typography.Text>
              </Flex>
            </Card>
          )}
          {done ? (
            <Alert
              type={done.late ? 'warning' : 'success'}
              showIcon
              title={checkedInText(t, done)}
              description={
                <Link to={session ? myCoursePath(basePath, session.courseId) : learnPath(basePath, 'sessions')}>
                  {session ? t('learn.checkin.toCourse') : t('learn.checkin.toSessions')}
                </Link>
              }
              data-testid="checkin-link-done"
            />
          ) : (
            <Card size="small">
              <CheckinForm sessionId={sessionId} code={code} onDone={setDone} testId="checkin-link" />
            </Card>
          )}
        </Flex>
      </div>
    </PageFrame>
  );
}
