// Importing members from a sheet at the current unit (批量导入党员): the template to download in the chosen language,
// the file read in the browser and its columns checked before anything is sent, then the rows checked and staged by
// the service chunk by chunk with a progress bar, the refused rows' problems listed (and downloadable as an error
// sheet) and the commit allowed only once every row passed. Cancel discards what was staged; a call that fails can be
// sent again. Loaded only when the dialog first opens (its button is all the registry carries).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { memberLimits } from '@strata/contract';
import { formatFileSize, type Locale } from '@strata/i18n';
import { errorMessage } from '@strata/ui';
import { downloadBlob, writeXlsxBook, type XlsxSheet } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Progress, Result, Segmented, Table, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow, ImportTemplate } from '../common/api-types';
import { membersNs, registerMembersMessages } from '../common/register-members-messages';
import { useTRPC } from '../trpc';
import { type FileProblem, importFileMaxBytes, readImportFile } from './import-file';
import { errorSheets, type ProblemLine, problemLines, templateSheets } from './import-sheets';
import { useImportRun } from './use-import-run';

type Picked = { name: string; rows: ImportRow[] } | { name: string; problem: FileProblem };
type Props = { unitId: number; onClose: () => void };

const sheetLanguages: Locale[] = ['zh-CN', 'en-US'];

export default function ImportMembersModal({ unitId, onClose }: Props) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const template = useQuery({ ...trpc.members.imports.template.queryOptions({}), staleTime: Number.POSITIVE_INFINITY });
  const [language, setLanguage] = useState<Locale>(i18n.language === 'en-US' ? 'en-US' : 'zh-CN');
  const [picked, setPicked] = useState<Picked>();
  const [reading, setReading] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const { state, start, retry, commit, discard } = useImportRun(unitId);

  const started = state.id !== null;
  const checked = started && state.sent === state.total && state.busy === null && state.failure === null;
  const done = state.imported !== null;
  const rows = picked && 'rows' in picked ? picked.rows : undefined;
  const lines = useMemo(
    () => (template.data ? problemLines({ template: template.data, language }, state.errors) : []),
    [template.data, language, state.errors],
  );

  /** Writes sheets in the chosen language (its words fetched first when the console speaks the other one). */
  const download = async (fileName: string, sheets: (words: Parameters<typeof templateSheets>[0]) => XlsxSheet[]) => {
    if (!template.data) return;
    await registerMembersMessages(i18n, language);
    const words = { template: template.data, language, t: i18n.getFixedT(language, membersNs) };
    downloadBlob(`${words.t(fileName)}.xlsx`, await writeXlsxBook(sheets(words)));
  };

  const pick = async (file: File) => {
    if (!template.data) return;
    setReading(file.name);
    const read = await readImportFile(file, template.data.columns);
    setPicked('rows' in read ? { name: file.name, rows: read.rows } : { name: file.name, problem: read });
    setReading(undefined);
  };

  const close = async () => {
    if (await discard()) onClose();
  };
  const startOver = async () => {
    if (await discard()) setPicked(undefined);
  };

  const footer = done ? (
    <Button type="primary" onClick={onClose} data-testid="import-close">
      {t('imports.close')}
    </Button>
  ) : (
    <Flex gap={8} justify="flex-end" wrap>
      <Button onClick={() => void close()} loading={state.busy === 'discard'} data-neutral data-testid="import-cancel">
        {started ? t('imports.discard') : t('imports.cancel')}
      </Button>
      {started ? (
        <Button
          type="primary"
          disabled={!checked || state.errors.length > 0 || state.refused > 0}
          loading={state.busy === 'commit'}
          onClick={() => void commit()}
          data-testid="import-commit"
        >
          {t('imports.commit', { count: state.total })}
        </Button>
      ) : (
        <Button
          type="primary"
          disabled={!rows}
          loading={state.busy === 'start'}
          onClick={() => rows && void start(rows)}
          data-testid="import-start"
        >
          {t('imports.start')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal
      open
      title={t('imports.title')}
      onCancel={() => void (done ? onClose() : close())}
      mask={{ closable: false }}
      footer={footer}
      width={760}
    >
      <Flex vertical gap={12} data-testid="import-dialog">
        {done ? (
          <Result
            status="success"
            title={t('imports.done', { count: state.imported ?? 0 })}
            data-testid="import-result"
          />
        ) : (
          <>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('imports.hint', { max: memberLimits.importMaxRows })}
            </Typography.Paragraph>
            <Flex gap={8} align="center" wrap>
              <Typography.Text id="import-language">{t('imports.language')}</Typography.Text>
              <Segmented<Locale>
                aria-labelledby="import-language"
                value={language}
                onChange={setLanguage}
                options={sheetLanguages.map((value) => ({ value, label: t(`imports.languages.${value}`) }))}
                data-testid="import-language"
              />
            </Flex>
            <Flex gap={8} wrap>
              <Button
                icon={<DownloadOutlined />}
                disabled={!template.data}
                onClick={() => void download('imports.templateFile', templateSheets)}
                data-neutral
                data-testid="import-template"
              >
                {t('imports.template')}
              </Button>
              <Button
                icon={<UploadOutlined />}
                disabled={!template.data || started}
                loading={reading !== undefined}
                onClick={() => fileInput.current?.click()}
                data-neutral
              >
                {t('imports.choose')}
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                hidden
                data-testid="import-file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void pick(file);
                }}
              />
            </Flex>
            {template.isError && <Alert type="error" showIcon title={errorMessage(template.error, t)} />}
            {reading && <Typography.Text>{t('imports.reading', { name: reading })}</Typography.Text>}
            {picked && 'problem' in picked && (
              <Alert
                type="error"
                showIcon
                title={picked.name}
                description={fileProblemText(picked.problem, template.data, language, t, i18n.language)}
                data-testid="import-file-problem"
              />
            )}
            {rows && !started && (
              <Alert
                type="info"
                showIcon
                title={t('imports.ready', { name: picked?.name, count: rows.length })}
                data-testid="import-ready"
              />
            )}
            {started && (
              <div data-testid="import-progress">
                <Progress
                  percent={Math.floor((state.sent * 100) / state.total)}
                  status={state.failure ? 'exception' : checked ? 'success' : 'active'}
                  aria-label={t('imports.progressLabel')}
                />
                <Typography.Text data-testid="import-progress-text">
                  {t('imports.progress', { done: state.sent, total: state.total })}
                </Typography.Text>
              </div>
            )}
            {state.failure && (
              <Alert
                type="error"
                showIcon
                title={t(state.failure.step === 'discard' ? 'imports.discardFailed' : 'imports.failed')}
                description={errorMessage(state.failure.error, t)}
                data-testid="import-failure"
                action={
                  state.failure.step === 'discard' ? undefined : (
                    <Button size="small" onClick={() => void retry()} data-neutral data-testid="import-retry">
                      {t('imports.retry')}
                    </Button>
                  )
                }
              />
            )}
            {checked && lines.length === 0 && (
              <Alert type="success" showIcon title={t('imports.clean', { count: state.total })} />
            )}
            {lines.length > 0 && (
              <Problems
                lines={lines}
                rows={new Set(state.errors.map((e) => e.row)).size}
                onDownload={() => void download('imports.errorFile', (words) => errorSheets(words, state.errors))}
                onStartOver={checked ? () => void startOver() : undefined}
              />
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}

type ProblemsProps = { lines: ProblemLine[]; rows: number; onDownload: () => void; onStartOver?: () => void };

/** The refused rows' problems: the row's number in the file, the column and the problem, in the sheet's language. */
function Problems({ lines, rows, onDownload, onStartOver }: ProblemsProps) {
  const { t } = useTranslation('members');
  return (
    <Flex vertical gap={8} data-testid="import-problems">
      <Alert type="warning" showIcon title={t('imports.problems.title', { rows, count: lines.length })} />
      <Flex gap={8} wrap>
        <Button icon={<DownloadOutlined />} onClick={onDownload} data-neutral data-testid="import-errors-download">
          {t('imports.problems.download')}
        </Button>
        {onStartOver && (
          <Button onClick={onStartOver} data-neutral data-testid="import-start-over">
            {t('imports.startOver')}
          </Button>
        )}
      </Flex>
      <Table<ProblemLine>
        size="small"
        rowKey="key"
        dataSource={lines}
        pagination={lines.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        columns={[
          { key: 'row', title: t('imports.problems.row'), dataIndex: 'row', width: 64 },
          { key: 'column', title: t('imports.problems.column'), dataIndex: 'column', width: '30%' },
          { key: 'problem', title: t('imports.problems.problem'), dataIndex: 'problem' },
        ]}
      />
    </Flex>
  );
}

/** Why a file cannot be imported, naming the columns in the sheet's language. */
function fileProblemText(
  problem: FileProblem,
  template: ImportTemplate | undefined,
  language: Locale,
  t: (key: string, values?: Record<string, unknown>) => string,
  consoleLanguage: string,
): string {
  const heading = (key: string) => template?.columns.find((c) => c.key === key)?.label[language] ?? key;
  const list = (columns: string[]) => columns.join(t('imports.listSeparator'));
  switch (problem.problem) {
    case 'tooBig':
      return t('imports.file.tooBig', {
        size: formatFileSize(problem.size, consoleLanguage),
        max: formatFileSize(importFileMaxBytes, consoleLanguage),
      });
    case 'tooManyRows':
      return t('imports.file.tooManyRows', { count: problem.count, max: memberLimits.importMaxRows });
    case 'unknownColumns':
    case 'repeatedColumns':
      return t(`imports.file.${problem.problem}`, { columns: list(problem.columns) });
    case 'missingColumns':
      return t('imports.file.missingColumns', { columns: list(problem.columns.map(heading)) });
    default:
      return t(`imports.file.${problem.problem}`);
  }
}
