import { Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LetterView } from '../common/api-types';
import { letterViews } from '../common/domain-values';

type Props = {
  value: LetterView;
  onChange: (view: LetterView) => void;
  /** How many letters stand in the urgent views (due soon, overdue, escalated), once known. */
  counts: Partial<Record<LetterView, number>>;
};

/**
 * Which letters the queue shows: the open queue, the urgent views with their counts, the answered, closed and
 * rejected, or all. It narrows the list and changes nothing (`data-neutral`); on a phone it scrolls sideways in its
 * own strip rather than widening the page.
 */
export function ViewSwitch({ value, onChange, counts }: Props) {
  const { t } = useTranslation('mailbox');
  const label = (view: LetterView) => {
    const count = counts[view];
    return count ? t('viewCount', { view: t(`view.${view}`), count }) : t(`view.${view}`);
  };
  return (
    <div>
      <div style={{ overflowX: 'auto', maxWidth: '100%', paddingBottom: 2 }}>
        <Segmented<LetterView>
          aria-label={t('letters.views')}
          data-neutral
          data-testid="letter-views"
          value={value}
          onChange={onChange}
          options={letterViews.map((view) => ({ value: view, label: label(view) }))}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="letter-view-hint">
        {t(`viewHint.${value}`)}
      </Typography.Paragraph>
    </div>
  );
}
