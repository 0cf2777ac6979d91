import { FormPage, useAccess, type useUnsavedChanges } from '@strata/ui';
import { RichTextField } from '@strata/ui/rich-editor';
import { useQuery } from '@tanstack/react-query';
import { Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../common/api-types';
import { articleLimits } from '../common/limits';
import { useStatusOptions } from '../common/use-domain-options';
import { useTRPC } from '../trpc';
import { CoverField } from './cover-field';

export interface ArticleFormValues {
  columnId: number;
  title: string;
  summary: string;
  body: string;
  byline: string;
  source: string;
  tags: string[];
  coverFileId: number | null;
  /** Wall-clock times in the organisation's zone (`YYYY-MM-DDTHH:mm`, the browser's datetime-local field); '' for none. */
  publishAt: string;
  unpublishAt: string;
  status: ArticleStatus;
}

interface ArticleFormProps {
  form: FormInstance<ArticleFormValues>;
  /** Whose columns the article may go in: the article's unit when editing, else the current unit. */
  columnsUnitId: number;
  initialValues: Partial<ArticleFormValues>;
  saving: boolean;
  onSubmit: (values: ArticleFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** More actions beside save (e.g. delete). */
  extraActions?: ReactNode;
  /** The page's unsaved-changes guard (the page leaves after deleting, too). */
  unsaved: ReturnType<typeof useUnsavedChanges>;
}

export function ArticleForm({
  form,
  columnsUnitId,
  initialValues,
  saving,
  onSubmit,
  onCancel,
  extraActions,
  unsaved,
}: ArticleFormProps) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const columns = useQuery(trpc.content.columns.list.queryOptions({ unitId: columnsUnitId }));
  const access = useAccess();
  // Publishing and archiving are a reviewer's; an editor's choices stop at review (the server agrees).
  const mayReview = access.can('content.review', columnsUnitId);
  const statusOptions = useStatusOptions().filter(
    (o) => mayReview || o.value === initialValues.status || o.value === 'draft' || o.value === 'review',
  );
  const { titleMin, titleMax, summaryMax, bylineMax, sourceMax, tagsMax, tagMax } = articleLimits;
  const columnOptions = (columns.data ?? [])
    .filter((c) => !c.hidden || c.id === initialValues.columnId)
    .map((c) => ({ value: c.id, label: c.hidden ? `${c.name} (${t('common.hidden')})` : c.name }));

  return (
    <FormPage<ArticleFormValues>
      form={form}
      initialValues={{
        title: '',
        summary: '',
        body: '',
        tags: [],
        coverFileId: null,
        byline: '',
        source: '',
        publishAt: '',
        unpublishAt: '',
        status: 'draft',
        ...initialValues,
      }}
      onFinish={onSubmit}
      saving={saving}
      onCancel={onCancel}
      extraActions={extraActions}
      unsaved={unsaved}
      permission="content.write"
      unitId={columnsUnitId}
      testId="article-form"
    >
      <Form.Item
        name="columnId"
        label={t('articles.form.column')}
        rules={[{ required: true, message: t('articles.form.columnRequired') }]}
      >
        <Select
          data-testid="article-column"
          loading={columns.isLoading}
          options={columnOptions}
          aria-label={t('articles.form.column')}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('articles.form.titleLabel')}
        rules={[
          { required: true, whitespace: true, message: t('articles.form.titleRequired') },
          { min: titleMin, max: titleMax, message: t('articles.form.titleLength', { min: titleMin, max: titleMax }) },
        ]}
      >
        <Input data-testid="article-title" maxLength={titleMax} showCount />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('articles.form.summary')}
        rules={[{ max: summaryMax, message: t('articles.form.summaryLength', { max: summaryMax }) }]}
      >
        <Input.TextArea
          data-testid="article-summary"
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={summaryMax}
          showCount
        />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('articles.form.body')}
        rules={[{ required: true, whitespace: true, message: t('articles.form.bodyRequired') }]}
      >
        <RichTextField
          unitId={columnsUnitId}
          label={t('articles.form.body')}
          testId="article-body"
          readOnly={!access.can('content.write', columnsUnitId)}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="coverFileId" label={t('articles.form.cover')} extra={t('articles.form.coverHint')}>
            <CoverField unitId={columnsUnitId} readOnly={!access.can('content.write', columnsUnitId)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="tags"
            label={t('articles.form.tags')}
            extra={t('articles.form.tagsHint', { max: tagsMax })}
            rules={[
              { type: 'array', max: tagsMax, message: t('articles.form.tagsTooMany', { max: tagsMax }) },
              {
                validator: (_, value: string[] = []) =>
                  value.some((tag) => tag.trim().length > tagMax)
                    ? Promise.reject(new Error(t('articles.form.tagTooLong', { max: tagMax })))
                    : Promise.resolve(),
              },
            ]}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', '、']}
              open={false}
              suffixIcon={null}
              aria-label={t('articles.form.tags')}
              data-testid="article-tags"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="byline" label={t('articles.form.byline')} rules={[{ max: bylineMax }]}>
            <Input data-testid="article-byline" maxLength={bylineMax} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={t('articles.form.source')} rules={[{ max: sourceMax }]}>
            <Input data-testid="article-source" maxLength={sourceMax} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="status" label={t('articles.form.status')} rules={[{ required: true }]}>
        <Select data-testid="article-status" options={statusOptions} aria-label={t('articles.form.status')} />
      </Form.Item>
      {/* The browser's own date-time fields, read in the organisation's zone (no date library in the bundle). */}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="publishAt" label={t('articles.form.publishAt')} extra={t('articles.form.windowHint')}>
            <Input type="datetime-local" data-testid="article-publish-at" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="unpublishAt"
            label={t('articles.form.unpublishAt')}
            dependencies={['publishAt']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  value && getFieldValue('publishAt') && value <= getFieldValue('publishAt')
                    ? Promise.reject(new Error(t('articles.form.windowOrder')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input type="datetime-local" data-testid="article-unpublish-at" />
          </Form.Item>
        </Col>
      </Row>
    </FormPage>
  );
}
