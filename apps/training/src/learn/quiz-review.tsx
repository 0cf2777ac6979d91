// A submitted attempt's result (from the submission's answer, or `quizzes.review` later): the score, passed or not,
// the right answers counted, and each question with my answer, the right one and its explanation. Only a submitted
// attempt carries keys: nothing here is drawn before submission.
import { formatDateTime } from '@strata/i18n';
import { Card, Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PassTag } from '../quizzes/quiz-tags';
import { tabular } from './learn-parts';
import type { AttemptReview, ReviewedQuestion } from './learn-types';
import { Choice, optionLetter } from './quiz-questions';

export function ReviewSummary({ review }: { review: AttemptReview }) {
  const { t, i18n } = useTranslation('training');
  return (
    <Card size="small" data-testid="quiz-result">
      <Flex vertical gap={8}>
        <Flex wrap gap={12} align="center">
          <Typography.Title level={2} style={{ margin: 0, ...tabular }} data-testid="quiz-result-score">
            {t('common.score', { score: review.score })}
          </Typography.Title>
          <PassTag passed={review.passed} testId="quiz-result-passed" />
        </Flex>
        <Typography.Text style={tabular}>
          {t('learn.quiz.resultLine', {
            correct: review.correctCount,
            count: review.questions.length,
            pass: review.passScore,
          })}
        </Typography.Text>
        <Typography.Text type="secondary" style={tabular}>
          {t('learn.quiz.submittedLine', {
            number: review.number,
            at: formatDateTime(review.submittedAt, i18n.language),
          })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

export function ReviewedQuestions({ review }: { review: AttemptReview }) {
  return (
    <Flex vertical gap={12} data-testid="quiz-review">
      {review.questions.map((question, index) => (
        <ReviewedCard key={question.questionId} question={question} number={index + 1} />
      ))}
    </Flex>
  );
}

const truth = (t: TFunction, value: boolean) => (value ? t('learn.quiz.true') : t('learn.quiz.false'));

function ReviewedCard({ question, number }: { question: ReviewedQuestion; number: number }) {
  const { t } = useTranslation('training');
  const id = question.questionId;
  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{t('learn.quiz.questionNumber', { number })}</Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`common.questionKind.${question.kind}`)}</Tag>
          <Typography.Text type="secondary">{t('common.score', { score: question.points })}</Typography.Text>
        </Flex>
      }
      extra={
        <Tag color={question.right ? 'green' : 'red'} style={{ marginInlineEnd: 0 }} data-testid={`quiz-right-${id}`}>
          {question.right ? t('learn.quiz.right') : t('learn.quiz.wrong')}
        </Tag>
      }
      data-testid={`quiz-reviewed-${id}`}
    >
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {question.stem}
        </Typography.Paragraph>
        {question.kind === 'single' || question.kind === 'multiple' ? (
          <ChoicesReviewed question={question} />
        ) : (
          <Flex vertical gap={4}>
            <Typography.Text data-testid={`quiz-given-${id}`}>
              {t('learn.quiz.myAnswer')}
              {question.given === null || question.given === ''
                ? t('learn.quiz.unanswered')
                : typeof question.given === 'boolean'
                  ? truth(t, question.given)
                  : String(question.given)}
            </Typography.Text>
            <Typography.Text type="success" data-testid={`quiz-key-${id}`}>
              {t('learn.quiz.rightAnswer')}
              {typeof question.answer === 'boolean'
                ? truth(t, question.answer)
                : Array.isArray(question.answer)
                  ? question.answer.map(String).join(t('learn.quiz.or'))
                  : ''}
            </Typography.Text>
          </Flex>
        )}
        {question.explanation && (
          <Typography.Paragraph
            type="secondary"
            style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid={`quiz-explanation-${id}`}
          >
            {t('learn.quiz.explanation')}
            {question.explanation}
          </Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}

/** The options with my choice and the right ones marked (in words, not only colour). */
function ChoicesReviewed({ question }: { question: ReviewedQuestion }) {
  const { t } = useTranslation('training');
  const id = question.questionId;
  const mine = Array.isArray(question.given) ? question.given : [];
  const right = Array.isArray(question.answer) ? (question.answer as number[]) : [];
  return (
    <Flex vertical gap={4}>
      {question.choices.map((choice, position) => {
        const isMine = mine.includes(position);
        const isRight = right.includes(position);
        return (
          <Flex
            // biome-ignore lint/suspicious/noArrayIndexKey: an option is its shown position (the server's own reference)
            key={position}
            wrap
            gap={8}
            align="center"
            style={{
              padding: '4px 8px',
              borderRadius: 6,
              background: isRight
                ? 'var(--ant-color-success-bg, #f6ffed)'
                : isMine
                  ? 'var(--ant-color-error-bg, #fff2f0)'
                  : undefined,
            }}
            data-testid={`quiz-choice-${id}-${position}`}
          >
            <Typography.Text>
              <Choice position={position} text={choice} />
            </Typography.Text>
            {isMine && (
              <Tag color={isRight ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                {t('learn.quiz.myChoice')}
              </Tag>
            )}
            {isRight && (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('learn.quiz.rightChoice')}
              </Tag>
            )}
          </Flex>
        );
      })}
      {mine.length === 0 && <Typography.Text type="secondary">{t('learn.quiz.unansweredChoice')}</Typography.Text>}
      <Typography.Text type="success" data-testid={`quiz-key-${id}`}>
        {t('learn.quiz.rightAnswer')}
        {right.map(optionLetter).join(t('learn.quiz.and'))}
      </Typography.Text>
    </Flex>
  );
}
