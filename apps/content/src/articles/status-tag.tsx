import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../common/api-types';

const colors: Record<ArticleStatus, string> = {
  draft: 'default',
  review: 'gold',
  published: 'green',
  archived: 'purple',
};

export function StatusTag({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation('content');
  return <Tag color={colors[status]}>{t(`articleStatus.${status}`)}</Tag>;
}
