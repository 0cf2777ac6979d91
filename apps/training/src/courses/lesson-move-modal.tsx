// Moving a lesson into another module of the same draft: the module, and the place there (last unless chosen).
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { OutlineLesson, OutlineModule } from './course-types';

type Values = { moduleId: number; place: number };

export function LessonMoveModal({
  lesson,
  from,
  modules,
  onClose,
}: {
  lesson: OutlineLesson;
  /** The module it is in now. */
  from: OutlineModule;
  modules: OutlineModule[];
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const others = modules.filter((m) => m.id !== from.id);
  const chosenId = Form.useWatch('moduleId', form);
  const chosen = others.find((m) => m.id === chosenId);
  const places = chosen ? chosen.lessons.length + 1 : 1;
  const move = useMutation(
    trpc.training.courses.moveLesson.mutationOptions({
      onSuccess: async () => {
        message.success(t('courses.outline.lessonMoved'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, { to: 'place' }),
    }),
  );
  const moduleLabel = t('courses.outline.moveToModule');
  const placeLabel = t('courses.outline.moveToPlace');
  return (
    <FormModal<Values>
      form={form}
      mutation={move}
      open
      width={480}
      title={t('courses.outline.moveTitle', { title: lesson.title })}
      okText={t('courses.outline.move')}
      okButtonProps={{ 'data-testid': 'lesson-move-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{}}
      onFinish={(v) => move.mutate({ id: lesson.id, moduleId: v.moduleId, to: v.place })}
      testId="lesson-move"
    >
      <Form.Item name="moduleId" label={moduleLabel} rules={[rules.choose(moduleLabel)]}>
        <Select
          placeholder={t('courses.outline.moveToModulePlaceholder')}
          options={others.map((m) => ({
            value: m.id,
            label: t('courses.outline.moduleName', { position: m.position, title: m.title }),
          }))}
          onChange={(id: number) => {
            const target = others.find((m) => m.id === id);
            form.setFieldValue('place', (target?.lessons.length ?? 0) + 1);
          }}
          data-testid="lesson-move-module"
        />
      </Form.Item>
      <Form.Item name="place" label={placeLabel} rules={[rules.choose(placeLabel)]}>
        <Select
          disabled={!chosen}
          options={Array.from({ length: places }, (_, i) => ({
            value: i + 1,
            label:
              i + 1 === places
                ? t('courses.outline.placeLast', { place: i + 1 })
                : t('courses.outline.placeBefore', { place: i + 1, title: chosen?.lessons[i]?.title ?? '' }),
          }))}
          data-testid="lesson-move-place"
        />
      </Form.Item>
    </FormModal>
  );
}
