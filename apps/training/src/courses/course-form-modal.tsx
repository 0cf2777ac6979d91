// Creating a course or changing its catalogue entry: the unit that runs it (a new one only: among the current unit's
// subtree, those where the reader manages training), its title and summary, its category, who may enrol, whether the
// portal shows it and whether it is required. The limits are the server's (@strata/contract); its refusal of a field
// shows on that field.
import { courseAudiences, trainingCategories, trainingLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules, TreeSelectOnDemand, useAccess } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { CourseDetail, CourseInput, UnitRow } from './course-types';
import { useSubtreeUnits } from './unit-tree-data';

type Values = Omit<CourseInput, 'unitId'> & { unitId?: number };

type Props = {
  /** The current unit: a new course's default unit and the root of the units offered. */
  unitId: number;
  /** The course changed, or none for a new one. */
  course: CourseDetail | undefined;
  onClose: () => void;
  onSaved?: (id: number) => void;
};

export function CourseFormModal({ unitId, course, onClose, onSaved }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`courses.form.${key}`);
  const cannotManage = useCallback((u: UnitRow) => !access.can('training.manage', u.id), [access]);
  const units = useSubtreeUnits(unitId, cannotManage);
  const saved = async (id: number) => {
    message.success(course ? label('updated') : label('created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
    onSaved?.(id);
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(trpc.training.courses.create.mutationOptions({ onSuccess: (r) => saved(r.id), onError }));
  const update = useMutation(trpc.training.courses.update.mutationOptions({ onSuccess: (r) => saved(r.id), onError }));

  const submit = (values: Values) => {
    const fields = {
      title: values.title.trim(),
      summary: (values.summary ?? '').trim(),
      category: values.category,
      audience: values.audience,
      isPublic: !!values.isPublic,
      required: !!values.required,
    };
    if (course) update.mutate({ id: course.id, ...fields });
    else if (values.unitId !== undefined) create.mutate({ unitId: values.unitId, ...fields });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={course ? update : create}
      open
      width={600}
      title={course ? t('courses.form.editTitle', { title: course.title }) : label('createTitle')}
      okButtonProps={{ 'data-testid': 'course-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        course
          ? {
              title: course.title,
              summary: course.summary,
              category: course.category,
              audience: course.audience,
              isPublic: course.isPublic,
              required: course.required,
            }
          : {
              unitId: access.can('training.manage', unitId) ? unitId : undefined,
              summary: '',
              audience: 'subtree',
              isPublic: false,
              required: false,
            }
      }
      onFinish={submit}
      testId="course-form"
    >
      {!course && (
        <Form.Item name="unitId" label={label('unit')} extra={label('unitHint')} rules={[rules.choose(label('unit'))]}>
          <TreeSelectOnDemand
            placeholder={label('unitPlaceholder')}
            treeData={units.treeData}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: 'title' }}
            loading={units.isLoading}
            data-testid="course-form-unit"
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={label('title')}
        rules={[rules.required(label('title')), rules.maxLength(trainingLimits.titleMax)]}
      >
        <Input maxLength={trainingLimits.titleMax} showCount data-testid="course-form-title" />
      </Form.Item>
      <Form.Item name="summary" label={label('summary')} rules={[rules.maxLength(trainingLimits.summaryMax)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={trainingLimits.summaryMax}
          showCount
          placeholder={label('summaryPlaceholder')}
          data-testid="course-form-summary"
        />
      </Form.Item>
      <Form.Item name="category" label={label('category')} rules={[rules.choose(label('category'))]}>
        <Select
          placeholder={label('categoryPlaceholder')}
          options={trainingCategories.map((value) => ({ value, label: t(`common.category.${value}`) }))}
          data-testid="course-form-category"
        />
      </Form.Item>
      <Form.Item name="audience" label={label('audience')} rules={[rules.choose(label('audience'))]}>
        <Radio.Group
          options={courseAudiences.map((value) => ({ value, label: t(`common.audience.${value}`) }))}
          data-testid="course-form-audience"
        />
      </Form.Item>
      <Form.Item name="isPublic" valuePropName="checked" extra={label('isPublicHint')}>
        <Checkbox data-testid="course-form-public">{label('isPublic')}</Checkbox>
      </Form.Item>
      <Form.Item name="required" valuePropName="checked" extra={label('requiredHint')}>
        <Checkbox data-testid="course-form-required">{label('required')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
