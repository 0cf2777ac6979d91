// A quiz's results (测验成绩), for the course's trainers: every attempt of its learners, whatever their unit (the
// learner's name and unit, the attempt's number, the score with its verdict against the pass score, when it was
// submitted, its state), filtered by state, sorted and paged on the server, exported to XLSX; and each question of
// its bank as the learners answered it. The heading (the quiz's title and terms, its bank, its course) comes from the
// server with the quiz (`training.quizzes.get`, open to the course's trainers), so the page's address is the quiz's
// alone; the attempts are asked for at the same time, not after the heading.
import { attemptStatuses } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { PageFrame, RecordStates, useAccess, useRecordRoute } from '@strata/ui';
import {
  type ExportColumn,
  type ListColumn,
  type ListQueryState,
  ListTable,
  type SearchField,
  useListQuery,
} from '@strata/ui/list-page';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { tabular } from '../courses/course-tags';
import { useTRPC, useTRPCClient } from '../trpc';
import { QuestionStatsCard } from './question-stats-card';
import { AttemptStatusTag, courseQuizzesPath, PassTag, QuizStatusTag, termsText } from './quiz-tags';
import type { QuizDetail, ResultListInput, ResultPage, ResultRow, ResultSort } from './quiz-types';
import { resultsSpec, toResultListInput } from './results-spec';

export function QuizResultsPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  // Until the quiz is here its course is not known: the way out of a bad address is the courses' list for one who
  // manages courses (where a quiz is found from), "my learning" for a trainer who does not (the courses are shut).
  const manager = useAccess().has('training.manage');
  const route = useRecordRoute(manager ? `${basePath}/courses` : `${basePath}/learn`);
  const quizId = route.id;
  const quiz = useQuery({ ...trpc.training.quizzes.get.queryOptions({ id: quizId }), enabled: route.valid });
  // The attempts are asked for alongside the quiz (the list's params live in the URL, read here as in the view).
  const list = useListQuery(resultsSpec, { scope: quizId });
  const input = toResultListInput(list.query, quizId);
  const result = useQuery({
    ...trpc.training.quizzes.results.queryOptions(input),
    placeholderData: keepPreviousData,
    enabled: route.valid,
  });
  return (
    <RecordStates
      route={route}
      query={quiz}
      notFound={
        <RecordNotFound
          title={t('quizzes.results.notFound')}
          text={t('quizzes.results.notFoundText')}
          back={t(manager ? 'quizzes.results.backToCourses' : 'quizzes.results.backToLearn')}
          listPath={route.listPath}
          testId="results-not-found"
        />
      }
      title={t('quizzes.results.title')}
      listTitle={t(manager ? 'courses.title' : 'learn.title')}
    >
      {(shown) => <ResultsView quiz={shown} basePath={basePath} list={list} input={input} result={result} />}
    </RecordStates>
  );
}

type ViewProps = {
  quiz: QuizDetail;
  basePath: string;
  list: ListQueryState<(typeof resultsSpec)['filters'], ResultSort>;
  input: ResultListInput;
  /** The attempts' page, asked for by the page alongside the quiz. */
  result: { data?: ResultPage; isFetching: boolean; error: unknown; refetch: () => unknown };
};

function ResultsView({ quiz, basePath, list, input, result }: ViewProps) {
  const { t, i18n } = useTranslation('training');
  const client = useTRPCClient();
  const access = useAccess();
  // The course's page stands behind training.manage: a trainer without it is not led there (nor back to it).
  const mayOpenCourse = access.has('training.manage');
  const coursePath = courseQuizzesPath(basePath, quiz.courseId);
  const { back } = useRecordRoute(mayOpenCourse ? coursePath : `${basePath}/learn`);
  const language = i18n.language;
  const searchFields = useSearchFields();
  const crumbs = mayOpenCourse
    ? [
        { title: t('courses.title'), path: `${basePath}/courses` },
        { title: quiz.courseTitle, path: coursePath },
      ]
    : [{ title: quiz.courseTitle }];

  return (
    <PageFrame
      title={quiz.title}
      documentTitle={t('quizzes.results.title')}
      breadcrumbs={crumbs}
      onBack={back}
      testId="results-page"
    >
      <Flex wrap gap={8} align="center" data-testid="results-heading">
        <QuizStatusTag status={quiz.status} testId="results-quiz-status" />
        <Typography.Text type="secondary" data-testid="results-course">
          {quiz.courseTitle}
        </Typography.Text>
        <Typography.Text type="secondary">{t('quizzes.results.bank', { name: quiz.bankName })}</Typography.Text>
        <Typography.Text type="secondary" style={tabular} data-testid="results-terms">
          {termsText(t, quiz)}
        </Typography.Text>
      </Flex>
      <Card size="small" title={t('quizzes.results.attemptsTitle')} data-testid="results-card">
        <ListTable<ResultRow, (typeof resultsSpec)['filters'], ResultSort>
          listId="training.quizResults"
          label={t('quizzes.results.tableLabel')}
          userId={access.userId}
          testId="results"
          list={list}
          rowKey="id"
          columns={resultColumns(t, language, quiz.passScore)}
          result={result}
          scrollX={1000}
          emptyText={t('quizzes.results.empty')}
          searchFields={searchFields}
          exporting={{
            fetchPage: (page, pageSize, signal) =>
              client.training.quizzes.results.query({ ...input, page, pageSize }, { signal }),
            columns: resultExportColumns(t, language),
            fileName: t('quizzes.results.fileNameOf', { title: quiz.title }),
          }}
        />
      </Card>
      <QuestionStatsCard quizId={quiz.id} />
    </PageFrame>
  );
}

function useSearchFields(): SearchField[] {
  const { t } = useTranslation('training');
  return [
    {
      name: 'status',
      label: t('quizzes.results.filters.status'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={attemptStatuses.map((value) => ({ value, label: t(`common.attemptStatus.${value}`) }))}
          data-testid="results-filter-status"
        />
      ),
    },
  ];
}

function resultColumns(t: TFunction, language: string, passScore: number): ListColumn<ResultRow>[] {
  const c = (key: string) => t(`quizzes.results.columns.${key}`);
  const when = (value: string | null) => (
    <span style={tabular}>{value ? formatDateTime(value, language) : t('common.none')}</span>
  );
  return [
    {
      key: 'learnerName',
      title: c('learner'),
      dataIndex: 'learnerName',
      width: 120,
      sorter: true,
      fixed: 'left',
      ellipsis: true,
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 170, ellipsis: true },
    {
      key: 'number',
      title: c('number'),
      width: 90,
      render: (_, r) => <span style={tabular}>{t('quizzes.results.attemptNumber', { number: r.number })}</span>,
    },
    {
      key: 'score',
      title: t('quizzes.results.columns.scoreOf', { pass: passScore }),
      width: 150,
      sorter: true,
      render: (_, r) =>
        r.status === 'submitted' && r.score !== null ? (
          <Flex gap={6} align="center" data-testid={`result-score-${r.id}`}>
            <span style={tabular}>{t('common.score', { score: r.score })}</span>
            <PassTag passed={r.passed} testId={`result-pass-${r.id}`} />
          </Flex>
        ) : (
          <Typography.Text type="secondary" data-testid={`result-score-${r.id}`}>
            {t('common.none')}
          </Typography.Text>
        ),
    },
    { key: 'submittedAt', title: c('submittedAt'), width: 170, sorter: true, render: (_, r) => when(r.submittedAt) },
    {
      key: 'startedAt',
      title: c('startedAt'),
      width: 170,
      sorter: true,
      hidden: true,
      render: (_, r) => when(r.startedAt),
    },
    {
      key: 'status',
      title: c('status'),
      width: 100,
      render: (_, r) => <AttemptStatusTag status={r.status} testId={`result-status-${r.id}`} />,
    },
  ];
}

function resultExportColumns(t: TFunction, language: string): ExportColumn<ResultRow>[] {
  const c = (key: string) => t(`training:quizzes.results.columns.${key}`);
  return [
    { title: c('learner'), value: (r) => r.learnerName },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('number'), value: (r) => r.number },
    { title: c('status'), value: (r) => t(`training:common.attemptStatus.${r.status}`) },
    { title: c('score'), value: (r) => (r.status === 'submitted' ? (r.score ?? '') : '') },
    {
      title: c('verdict'),
      value: (r) =>
        r.status === 'submitted'
          ? t(r.passed ? 'training:quizzes.results.passed' : 'training:quizzes.results.failed')
          : '',
    },
    { title: c('startedAt'), value: (r) => formatDateTime(r.startedAt, language) },
    { title: c('submittedAt'), value: (r) => (r.submittedAt ? formatDateTime(r.submittedAt, language) : '') },
  ];
}
