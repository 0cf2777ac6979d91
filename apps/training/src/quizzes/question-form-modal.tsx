// Adding a question to a bank or changing one, by kind: a single choice (2 to 10 choices, a radio beside each marks
// the one right answer), a multiple choice (check boxes, at least one right), true or false, or a blank (1 to 5
// accepted texts); the stem, the explanation learners read after submitting, and the points. Once an attempt drew the
// question, its kind, the number of its choices, its key and its points are fixed (the attempts were graded by
// them): those fields are shown disabled with the reason, the wording stays open. Opened read-only for one who may
// not change the bank (an archived course), it shows the question with its key.
import { trainingLimits as limits, questionKinds } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Checkbox,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import {
  acceptedProblem,
  bodyOf,
  emptyOption,
  formPathOf,
  letterOf,
  optionsProblem,
  type QuestionValues,
  valuesOf,
} from './question-values';
import type { EditorQuestion } from './quiz-types';

type Props = {
  bankId: number;
  /** The question changed, or none for a new one. */
  question: EditorQuestion | undefined;
  /** Shown, not changed. */
  readOnly?: boolean;
  onClose: () => void;
};

export function QuestionFormModal({ bankId, question, readOnly = false, onClose }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuestionValues>();
  const rules = formRules(t);
  const kind = Form.useWatch('kind', form) ?? question?.kind ?? 'single';
  const label = (key: string) => t(`quizzes.question.${key}`);
  // Drawn into a submitted attempt: the terms it was graded by stay. (One drawn only by an attempt under way reads
  // 0 here; the server refuses that change on its field.)
  const fixed = readOnly || (question !== undefined && question.asked > 0);
  const saved = async () => {
    message.success(label(question ? 'updated' : 'created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.pathKey() });
  };
  const onError = (error: unknown) =>
    applyFieldErrors(form, error, (path) => formPathOf(form.getFieldValue('kind') ?? kind, path));
  const create = useMutation(trpc.training.quizzes.createQuestion.mutationOptions({ onSuccess: saved, onError }));
  const update = useMutation(trpc.training.quizzes.updateQuestion.mutationOptions({ onSuccess: saved, onError }));

  const submit = (values: QuestionValues) => {
    const body = bodyOf(values);
    if (question) update.mutate({ id: question.id, ...body });
    else create.mutate({ bankId, ...body });
  };

  const title = readOnly ? label('viewTitle') : question ? label('editTitle') : label('createTitle');

  return (
    <FormModal<QuestionValues>
      form={form}
      mutation={question ? update : create}
      open
      width={640}
      title={title}
      okButtonProps={{ 'data-testid': 'question-form-save' } as ButtonProps}
      {...(readOnly && { footer: null })}
      onCancel={onClose}
      initialValues={valuesOf(question)}
      onFinish={submit}
      testId="question-form"
    >
      {question && question.asked > 0 && !readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('quizzes.question.fixedNote', { count: question.asked })}
          data-testid="question-form-fixed"
        />
      )}
      <Form.Item name="kind" label={label('kind')} rules={[rules.choose(label('kind'))]}>
        <Radio.Group
          optionType="button"
          disabled={fixed}
          options={questionKinds.map((value) => ({ value, label: t(`common.questionKind.${value}`) }))}
          data-testid="question-form-kind"
        />
      </Form.Item>
      <Form.Item
        name="stem"
        label={label('stem')}
        extra={kind === 'blank' ? label('stemBlankHint') : undefined}
        rules={[rules.required(label('stem')), rules.maxLength(limits.stemMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={limits.stemMax}
          showCount
          disabled={readOnly}
          data-testid="question-form-stem"
        />
      </Form.Item>
      {(kind === 'single' || kind === 'multiple') && (
        <ChoiceList form={form} kind={kind} fixed={fixed} readOnly={readOnly} t={t} />
      )}
      {kind === 'truefalse' && (
        <Form.Item name="truth" label={label('truth')} rules={[rules.choose(label('truthField'))]}>
          <Radio.Group
            disabled={fixed}
            options={[
              { value: true, label: label('true') },
              { value: false, label: label('false') },
            ]}
            data-testid="question-form-truth"
          />
        </Form.Item>
      )}
      {kind === 'blank' && <AcceptedList fixed={fixed} t={t} />}
      <Form.Item
        name="points"
        label={label('points')}
        extra={fixed && !readOnly ? label('fixedField') : label('pointsHint')}
        rules={[
          { required: true, message: t('common:required', { field: label('points') }) },
          {
            type: 'integer',
            min: 1,
            max: limits.questionPointsMax,
            message: t('quizzes.question.pointsRange', { max: limits.questionPointsMax }),
          },
        ]}
      >
        <InputNumber
          min={1}
          max={limits.questionPointsMax}
          precision={0}
          disabled={fixed}
          style={{ width: 160 }}
          data-testid="question-form-points"
        />
      </Form.Item>
      <Form.Item
        name="explanation"
        label={label('explanation')}
        extra={label('explanationHint')}
        rules={[rules.maxLength(limits.explanationMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={limits.explanationMax}
          showCount
          disabled={readOnly}
          data-testid="question-form-explanation"
        />
      </Form.Item>
    </FormModal>
  );
}

type ListProps = { form: FormInstance<QuestionValues>; fixed: boolean; t: TFunction };

/** A choice question's choices, each with its mark: a radio (one right) or a check box (one or more). */
function ChoiceList({
  form,
  kind,
  fixed,
  readOnly,
  t,
}: ListProps & { kind: 'single' | 'multiple'; readOnly: boolean }) {
  const rules = formRules(t);
  const label = (key: string) => t(`quizzes.question.${key}`);
  // Marking one choice right in a single choice unmarks the others (the form's own change marks it edited).
  const pickOnly = (index: number) => {
    const options = (form.getFieldValue('options') as QuestionValues['options']) ?? [];
    options.forEach((option, i) => {
      if (i !== index && option.right) form.setFieldValue(['options', i, 'right'], false);
    });
  };
  // The marks are checked with the list: a mark changed takes its word away (or puts it back) at once.
  const recheck = () => {
    if (form.getFieldError(['options']).length) void form.validateFields([['options']]).catch(() => undefined);
  };
  return (
    <Form.List
      name="options"
      rules={[
        {
          validator: async (_, options: QuestionValues['options']) => {
            const problem = optionsProblem(form.getFieldValue('kind'), options ?? []);
            if (problem)
              throw new Error(
                t(`quizzes.question.errors.${problem.key}`, {
                  count: problem.count,
                  min: limits.optionsMin,
                  max: limits.optionsMax,
                }),
              );
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item
          label={label(kind === 'single' ? 'optionsSingle' : 'optionsMultiple')}
          extra={fixed && !readOnly ? label('fixedOptions') : undefined}
          required
        >
          <Flex vertical gap={8} data-testid="question-form-options">
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="center">
                <Form.Item name={[field.name, 'right']} valuePropName="checked" noStyle>
                  {kind === 'single' ? (
                    <Radio
                      disabled={fixed}
                      aria-label={t('quizzes.question.markRight', { letter: letterOf(index) })}
                      data-testid={`question-option-right-${index}`}
                      onChange={(event) => {
                        if (event.target.checked) pickOnly(index);
                        recheck();
                      }}
                    />
                  ) : (
                    <Checkbox
                      disabled={fixed}
                      aria-label={t('quizzes.question.markRight', { letter: letterOf(index) })}
                      data-testid={`question-option-right-${index}`}
                      onChange={recheck}
                    />
                  )}
                </Form.Item>
                <Typography.Text strong style={{ width: 16, flex: 'none' }}>
                  {letterOf(index)}
                </Typography.Text>
                <Form.Item
                  name={[field.name, 'text']}
                  noStyle
                  rules={[
                    rules.required(t('quizzes.question.optionField', { letter: letterOf(index) })),
                    rules.maxLength(limits.optionMax),
                  ]}
                >
                  <Input
                    maxLength={limits.optionMax}
                    disabled={readOnly}
                    placeholder={t('quizzes.question.optionPlaceholder', { letter: letterOf(index) })}
                    aria-label={t('quizzes.question.optionField', { letter: letterOf(index) })}
                    data-testid={`question-option-${index}`}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                </Form.Item>
                {!fixed && (
                  <Button
                    type="text"
                    size="small"
                    disabled={fields.length <= limits.optionsMin}
                    onClick={() => remove(field.name)}
                    data-testid={`question-option-remove-${index}`}
                  >
                    {label('remove')}
                  </Button>
                )}
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            {!fixed && fields.length < limits.optionsMax && (
              <Button
                onClick={() => add(emptyOption())}
                style={{ alignSelf: 'flex-start' }}
                data-testid="question-option-add"
              >
                {label('addOption')}
              </Button>
            )}
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** A blank's accepted texts: 1 to 5, any of which counts as right. */
function AcceptedList({ fixed, t }: Omit<ListProps, 'form'>) {
  const rules = formRules(t);
  const label = (key: string) => t(`quizzes.question.${key}`);
  return (
    <Form.List
      name="accepted"
      rules={[
        {
          validator: async (_, accepted: string[]) => {
            const problem = acceptedProblem(accepted ?? []);
            if (problem) throw new Error(t(`quizzes.question.errors.${problem.key}`, { max: limits.blankAnswersMax }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label('accepted')} extra={fixed ? label('fixedAccepted') : label('acceptedHint')} required>
          <Flex vertical gap={8} data-testid="question-form-accepted">
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="center">
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={[rules.required(label('acceptedField')), rules.maxLength(limits.blankAnswerMax)]}
                >
                  <Input
                    maxLength={limits.blankAnswerMax}
                    disabled={fixed}
                    aria-label={t('quizzes.question.acceptedNumber', { number: index + 1 })}
                    data-testid={`question-accepted-${index}`}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                </Form.Item>
                {!fixed && (
                  <Button
                    type="text"
                    size="small"
                    disabled={fields.length <= 1}
                    onClick={() => remove(field.name)}
                    data-testid={`question-accepted-remove-${index}`}
                  >
                    {label('remove')}
                  </Button>
                )}
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            {!fixed && fields.length < limits.blankAnswersMax && (
              <Button onClick={() => add('')} style={{ alignSelf: 'flex-start' }} data-testid="question-accepted-add">
                {label('addAccepted')}
              </Button>
            )}
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
