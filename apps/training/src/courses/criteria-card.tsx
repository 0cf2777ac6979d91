// A version's completion criteria (结业条件): every lesson learned, a quiz passed with at least a score, and a number of
// classroom sessions attended; at least one. A draft's editors change them here (leaving with changes unsaved asks
// first); a published or retired version's are shown as they are.
import { trainingLimits } from '@strata/contract';
import { applyFieldErrors, ErrorAlert, Permitted, useUnsavedChanges } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Form, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { Outline } from './course-types';

type Values = {
  lessonsRequired: boolean;
  quizRequired: boolean;
  minScore: number | null;
  sessionsRequired: number | null;
};

const defaultPassScore = 60;

export function CriteriaCard({ outline, editable, unitId }: { outline: Outline; editable: boolean; unitId: number }) {
  const { t } = useTranslation('training');
  const c = (key: string, values?: Record<string, unknown>) => t(`courses.criteria.${key}`, values);
  if (!editable)
    return (
      <Card size="small" title={c('title')} data-testid="criteria-card">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            {
              key: 'lessons',
              label: c('lessonsRequired'),
              children: outline.lessonsRequired ? c('yes') : c('no'),
            },
            {
              key: 'quiz',
              label: c('quiz'),
              children: outline.minScore === null ? c('noQuiz') : c('quizValue', { score: outline.minScore }),
            },
            {
              key: 'sessions',
              label: c('sessionsRequired'),
              children:
                outline.sessionsRequired === 0
                  ? c('noSessions')
                  : c('sessionsValue', { count: outline.sessionsRequired }),
            },
          ]}
        />
      </Card>
    );
  return <CriteriaForm outline={outline} unitId={unitId} />;
}

function CriteriaForm({ outline, unitId }: { outline: Outline; unitId: number }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const unsaved = useUnsavedChanges();
  const c = (key: string, values?: Record<string, unknown>) => t(`courses.criteria.${key}`, values);
  const quizRequired = Form.useWatch('quizRequired', form);
  const initial: Values = {
    lessonsRequired: outline.lessonsRequired,
    quizRequired: outline.minScore !== null,
    minScore: outline.minScore ?? defaultPassScore,
    sessionsRequired: outline.sessionsRequired,
  };
  const initialKey = JSON.stringify(initial);
  // The version's criteria as the server has them now (after a save, or another editor's).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `initialKey` stands for `initial` (a new object each render)
  useEffect(() => {
    form.setFieldsValue(initial);
    unsaved.markClean();
  }, [form, initialKey, unsaved]);
  const save = useMutation(
    trpc.training.courses.updateCriteria.mutationOptions({
      onSuccess: async () => {
        unsaved.markClean();
        message.success(c('saved'));
        await queryClient.invalidateQueries({
          queryKey: trpc.training.courses.outline.queryKey({ versionId: outline.id }),
        });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const submit = (v: Values) =>
    save.mutate({
      versionId: outline.id,
      lessonsRequired: !!v.lessonsRequired,
      minScore: v.quizRequired ? (v.minScore ?? defaultPassScore) : null,
      sessionsRequired: v.sessionsRequired ?? 0,
    });

  return (
    <Card size="small" title={c('title')} data-testid="criteria-card">
      {save.isError && <ErrorAlert error={save.error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={unsaved.markDirty}
        onFinish={submit}
        data-testid="criteria-form"
        // Every field here changes the version on saving: marked like a Permitted action (as FormPage marks its form).
        data-permission="training.manage"
        data-unit={unitId}
      >
        <Form.Item
          name="lessonsRequired"
          valuePropName="checked"
          style={{ marginBottom: 8 }}
          dependencies={['quizRequired', 'sessionsRequired']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: boolean) =>
                value || getFieldValue('quizRequired') || (getFieldValue('sessionsRequired') ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(c('atLeastOne'))),
            }),
          ]}
        >
          <Checkbox data-testid="criteria-lessons">{c('lessonsRequiredLong')}</Checkbox>
        </Form.Item>
        <Space wrap align="start" size={[16, 0]}>
          <Form.Item name="quizRequired" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox data-testid="criteria-quiz">{c('quizRequired')}</Checkbox>
          </Form.Item>
          {quizRequired && (
            <Form.Item
              name="minScore"
              label={c('minScore')}
              rules={[
                { required: true, message: c('minScoreRange') },
                { type: 'integer', min: 0, max: 100, message: c('minScoreRange') },
              ]}
            >
              <InputNumber min={0} max={100} precision={0} suffix={c('points')} data-testid="criteria-min-score" />
            </Form.Item>
          )}
        </Space>
        <Form.Item
          name="sessionsRequired"
          label={c('sessionsRequired')}
          extra={c('sessionsHint')}
          rules={[
            {
              type: 'integer',
              min: 0,
              max: trainingLimits.sessionsRequiredMax,
              message: c('sessionsRange', { max: trainingLimits.sessionsRequiredMax }),
            },
          ]}
        >
          <InputNumber min={0} max={trainingLimits.sessionsRequiredMax} precision={0} data-testid="criteria-sessions" />
        </Form.Item>
        <Permitted permission="training.manage" unitId={unitId}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="criteria-save">
            {c('save')}
          </Button>
        </Permitted>
      </Form>
    </Card>
  );
}
