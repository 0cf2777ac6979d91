// The link a check-in screen's QR code carries (`checkin/:id?code=…&purpose=in|out`): the activity, and the code
// filled in for the signed-in volunteer to confirm. A refusal (expired, used by someone else...) shows in its words;
// the volunteer can type the screen's current code instead.

import type { CheckinPurpose } from '@strata/contract';
import { PageFrame, RecordStates, useRecordRoute } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';
import { CheckinForm } from './checkin-form';
import { ActivitySummary } from './join-page';

export function CheckinLinkPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/mine`);
  const [params] = useAddressParams();
  const purpose: CheckinPurpose = params.get('purpose') === 'out' ? 'out' : 'in';
  const code = /^\d{6}$/.test(params.get('code') ?? '') ? (params.get('code') ?? '') : '';
  const activity = useQuery({
    ...trpc.volunteers.activities.open.queryOptions({ id: route.id }),
    enabled: route.valid,
  });
  // What the check-in or check-out said once done (late or early flagged), else undefined.
  const [done, setDone] = useState<string>();
  return (
    <RecordStates
      route={route}
      query={activity}
      notFound={
        <RecordNotFound
          title={t('join.notFound')}
          back={t('join.back')}
          listPath={route.listPath}
          testId="checkin-not-found"
        />
      }
      title={t('checkin.pageTitle')}
      listTitle={t('mine.title')}
    >
      {(shown) => (
        <PageFrame
          title={t(purpose === 'in' ? 'checkin.titleIn' : 'checkin.titleOut', { title: shown.title })}
          documentTitle={t('checkin.pageTitle')}
          testId="checkin-link-page"
        >
          <div data-own>
            <Flex vertical gap={16}>
              <Card size="small">
                <ActivitySummary activity={shown} />
              </Card>
              {done !== undefined ? (
                <Result
                  status="success"
                  title={done}
                  extra={<Link to={`${basePath}/mine`}>{t('join.toMine')}</Link>}
                  data-testid="checkin-link-done"
                />
              ) : (
                <Card size="small">
                  <CheckinForm
                    activityId={shown.id}
                    purpose={purpose}
                    code={code}
                    onDone={setDone}
                    testId="checkin-link"
                  />
                </Card>
              )}
            </Flex>
          </div>
        </PageFrame>
      )}
    </RecordStates>
  );
}
