// A question bank's page (题库): its questions in the order they were added, found by kind and by whether retired,
// each with its points, how many submitted attempts asked it and how many of them answered it rightly. The course's
// editors add and change questions (by kind, in a dialog), retire one (drawn no more; the attempts that drew it still
// grade and show it) and restore it, and rename the bank. The bank comes with its course from the server
// (`training.quizzes.bank`): the heading, the breadcrumb and the way back to the course's quizzes tab read it, so the
// page's address is the bank's alone.
import { PlusOutlined } from '@ant-design/icons';
import { questionKinds } from '@strata/contract';
import { errorMessage, PageFrame, Permitted, RecordStates, useAccess, useRecordRoute } from '@strata/ui';
import { type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Flex, Select, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, type ReactElement, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tabular } from '../courses/course-tags';
import { useTRPC } from '../trpc';
import { questionsSpec, toQuestionListInput } from './questions-spec';
import { courseQuizzesPath, rateText } from './quiz-tags';
import type { BankDetail, EditorQuestion } from './quiz-types';

const QuestionFormModal = lazy(() => import('./question-form-modal').then((m) => ({ default: m.QuestionFormModal })));
const BankNameModal = lazy(() => import('./bank-name-modal').then((m) => ({ default: m.BankNameModal })));

export function BankPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  // Until the bank is here its course is not known: the way out of a bad address is the courses' list.
  const route = useRecordRoute(`${basePath}/courses`);
  const bank = useQuery({ ...trpc.training.quizzes.bank.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={bank}
      notFound={
        <RecordNotFound
          title={t('quizzes.bank.notFound')}
          text={t('quizzes.bank.notFoundText')}
          back={t('quizzes.bank.backToCourses')}
          listPath={route.listPath}
          testId="bank-not-found"
        />
      }
      title={t('quizzes.bank.title')}
      listTitle={t('courses.title')}
    >
      {(shown) => <BankView bank={shown} basePath={basePath} />}
    </RecordStates>
  );
}

type Opened = { question: EditorQuestion | undefined; readOnly: boolean } | 'rename' | undefined;

function BankView({ bank, basePath }: { bank: BankDetail; basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  // The bank's course is known now: back (with no page behind) leads to its quizzes tab.
  const { listPath, back } = useRecordRoute(courseQuizzesPath(basePath, bank.courseId));
  const queryClient = useQueryClient();
  const access = useAccess();
  const { modal, message } = App.useApp();
  const [opened, setOpened] = useState<Opened>();
  const list = useListQuery(questionsSpec);
  const input = toQuestionListInput(list.query, bank.id);
  const result = useQuery({
    ...trpc.training.quizzes.questions.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  // The server's word (the course managed, not archived) and the reader's grants agree.
  const canManage = bank.canManage && access.can('training.manage', bank.unitId);
  const done = (word: string) => async () => {
    message.success(t(`quizzes.bank.${word}`));
    await queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.pathKey() });
  };
  const retire = useMutation(trpc.training.quizzes.retireQuestion.mutationOptions({ onSuccess: done('retiredNow') }));
  const restore = useMutation(
    trpc.training.quizzes.restoreQuestion.mutationOptions({ onSuccess: done('restoredNow') }),
  );
  const failed = retire.error ?? restore.error;
  const reset = () => {
    retire.reset();
    restore.reset();
  };
  const okProps = (testId: string, danger = false) => ({ 'data-testid': testId, danger }) as ButtonProps;
  const askRetire = (question: EditorQuestion) => {
    reset();
    modal.confirm({
      title: t('quizzes.bank.retireTitle'),
      content: t('quizzes.bank.retireText'),
      okText: t('quizzes.bank.retire'),
      okButtonProps: okProps('question-retire-ok', true),
      onOk: () => retire.mutateAsync({ id: question.id }).catch(() => undefined),
    });
  };
  const askRestore = (question: EditorQuestion) => {
    reset();
    modal.confirm({
      title: t('quizzes.bank.restoreTitle'),
      content: t('quizzes.bank.restoreText'),
      okText: t('quizzes.bank.restore'),
      okButtonProps: okProps('question-restore-ok'),
      onOk: () => restore.mutateAsync({ id: question.id }).catch(() => undefined),
    });
  };
  const manage = (node: ReactElement<Record<string, unknown>>) =>
    canManage ? (
      <Permitted permission="training.manage" unitId={bank.unitId}>
        {node}
      </Permitted>
    ) : null;

  return (
    <PageFrame
      title={bank.name}
      documentTitle={t('quizzes.bank.title')}
      breadcrumbs={[
        { title: t('courses.title'), path: `${basePath}/courses` },
        { title: bank.courseTitle, path: listPath },
      ]}
      onBack={back}
      testId="bank-page"
      extra={
        <Flex wrap gap={8}>
          {manage(
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpened({ question: undefined, readOnly: false })}
              data-testid="question-create"
            >
              {t('quizzes.bank.addQuestion')}
            </Button>,
          )}
          {manage(
            <Button onClick={() => setOpened('rename')} data-testid="bank-rename">
              {t('quizzes.bank.rename')}
            </Button>,
          )}
        </Flex>
      }
    >
      <Flex wrap gap={8} align="center" data-testid="bank-heading">
        <Typography.Text type="secondary" data-testid="bank-course">
          {bank.courseTitle}
        </Typography.Text>
        <Typography.Text type="secondary" style={tabular} data-testid="bank-counts">
          {t('quizzes.bank.counts', { active: bank.questions, retired: bank.retired })}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('quizzes.bank.intro')}
      </Typography.Paragraph>
      {failed && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: reset }}
          title={t('quizzes.bank.failed')}
          description={errorMessage(failed, t)}
          data-testid="bank-failed"
        />
      )}
      <ListTable<EditorQuestion, (typeof questionsSpec)['filters'], never>
        listId="training.questions"
        label={t('quizzes.bank.tableLabel')}
        userId={access.userId}
        testId="questions"
        list={list}
        rowKey="id"
        columns={questionColumns(t, {
          canManage,
          manage,
          onOpen: (question) => setOpened({ question, readOnly: !canManage }),
          onRetire: askRetire,
          onRestore: askRestore,
          busy: retire.isPending || restore.isPending,
        })}
        result={result}
        scrollX={960}
        emptyText={t(canManage ? 'quizzes.bank.empty' : 'quizzes.bank.emptyReadOnly')}
        searchFields={useSearchFields()}
        actions={null}
      />
      {opened && (
        <Suspense fallback={null}>
          {opened === 'rename' ? (
            <BankNameModal courseId={bank.courseId} bank={bank} onClose={() => setOpened(undefined)} />
          ) : (
            <QuestionFormModal
              bankId={bank.id}
              question={opened.question}
              readOnly={opened.readOnly}
              onClose={() => setOpened(undefined)}
            />
          )}
        </Suspense>
      )}
    </PageFrame>
  );
}

function useSearchFields(): SearchField[] {
  const { t } = useTranslation('training');
  const f = (key: string) => t(`quizzes.bank.filters.${key}`);
  return [
    {
      name: 'kind',
      label: f('kind'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={questionKinds.map((value) => ({ value, label: t(`common.questionKind.${value}`) }))}
          data-testid="questions-filter-kind"
        />
      ),
    },
    {
      name: 'retired',
      label: f('state'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={[
            { value: 'false', label: f('active') },
            { value: 'true', label: f('retired') },
          ]}
          data-testid="questions-filter-retired"
        />
      ),
    },
  ];
}

type ColumnOptions = {
  canManage: boolean;
  manage: (node: ReactElement<Record<string, unknown>>) => ReactElement | null;
  onOpen: (question: EditorQuestion) => void;
  onRetire: (question: EditorQuestion) => void;
  onRestore: (question: EditorQuestion) => void;
  busy: boolean;
};

function questionColumns(t: TFunction, o: ColumnOptions): ListColumn<EditorQuestion>[] {
  const c = (key: string) => t(`quizzes.bank.columns.${key}`);
  return [
    { key: 'stem', title: c('stem'), width: 320, ellipsis: true, render: (_, q) => q.stem },
    { key: 'kind', title: c('kind'), width: 90, render: (_, q) => t(`common.questionKind.${q.kind}`) },
    { key: 'points', title: c('points'), width: 70, render: (_, q) => <span style={tabular}>{q.points}</span> },
    { key: 'asked', title: c('asked'), width: 80, render: (_, q) => <span style={tabular}>{q.asked}</span> },
    {
      key: 'rate',
      title: c('rate'),
      width: 90,
      render: (_, q) => (
        <span style={tabular} data-testid={`question-rate-${q.id}`}>
          {rateText(t, q.correct, q.asked)}
        </span>
      ),
    },
    {
      key: 'state',
      title: c('state'),
      width: 90,
      render: (_, q) => (
        <Tag
          color={q.retired ? 'default' : 'green'}
          style={{ marginInlineEnd: 0 }}
          data-testid={`question-state-${q.id}`}
        >
          {t(q.retired ? 'quizzes.bank.filters.retired' : 'quizzes.bank.filters.active')}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (_, q) => (
        <Flex wrap gap={4}>
          {o.canManage ? (
            o.manage(
              <Button type="link" size="small" onClick={() => o.onOpen(q)} data-testid={`question-edit-${q.id}`}>
                {t('quizzes.bank.edit')}
              </Button>,
            )
          ) : (
            <Button
              type="link"
              size="small"
              onClick={() => o.onOpen(q)}
              data-neutral
              data-testid={`question-view-${q.id}`}
            >
              {t('quizzes.bank.view')}
            </Button>
          )}
          {o.manage(
            q.retired ? (
              <Button
                type="link"
                size="small"
                disabled={o.busy}
                onClick={() => o.onRestore(q)}
                data-testid={`question-restore-${q.id}`}
              >
                {t('quizzes.bank.restore')}
              </Button>
            ) : (
              <Button
                type="link"
                size="small"
                danger
                disabled={o.busy}
                onClick={() => o.onRetire(q)}
                data-testid={`question-retire-${q.id}`}
              >
                {t('quizzes.bank.retire')}
              </Button>
            ),
          )}
        </Flex>
      ),
    },
  ];
}
