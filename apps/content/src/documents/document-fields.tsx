import { formRules } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { documentLimits, type Visibility, visibilities } from './document-values';

/** A document's own fields, as a new one is filed and an old one edited: title, category, description, visibility. */
export function DocumentFields({ unitId }: { unitId: number }) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const rules = formRules(t);
  const suggestions = useId();
  const categories = useQuery(trpc.content.documents.categories.queryOptions({ unitId }));
  const visibility = Form.useWatch<Visibility | undefined>('visibility');
  const { titleMin, titleMax, categoryMax, descriptionMax } = documentLimits;
  return (
    <>
      <Form.Item
        name="title"
        label={t('documents.form.titleField')}
        rules={[rules.required(t('documents.form.titleField')), rules.length(titleMin, titleMax)]}
      >
        <Input maxLength={titleMax} data-testid="document-title" />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('documents.form.category')}
        extra={t('documents.form.categoryHint')}
        rules={[rules.required(t('documents.form.category')), rules.maxLength(categoryMax)]}
      >
        {/* The unit's categories in use, offered as the user types (a native list: nothing more to load). */}
        <Input maxLength={categoryMax} list={suggestions} autoComplete="off" data-testid="document-category" />
      </Form.Item>
      <datalist id={suggestions}>
        {(categories.data ?? []).map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      <Form.Item name="description" label={t('documents.form.description')} rules={[rules.maxLength(descriptionMax)]}>
        <Input.TextArea rows={3} maxLength={descriptionMax} showCount data-testid="document-description" />
      </Form.Item>
      <Form.Item
        name="visibility"
        label={t('documents.form.visibility')}
        extra={visibility && t(`documents.form.visibilityHint.${visibility}`)}
      >
        <Select
          aria-label={t('documents.form.visibility')}
          data-testid="document-visibility"
          options={visibilities.map((value) => ({ value, label: t(`documents.visibility.${value}`) }))}
        />
      </Form.Item>
    </>
  );
}
