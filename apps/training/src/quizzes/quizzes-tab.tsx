// A course's quizzes tab: its question banks (name, active and retired questions; created and renamed here, each
// opening its page of questions) and its quizzes (the bank each draws from, the questions per attempt, the time
// limit, the attempts, the pass score, the state), created and changed in a dialog, published and closed after a
// question, each leading to its results. For the course's editors; one who may not change the course (archived)
// reads the same, without the acts.
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert, errorMessage, Permitted, useAccess, useScrollRegion } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Empty,
  Flex,
  Skeleton,
  Table,
  type TableColumnType,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { lazy, type ReactElement, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tabular } from '../courses/course-tags';
import { useTRPC } from '../trpc';
import { bankPath, QuizStatusTag, resultsPath } from './quiz-tags';
import type { BankRow, QuizRow } from './quiz-types';

const BankNameModal = lazy(() => import('./bank-name-modal').then((m) => ({ default: m.BankNameModal })));
const QuizFormModal = lazy(() => import('./quiz-form-modal').then((m) => ({ default: m.QuizFormModal })));

type Props = { courseId: number; unitId: number; basePath: string; canManage: boolean };

type Opened = { bank: BankRow | 'new' } | { quiz: QuizRow | 'new' } | undefined;

export function QuizzesTab({ courseId, unitId, basePath, canManage }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { modal, message } = App.useApp();
  const [opened, setOpened] = useState<Opened>();
  const banks = useQuery(trpc.training.quizzes.banks.queryOptions({ courseId }));
  const quizzes = useQuery(trpc.training.quizzes.list.queryOptions({ courseId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.pathKey() });
  const done = (word: string) => async () => {
    message.success(t(`quizzes.tab.${word}`));
    await refresh();
  };
  const publish = useMutation(trpc.training.quizzes.publish.mutationOptions({ onSuccess: done('publishedNow') }));
  const close = useMutation(trpc.training.quizzes.close.mutationOptions({ onSuccess: done('closedNow') }));
  const failed = publish.error ?? close.error;
  const mayTeach = access.can('training.teach', unitId);
  const bankRows = banks.data ?? [];

  const okProps = (testId: string, danger = false) => ({ 'data-testid': testId, danger }) as ButtonProps;
  const askPublish = (quiz: QuizRow) => {
    const bank = bankRows.find((b) => b.id === quiz.bankId);
    const short = bank !== undefined && bank.questions < quiz.questionCount;
    publish.reset();
    close.reset();
    modal.confirm({
      title: t(`quizzes.tab.${quiz.status === 'closed' ? 'reopenTitle' : 'publishTitle'}`, { title: quiz.title }),
      content: (
        <Flex vertical gap={8}>
          <span>{t('quizzes.tab.publishText')}</span>
          {short && (
            <Typography.Text type="warning" data-testid="quiz-publish-short">
              {t('quizzes.tab.publishShort', { count: bank.questions, questionCount: quiz.questionCount })}
            </Typography.Text>
          )}
        </Flex>
      ),
      okText: t('quizzes.tab.publish'),
      okButtonProps: okProps('quiz-publish-ok'),
      onOk: () => publish.mutateAsync({ id: quiz.id }).catch(() => undefined),
    });
  };
  const askClose = (quiz: QuizRow) => {
    publish.reset();
    close.reset();
    modal.confirm({
      title: t('quizzes.tab.closeTitle', { title: quiz.title }),
      content: t('quizzes.tab.closeText'),
      okText: t('quizzes.tab.close'),
      okButtonProps: okProps('quiz-close-ok', true),
      onOk: () => close.mutateAsync({ id: quiz.id }).catch(() => undefined),
    });
  };

  const manage = (node: ReactElement<Record<string, unknown>>) =>
    canManage ? (
      <Permitted permission="training.manage" unitId={unitId}>
        {node}
      </Permitted>
    ) : null;

  return (
    <Flex vertical gap={16} data-testid="quizzes-tab">
      {failed && (
        <Alert
          type="error"
          showIcon
          closable={{
            onClose: () => {
              publish.reset();
              close.reset();
            },
          }}
          title={t('quizzes.tab.failed')}
          description={errorMessage(failed, t)}
          data-testid="quizzes-failed"
        />
      )}
      <Card
        size="small"
        title={t('quizzes.tab.quizzesTitle')}
        extra={
          bankRows.length > 0 &&
          manage(
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setOpened({ quiz: 'new' })}
              data-testid="quiz-create"
            >
              {t('quizzes.tab.createQuiz')}
            </Button>,
          )
        }
        data-testid="quizzes-card"
      >
        {quizzes.error ? (
          <ErrorAlert error={quizzes.error} onRetry={() => void quizzes.refetch()} />
        ) : quizzes.data === undefined ? (
          <Skeleton active />
        ) : (
          <ScrollingTable<QuizRow>
            label={t('quizzes.tab.quizzesTitle')}
            rows={quizzes.data}
            columns={quizColumns(t, {
              basePath,
              mayTeach,
              manage,
              onEdit: (quiz) => setOpened({ quiz }),
              onPublish: askPublish,
              onClose: askClose,
              busy: publish.isPending || close.isPending,
            })}
            empty={t(bankRows.length > 0 ? 'quizzes.tab.noQuizzes' : 'quizzes.tab.noQuizzesNoBank')}
            testId="quizzes-table"
            scrollX={940}
          />
        )}
      </Card>
      <Card
        size="small"
        title={t('quizzes.tab.banksTitle')}
        extra={manage(
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setOpened({ bank: 'new' })}
            data-testid="bank-create"
          >
            {t('quizzes.tab.createBank')}
          </Button>,
        )}
        data-testid="banks-card"
      >
        {banks.error ? (
          <ErrorAlert error={banks.error} onRetry={() => void banks.refetch()} />
        ) : banks.data === undefined ? (
          <Skeleton active />
        ) : (
          <ScrollingTable<BankRow>
            label={t('quizzes.tab.banksTitle')}
            rows={banks.data}
            columns={bankColumns(t, { basePath, manage, onRename: (bank) => setOpened({ bank }) })}
            empty={t(canManage ? 'quizzes.tab.noBanks' : 'quizzes.tab.noBanksReadOnly')}
            testId="banks-table"
            scrollX={560}
          />
        )}
      </Card>
      {opened && (
        <Suspense fallback={null}>
          {'bank' in opened ? (
            <BankNameModal
              courseId={courseId}
              bank={opened.bank === 'new' ? undefined : opened.bank}
              onClose={() => setOpened(undefined)}
            />
          ) : (
            <QuizFormModal
              courseId={courseId}
              banks={bankRows}
              quiz={opened.quiz === 'new' ? undefined : opened.quiz}
              onClose={() => setOpened(undefined)}
            />
          )}
        </Suspense>
      )}
    </Flex>
  );
}

type TableProps<Row> = {
  label: string;
  rows: Row[];
  columns: TableColumnType<Row>[];
  empty: string;
  testId: string;
  scrollX: number;
};

/** A short list of the course's (no paging): wider than a phone, it scrolls in its own region. */
function ScrollingTable<Row extends { id: number }>({ label, rows, columns, empty, testId, scrollX }: TableProps<Row>) {
  const box = useScrollRegion(label);
  return (
    <div ref={box}>
      <Table<Row>
        rowKey="id"
        size="small"
        aria-label={label}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={`${testId}-empty`} />,
        }}
        data-testid={testId}
      />
    </div>
  );
}

type Manage = (node: ReactElement<Record<string, unknown>>) => ReactElement | null;

type QuizColumnOptions = {
  basePath: string;
  mayTeach: boolean;
  manage: Manage;
  onEdit: (quiz: QuizRow) => void;
  onPublish: (quiz: QuizRow) => void;
  onClose: (quiz: QuizRow) => void;
  busy: boolean;
};

function quizColumns(t: TFunction, o: QuizColumnOptions): TableColumnType<QuizRow>[] {
  const c = (key: string) => t(`quizzes.tab.columns.${key}`);
  const figure = (value: number | string, testId?: string) => (
    <span style={tabular} data-testid={testId}>
      {value}
    </span>
  );
  return [
    {
      key: 'title',
      title: c('title'),
      width: 200,
      render: (_, quiz) => <span style={{ overflowWrap: 'anywhere' }}>{quiz.title}</span>,
    },
    { key: 'bank', title: c('bank'), dataIndex: 'bankName', width: 150, ellipsis: true },
    { key: 'count', title: c('questionCount'), width: 90, render: (_, q) => figure(q.questionCount) },
    {
      key: 'minutes',
      title: c('timeLimit'),
      width: 100,
      render: (_, q) => figure(t('common.minutes', { count: q.timeLimitMinutes })),
    },
    { key: 'attempts', title: c('attempts'), width: 90, render: (_, q) => figure(q.attemptsAllowed) },
    {
      key: 'pass',
      title: c('passScore'),
      width: 90,
      render: (_, q) => figure(t('common.score', { score: q.passScore })),
    },
    {
      key: 'status',
      title: c('status'),
      width: 90,
      render: (_, q) => <QuizStatusTag status={q.status} testId={`quiz-status-${q.id}`} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      fixed: 'right',
      render: (_, quiz) => (
        <Flex wrap gap={4} align="center">
          {o.mayTeach && (
            <Link to={resultsPath(o.basePath, quiz.id)} data-testid={`quiz-results-${quiz.id}`}>
              {t('quizzes.tab.results')}
            </Link>
          )}
          {o.manage(
            <Button type="link" size="small" onClick={() => o.onEdit(quiz)} data-testid={`quiz-edit-${quiz.id}`}>
              {t('quizzes.tab.edit')}
            </Button>,
          )}
          {quiz.status !== 'published' &&
            o.manage(
              <Button
                type="link"
                size="small"
                disabled={o.busy}
                onClick={() => o.onPublish(quiz)}
                data-testid={`quiz-publish-${quiz.id}`}
              >
                {t(quiz.status === 'closed' ? 'quizzes.tab.reopen' : 'quizzes.tab.publish')}
              </Button>,
            )}
          {quiz.status === 'published' &&
            o.manage(
              <Button
                type="link"
                size="small"
                danger
                disabled={o.busy}
                onClick={() => o.onClose(quiz)}
                data-testid={`quiz-close-${quiz.id}`}
              >
                {t('quizzes.tab.close')}
              </Button>,
            )}
        </Flex>
      ),
    },
  ];
}

type BankColumnOptions = { basePath: string; manage: Manage; onRename: (bank: BankRow) => void };

function bankColumns(t: TFunction, o: BankColumnOptions): TableColumnType<BankRow>[] {
  const c = (key: string) => t(`quizzes.tab.columns.${key}`);
  return [
    {
      key: 'name',
      title: c('bankName'),
      width: 220,
      render: (_, bank) => (
        <Link
          to={bankPath(o.basePath, bank.id)}
          style={{ overflowWrap: 'anywhere' }}
          data-testid={`bank-link-${bank.id}`}
        >
          {bank.name}
        </Link>
      ),
    },
    {
      key: 'questions',
      title: c('activeQuestions'),
      width: 100,
      render: (_, bank) => (
        <span style={tabular} data-testid={`bank-questions-${bank.id}`}>
          {bank.questions}
        </span>
      ),
    },
    {
      key: 'retired',
      title: c('retiredQuestions'),
      width: 100,
      render: (_, bank) => <span style={tabular}>{bank.retired}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      fixed: 'right',
      render: (_, bank) =>
        o.manage(
          <Button type="link" size="small" onClick={() => o.onRename(bank)} data-testid={`bank-rename-${bank.id}`}>
            {t('quizzes.tab.rename')}
          </Button>,
        ),
    },
  ];
}
