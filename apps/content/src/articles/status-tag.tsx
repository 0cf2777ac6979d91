import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus, SiteState } from '../common/api-types';

const colors: Record<ArticleStatus, string> = {
  draft: 'default',
  review: 'gold',
  published: 'green',
  archived: 'purple',
};

/** The status, and for a published article outside its window where it stands (scheduled, or ended). */
export function StatusTag({ status, siteState }: { status: ArticleStatus; siteState?: SiteState }) {
  const { t } = useTranslation('content');
  return (
    <>
      <Tag color={colors[status]}>{t(`articleStatus.${status}`)}</Tag>
      {siteState && siteState !== 'live' && (
        <Tag color={siteState === 'scheduled' ? 'blue' : 'default'} data-testid="site-state">
          {t(`siteState.${siteState}`)}
        </Tag>
      )}
    </>
  );
}
