import { zonedTimeOf } from '@strata/i18n/days';
import { ErrorAlert, PageFrame, useUnsavedChanges } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { usePageMessages } from '../common/page-messages';
import { historyMessages } from '../history/history-messages';
import { placementMessages } from '../placements/placement-messages';
import { PlacementPanel } from '../placements/placement-panel';
import { useTRPC } from '../trpc';
import { ArticleActions } from './article-actions';
import { ArticleForm, type ArticleFormValues } from './article-form';
import { articleFormMessages } from './article-form-messages';
import { ArticleNotFound } from './article-not-found';
import { reviewMessages } from './review-messages';
import { ReviewPanel } from './review-panel';
import { StatusTag } from './status-tag';
import { useSaveArticle } from './use-save-article';

interface ArticleEditorPageProps {
  basePath: string;
  unitId: number;
}

/** `articles/new` (no id param) and `articles/:id`. */
export function ArticleEditorPage({ basePath, unitId }: ArticleEditorPageProps) {
  usePageMessages('articles', articleFormMessages);
  usePageMessages('review', reviewMessages);
  usePageMessages('history', historyMessages);
  usePageMessages('placements', placementMessages);
  const { t } = useTranslation('content');
  const { id: idParam } = useParams();
  const id = idParam === undefined ? undefined : Number(idParam);
  const validId = id === undefined || (Number.isSafeInteger(id) && id > 0);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ArticleFormValues>();
  const listPath = `${basePath}/articles`;

  const article = useQuery({
    ...trpc.content.articles.get.queryOptions({ id: id ?? 0 }),
    enabled: id !== undefined && validId,
  });
  const { save, saving } = useSaveArticle(form, id, () => {
    message.success(id === undefined ? t('articles.form.created') : t('common.saved'));
    if (id === undefined) navigate(listPath);
  });
  const unsaved = useUnsavedChanges();

  const title = id === undefined ? t('articles.newArticle') : t('articles.editArticle');
  const location = useLocation();
  // Back to the list as the user left it (filters live in its URL), or to the plain list on a direct visit.
  const back = () => (location.key === 'default' ? navigate(listPath) : navigate(-1));

  if (!validId || article.error?.data?.code === 'NOT_FOUND') {
    return <ArticleNotFound listPath={listPath} />;
  }
  if (article.error) return <ErrorAlert error={article.error} onRetry={() => article.refetch()} />;
  if (id !== undefined && !article.data) return <Skeleton active />;

  const data = article.data;
  return (
    <PageFrame
      title={data?.title ?? title}
      documentTitle={data ? `${title}: ${data.title}` : title}
      breadcrumbs={[{ title: t('articles.title'), path: listPath }]}
      onBack={back}
      extra={
        data && (
          <>
            <StatusTag status={data.status} siteState={data.siteState} />
            <Button
              onClick={() => navigate(`${listPath}/${data.id}/history`)}
              data-testid="article-history-link"
              data-neutral
            >
              {t('history.open')}
            </Button>
          </>
        )
      }
      testId="article-editor-page"
    >
      {data && <ReviewPanel article={data} />}
      <ArticleForm
        // A fresh form per article and per stored version, so switching ids never shows the previous one's
        // values and a withdrawal (a new status) is what the form then holds, not the status before it.
        key={data ? `${data.id}@${data.updatedAt}` : 'new'}
        form={form}
        columnsUnitId={data?.unitId ?? unitId}
        initialValues={
          data
            ? {
                columnId: data.columnId,
                title: data.title,
                summary: data.summary,
                body: data.body,
                tags: data.tags,
                coverFileId: data.coverFileId,
                byline: data.byline,
                source: data.source,
                publishAt: data.publishAt ? zonedTimeOf(data.publishAt) : '',
                unpublishAt: data.unpublishAt ? zonedTimeOf(data.unpublishAt) : '',
                status: data.status,
              }
            : {}
        }
        saving={saving}
        onSubmit={save}
        onCancel={back}
        unsaved={unsaved}
        extraActions={
          data && (
            <ArticleActions
              article={data}
              onDeleted={() => {
                unsaved.markClean();
                navigate(listPath);
              }}
            />
          )
        }
      />
      {data && <PlacementPanel article={data} currentUnitId={unitId} />}
    </PageFrame>
  );
}
