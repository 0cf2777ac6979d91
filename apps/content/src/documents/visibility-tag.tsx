import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Visibility } from './document-values';

/** 公开 / 内部: public documents in green, as the portal shows them; internal ones plain. */
export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation('content');
  return (
    <Tag color={visibility === 'public' ? 'green' : 'default'} data-testid={`visibility-${visibility}`}>
      {t(`documents.visibility.${visibility}`)}
    </Tag>
  );
}
