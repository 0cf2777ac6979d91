// A drawn question as the learner answers it: its number, kind and points, the stem, and the control its kind takes
// (one option, any options, true or false, a text). No key, no explanation: the attempt carries none.
import { trainingLimits } from '@strata/contract';
import { Card, Checkbox, Flex, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AskedQuestion, Given } from './learn-types';
import { answered } from './quiz-answers';

/** "A", "B"... for the option at a shown position. */
export const optionLetter = (position: number) => String.fromCharCode(65 + position);

type Props = {
  question: AskedQuestion;
  number: number;
  given: Given | undefined;
  onAnswer: (given: Given) => void;
  disabled: boolean;
};

export function QuestionCard({ question, number, given, onAnswer, disabled }: Props) {
  const { t } = useTranslation('training');
  const id = question.questionId;
  const label = t('learn.quiz.questionNumber', { number });
  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{label}</Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`common.questionKind.${question.kind}`)}</Tag>
          <Typography.Text type="secondary">{t('common.score', { score: question.points })}</Typography.Text>
        </Flex>
      }
      extra={
        answered(given) ? (
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t('learn.quiz.answered')}
          </Tag>
        ) : null
      }
      data-testid={`quiz-question-${id}`}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {question.stem}
        </Typography.Paragraph>
        <Answer question={question} label={label} given={given} onAnswer={onAnswer} disabled={disabled} />
      </Flex>
    </Card>
  );
}

type AnswerProps = Omit<Props, 'number'> & { label: string };

function Answer({ question, label, given, onAnswer, disabled }: AnswerProps) {
  const { t } = useTranslation('training');
  const id = question.questionId;
  switch (question.kind) {
    case 'single':
      return (
        <Radio.Group
          value={Array.isArray(given) ? given[0] : undefined}
          onChange={(event) => onAnswer([event.target.value as number])}
          disabled={disabled}
          aria-label={label}
          data-testid={`quiz-answer-${id}`}
        >
          <Flex vertical gap={8}>
            {question.choices.map((choice, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an option is its shown position (the server's own reference)
              <Radio key={position} value={position} data-testid={`quiz-option-${id}-${position}`}>
                <Choice position={position} text={choice} />
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      );
    case 'multiple': {
      const chosen = Array.isArray(given) ? given : [];
      return (
        <Flex vertical gap={8} role="group" aria-label={label} data-testid={`quiz-answer-${id}`}>
          <Typography.Text type="secondary">{t('learn.quiz.chooseAll')}</Typography.Text>
          {question.choices.map((choice, position) => (
            <Checkbox
              // biome-ignore lint/suspicious/noArrayIndexKey: an option is its shown position (the server's own reference)
              key={position}
              checked={chosen.includes(position)}
              disabled={disabled}
              onChange={(event) =>
                onAnswer(
                  event.target.checked
                    ? [...chosen, position].sort((a, b) => a - b)
                    : chosen.filter((p) => p !== position),
                )
              }
              data-testid={`quiz-option-${id}-${position}`}
            >
              <Choice position={position} text={choice} />
            </Checkbox>
          ))}
        </Flex>
      );
    }
    case 'truefalse':
      return (
        <Radio.Group
          value={typeof given === 'boolean' ? given : undefined}
          onChange={(event) => onAnswer(event.target.value as boolean)}
          disabled={disabled}
          aria-label={label}
          data-testid={`quiz-answer-${id}`}
        >
          <Flex gap={24}>
            <Radio value={true} data-testid={`quiz-option-${id}-true`}>
              {t('learn.quiz.true')}
            </Radio>
            <Radio value={false} data-testid={`quiz-option-${id}-false`}>
              {t('learn.quiz.false')}
            </Radio>
          </Flex>
        </Radio.Group>
      );
    case 'blank':
      return (
        <Input
          value={typeof given === 'string' ? given : ''}
          onChange={(event) => onAnswer(event.target.value)}
          maxLength={trainingLimits.blankAnswerMax}
          disabled={disabled}
          placeholder={t('learn.quiz.blankPlaceholder')}
          aria-label={label}
          autoComplete="off"
          data-testid={`quiz-answer-${id}`}
        />
      );
  }
}

export function Choice({ position, text }: { position: number; text: string }) {
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      {optionLetter(position)}. {text}
    </span>
  );
}
