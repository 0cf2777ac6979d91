import { recycleBinDays } from '@strata/contract';
import { Permitted } from '@strata/ui';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleRow } from '../common/api-types';
import { useArticleActions } from './use-article-actions';

interface ArticleActionsProps {
  article: Pick<ArticleRow, 'id' | 'unitId' | 'actions'>;
  /** Links in a table row, buttons on the editor page. */
  compact?: boolean;
  onDeleted?: () => void;
}

/**
 * Withdraw and delete, offered exactly as the server says this caller may (`article.actions`), each confirmed
 * in words that tell what follows: off the public site, into the recycle bin for a while, or gone for good.
 */
export function ArticleActions({ article, compact = false, onDeleted }: ArticleActionsProps) {
  const { t } = useTranslation('content');
  const { withdraw, remove } = useArticleActions(onDeleted);
  const look = compact ? ({ type: 'link', size: 'small' } as const) : {};
  const deletion = article.actions.delete;
  return (
    <>
      {article.actions.withdraw && (
        <Popconfirm
          title={t('articles.actions.withdrawTitle')}
          description={t('articles.actions.withdrawConfirm')}
          okText={t('articles.actions.withdraw')}
          onConfirm={() => withdraw.mutate({ id: article.id })}
        >
          <Permitted permission="content.review" unitId={article.unitId}>
            <Button {...look} loading={withdraw.isPending} data-testid={`article-withdraw-${article.id}`}>
              {t('articles.actions.withdraw')}
            </Button>
          </Permitted>
        </Popconfirm>
      )}
      {deletion && (
        <Popconfirm
          title={t('articles.actions.deleteTitle')}
          description={
            deletion === 'recycleBin'
              ? t('articles.actions.deleteToBin', { days: recycleBinDays })
              : t('articles.actions.deleteOutright')
          }
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate({ id: article.id })}
        >
          <Permitted
            permission={deletion === 'recycleBin' ? 'content.review' : 'content.write'}
            unitId={article.unitId}
          >
            <Button {...look} danger loading={remove.isPending} data-testid={`article-delete-${article.id}`}>
              {t('common.delete')}
            </Button>
          </Permitted>
        </Popconfirm>
      )}
    </>
  );
}
