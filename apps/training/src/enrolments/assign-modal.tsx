// Assigning a course (training.assign) from the staff's training page: a published course open to the current unit's
// people (training.enrolments.assignableCourses, found by title, each with the unit that runs it), the people of the
// unit's subtree to assign it to (./assign-people: found by name, paged; those done with it not offered, those taking
// it given the due day) and the day it is due (a calendar day in Asia/Shanghai, today or later, as the server checks
// it). The server assigns all of them or none: its refusal shows in the dialog, on the field at fault where it names
// one, and every choice stays for another try. Done, it says how many were assigned and the list is asked again.
import { trainingLimits } from '@strata/contract';
import { calendarDay, isCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormRule } from 'antd';
import { App, type ButtonProps, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { AssignPeople } from './assign-people';
import type { AssignableCourse, AssignResult } from './enrolment-types';

type Values = {
  courseId?: number;
  userIds: number[];
  /** `YYYY-MM-DD` (the browser's date field), a day in Asia/Shanghai. */
  dueOn?: string;
};

type Props = {
  /** The current unit: the courses open to its people, and its subtree's people, are offered. */
  unitId: number;
  onClose: () => void;
};

export function AssignModal({ unitId, onClose }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const w = (key: string) => t(`enrolments.assign.${key}`);
  const courses = useQuery(trpc.training.enrolments.assignableCourses.queryOptions({ unitId }));
  const courseId = Form.useWatch('courseId', form);
  const assigned = async (result: AssignResult) => {
    const count = result.assigned + result.updated;
    message.success(
      result.skipped
        ? t('enrolments.assign.doneSkipped', { count, skipped: result.skipped })
        : t('enrolments.assign.done', { count }),
    );
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.enrolments.list.pathKey() });
  };
  const assign = useMutation(
    trpc.training.enrolments.assign.mutationOptions({
      onSuccess: assigned,
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  // "Today" is Shanghai's, as the server judges the due day (todayOf), whatever the browser's own zone.
  const today = calendarDay(new Date());

  const submit = (values: Values) => {
    if (values.courseId === undefined || values.dueOn === undefined) return;
    assign.mutate({ courseId: values.courseId, userIds: values.userIds, dueOn: values.dueOn });
  };

  const dueRule: FormRule = {
    validator: (_, value?: string) => {
      if (!value) return Promise.resolve();
      if (!isCalendarDay(value)) return Promise.reject(new Error(w('dueInvalid')));
      return value < today ? Promise.reject(new Error(w('duePast'))) : Promise.resolve();
    },
  };
  const someone: FormRule = {
    validator: (_, value?: number[]) =>
      value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(w('nobodyChosen'))),
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={assign}
      open
      width={760}
      title={w('title')}
      okText={w('ok')}
      okButtonProps={{ 'data-testid': 'assign-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ userIds: [] }}
      onFinish={submit}
      testId="assign-form"
    >
      <Form.Item name="courseId" label={w('course')} rules={[rules.choose(w('course'))]}>
        <Select<number, { value: number; label: string; course: AssignableCourse }>
          placeholder={w('coursePlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          loading={courses.isLoading}
          options={(courses.data ?? []).map((course) => ({ value: course.id, label: course.title, course }))}
          optionRender={({ data: { course } }) => (
            <Flex justify="space-between" gap={8} data-testid={`assign-course-${course.id}`}>
              <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                {course.title}
                {course.required && (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {w('required')}
                  </Tag>
                )}
              </span>
              <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                {course.unitName}
              </Typography.Text>
            </Flex>
          )}
          notFoundContent={courses.isError ? w('coursesFailed') : courses.isLoading ? undefined : w('noCourses')}
          // Who may be chosen depends on the course (their status in it): a new course starts the choice afresh.
          onChange={() => form.setFieldValue('userIds', [])}
          data-testid="assign-course"
        />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={w('dueOn')}
        extra={w('dueHint')}
        rules={[rules.choose(w('dueOn')), dueRule]}
        style={{ maxWidth: 240 }}
      >
        <Input type="date" min={today} data-testid="assign-due" />
      </Form.Item>
      <Form.Item
        name="userIds"
        label={w('people')}
        extra={t('enrolments.assign.peopleHint', { max: trainingLimits.assignAtOnceMax })}
        rules={[someone]}
      >
        <AssignPeople unitId={unitId} courseId={courseId} />
      </Form.Item>
    </FormModal>
  );
}
