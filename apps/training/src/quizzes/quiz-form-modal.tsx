// Creating a quiz of a course or changing one: the bank it draws from, its title, the questions drawn per attempt,
// the time limit, the attempts each learner has and the pass score. A draft changes freely. A published (or closed)
// quiz keeps the terms its learners started under: only the title changes and the attempts may only go up, so the
// other fields are shown disabled with the reason (the server refuses them too, on the field).
import { trainingLimits as limits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { BankRow, QuizRow } from './quiz-types';

type Values = {
  bankId: number | undefined;
  title: string;
  questionCount: number;
  timeLimitMinutes: number;
  attemptsAllowed: number;
  passScore: number;
};

type Props = {
  courseId: number;
  banks: BankRow[];
  /** The quiz changed, or none for a new one. */
  quiz: QuizRow | undefined;
  onClose: () => void;
};

const newQuiz = { questionCount: 10, timeLimitMinutes: 30, attemptsAllowed: 3, passScore: 60 };

export function QuizFormModal({ courseId, banks, quiz, onClose }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`quizzes.quizForm.${key}`);
  const bankId = Form.useWatch('bankId', form);
  const bank = banks.find((b) => b.id === bankId);
  /** Published or closed: the terms stay, the title changes, the attempts only go up. */
  const settled = quiz !== undefined && quiz.status !== 'draft';
  const saved = async () => {
    message.success(label(quiz ? 'updated' : 'created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.pathKey() });
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(trpc.training.quizzes.create.mutationOptions({ onSuccess: saved, onError }));
  const update = useMutation(trpc.training.quizzes.update.mutationOptions({ onSuccess: saved, onError }));

  const submit = (values: Values) => {
    if (values.bankId === undefined) return;
    const terms = {
      bankId: values.bankId,
      title: values.title.trim(),
      questionCount: values.questionCount,
      timeLimitMinutes: values.timeLimitMinutes,
      attemptsAllowed: values.attemptsAllowed,
      passScore: values.passScore,
    };
    if (quiz) update.mutate({ id: quiz.id, ...terms });
    else create.mutate({ courseId, ...terms });
  };

  const whole = (min: number, max: number, key: string) => ({
    type: 'integer' as const,
    min,
    max,
    message: t(`quizzes.quizForm.${key}`, { min, max }),
  });
  /** A number typed in (formRules' `required` is for text). */
  const filled = (field: string) => ({ required: true, message: t('common:required', { field }) });
  const fixedExtra = settled ? label('fixedField') : undefined;
  const onlyBank = banks.length === 1 ? banks[0]?.id : undefined;

  return (
    <FormModal<Values>
      form={form}
      mutation={quiz ? update : create}
      open
      width={600}
      title={quiz ? t('quizzes.quizForm.editTitle', { title: quiz.title }) : label('createTitle')}
      okButtonProps={{ 'data-testid': 'quiz-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        quiz
          ? {
              bankId: quiz.bankId,
              title: quiz.title,
              questionCount: quiz.questionCount,
              timeLimitMinutes: quiz.timeLimitMinutes,
              attemptsAllowed: quiz.attemptsAllowed,
              passScore: quiz.passScore,
            }
          : { bankId: onlyBank, title: '', ...newQuiz }
      }
      onFinish={submit}
      testId="quiz-form"
    >
      {settled && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`quizzes.quizForm.settledNote.${quiz.status}`)}
          data-testid="quiz-form-settled"
        />
      )}
      <Form.Item
        name="title"
        label={label('title')}
        rules={[rules.required(label('title')), rules.maxLength(limits.titleMax)]}
      >
        <Input maxLength={limits.titleMax} showCount data-testid="quiz-form-title" />
      </Form.Item>
      <Form.Item name="bankId" label={label('bank')} extra={fixedExtra} rules={[rules.choose(label('bank'))]}>
        <Select
          disabled={settled}
          placeholder={label('bankPlaceholder')}
          notFoundContent={label('noBanks')}
          options={banks.map((b) => ({
            value: b.id,
            label: t('quizzes.quizForm.bankOption', { name: b.name, count: b.questions }),
          }))}
          data-testid="quiz-form-bank"
        />
      </Form.Item>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="questionCount"
            label={label('questionCount')}
            extra={
              fixedExtra ??
              (bank ? t('quizzes.quizForm.bankHas', { count: bank.questions }) : label('questionCountHint'))
            }
            dependencies={['bankId']}
            rules={[
              filled(label('questionCount')),
              whole(1, limits.questionsPerQuizMax, 'countRange'),
              // Saved as a draft either way; publishing asks the bank for this many active questions.
              {
                warningOnly: true,
                validator: async (_, value: number | null) => {
                  if (!settled && bank && typeof value === 'number' && value > bank.questions)
                    throw new Error(t('quizzes.quizForm.moreThanBank', { count: bank.questions }));
                },
              },
            ]}
          >
            <InputNumber
              min={1}
              max={limits.questionsPerQuizMax}
              precision={0}
              disabled={settled}
              style={{ width: '100%' }}
              data-testid="quiz-form-count"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="timeLimitMinutes"
            label={label('timeLimit')}
            extra={fixedExtra}
            rules={[filled(label('timeLimit')), whole(1, limits.timeLimitMinutesMax, 'minutesRange')]}
          >
            <InputNumber
              min={1}
              max={limits.timeLimitMinutesMax}
              precision={0}
              disabled={settled}
              suffix={label('minutesSuffix')}
              style={{ width: '100%' }}
              data-testid="quiz-form-minutes"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="attemptsAllowed"
            label={label('attempts')}
            extra={
              settled ? t('quizzes.quizForm.attemptsOnlyUp', { count: quiz.attemptsAllowed }) : label('attemptsHint')
            }
            rules={[
              filled(label('attempts')),
              whole(
                settled ? quiz.attemptsAllowed : 1,
                limits.attemptsMax,
                settled ? 'attemptsUpRange' : 'attemptsRange',
              ),
            ]}
          >
            <InputNumber
              min={settled ? quiz.attemptsAllowed : 1}
              max={limits.attemptsMax}
              precision={0}
              style={{ width: '100%' }}
              data-testid="quiz-form-attempts"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="passScore"
            label={label('passScore')}
            extra={fixedExtra ?? label('passScoreHint')}
            rules={[filled(label('passScore')), whole(0, 100, 'passRange')]}
          >
            <InputNumber
              min={0}
              max={100}
              precision={0}
              disabled={settled}
              suffix={label('pointsSuffix')}
              style={{ width: '100%' }}
              data-testid="quiz-form-pass"
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
