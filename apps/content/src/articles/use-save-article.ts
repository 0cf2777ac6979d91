import { instantOfZonedTime } from '@strata/i18n/days';
import { applyFieldErrors, errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Article } from '../common/api-types';
import { useTRPC } from '../trpc';
import type { ArticleFormValues } from './article-form';

/** Create (no id) or update an article; server field errors land on the form's fields. */
export function useSaveArticle(
  form: FormInstance<ArticleFormValues>,
  id: number | undefined,
  onSaved: (a: Article) => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('content');

  const onError = (error: unknown) => {
    if (applyFieldErrors(form, error)) message.error(t('articles.form.checkFields'));
    else message.error(errorMessage(error, t));
  };
  const onSuccess = async (article: Article) => {
    onSaved(article);
    queryClient.setQueryData(trpc.content.articles.get.queryKey({ id: article.id }), article);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.content.articles.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() }),
    ]);
  };

  const create = useMutation(trpc.content.articles.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.content.articles.update.mutationOptions({ onSuccess, onError }));

  const toInput = ({ publishAt, unpublishAt, ...values }: ArticleFormValues) => ({
    ...values,
    publishAt: publishAt ? instantOfZonedTime(publishAt).toISOString() : null,
    unpublishAt: unpublishAt ? instantOfZonedTime(unpublishAt).toISOString() : null,
  });

  return {
    saving: create.isPending || update.isPending,
    /** Resolves once saved; rejects when refused (the error is shown, field errors on their fields). */
    save: (values: ArticleFormValues) =>
      id === undefined ? create.mutateAsync(toInput(values)) : update.mutateAsync({ id, ...toInput(values) }),
  };
}
