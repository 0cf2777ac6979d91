import { PageFrame } from '@strata/ui';
import { Card, Descriptions, Empty, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session/session-context';
import { useCurrentUnit } from '../../unit/current-unit';
import { OverviewFigures } from './overview-figures';

/** Who is signed in, what they hold, and which unit they are looking at. */
export default function OverviewPage() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const { unit } = useCurrentUnit();
  return (
    <PageFrame title={t('overview.welcome', { name: me.displayName })} testId="overview-page">
      <OverviewFigures />
      <Card>
        <Descriptions column={1}>
          <Descriptions.Item label={t('header.currentUnit')}>
            {unit ? `${unit.name} · ${t(`domain:unitKind.${unit.kind}`)}` : t('header.noUnit')}
          </Descriptions.Item>
          <Descriptions.Item label={t('overview.grants')}>
            {me.grants.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.noGrants')} />
            ) : (
              <Flex wrap gap={4}>
                {me.grants.map((grant) => (
                  <Tag key={grant.id} color="red">
                    {t(`domain:role.${grant.role}`, { defaultValue: grant.role })} · {grant.unitName}
                  </Tag>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </PageFrame>
  );
}
