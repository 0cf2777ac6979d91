// Importing bases from a sheet at the current unit (导入缴费基数): the template in the reader's language (with an example
// row) to download, the file picked read in the browser (exceljs, loaded only now) and its columns checked before
// anything is sent, then at most 2,000 rows sent at once. The server writes every row or none: the rows it refused
// are listed with their row, column and problem in words, and the dialog says nothing was written. Loaded only when
// the dialog first opens.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { calendarDay } from '@strata/i18n/days';
import { errorMessage } from '@strata/ui';
import { downloadBlob, readXlsx, writeXlsx } from '@strata/ui/list-page';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Result, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaseImportRow } from '../common/api-types';
import { useTRPC } from '../trpc';
import {
  baseImportMaxRows,
  type ProblemLine,
  problemLines,
  type SheetProblem,
  sheetRows,
  templateSheet,
} from './base-sheet';

type FileProblem = SheetProblem | { problem: 'wrongType' } | { problem: 'unreadable' };
type Picked = { name: string; rows: BaseImportRow[] } | { name: string; problem: FileProblem };

const testId = 'bases-import';

export default function ImportBasesModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Picked>();
  const [reading, setReading] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const label = (key: string) => t(`imports.${key}`);
  const importing = useMutation(
    trpc.dues.bases.import.mutationOptions({
      onSuccess: async (result) => {
        if (result.errors.length === 0) await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );
  const rows = picked && 'rows' in picked ? picked.rows : undefined;
  const result = importing.data;
  const done = result !== undefined && result.errors.length === 0;
  const lines = result ? problemLines(result.errors, t) : [];

  const downloadTemplate = async () => {
    try {
      const sheet = templateSheet(t, i18n.language, calendarDay(new Date()).slice(0, 7));
      downloadBlob(`${label('templateFile')}.xlsx`, await writeXlsx(sheet.name, sheet.header, sheet.body));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const pick = async (file: File) => {
    importing.reset();
    if (!/\.xlsx$/i.test(file.name)) {
      setPicked({ name: file.name, problem: { problem: 'wrongType' } });
      return;
    }
    setReading(file.name);
    let read: ReturnType<typeof sheetRows> | { problem: 'unreadable' };
    try {
      read = sheetRows(await readXlsx(file));
    } catch {
      read = { problem: 'unreadable' };
    }
    setPicked('rows' in read ? { name: file.name, rows: read.rows } : { name: file.name, problem: read });
    setReading(undefined);
  };

  const footer = done ? (
    <Button type="primary" onClick={onClose} data-testid={`${testId}-close`}>
      {label('close')}
    </Button>
  ) : (
    <Flex gap={8} justify="flex-end" wrap>
      <Button onClick={onClose} data-neutral data-testid={`${testId}-cancel`}>
        {label('cancel')}
      </Button>
      <Button
        type="primary"
        disabled={!rows || (result !== undefined && result.errors.length > 0)}
        loading={importing.isPending}
        onClick={() => rows && importing.mutate({ unitId, rows })}
        data-testid={`${testId}-start`}
      >
        {label('start')}
      </Button>
    </Flex>
  );

  return (
    <Modal open title={label('title')} onCancel={onClose} mask={{ closable: false }} footer={footer} width={720}>
      <Flex vertical gap={12} data-testid={`${testId}-dialog`}>
        {done ? (
          <Result
            status="success"
            title={t('imports.done', { count: result.imported })}
            data-testid={`${testId}-done`}
          />
        ) : (
          <>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('imports.hint', { max: baseImportMaxRows.toLocaleString(i18n.language) })}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button
                icon={<DownloadOutlined />}
                onClick={() => void downloadTemplate()}
                data-neutral
                data-testid={`${testId}-template`}
              >
                {label('template')}
              </Button>
              <Button
                icon={<UploadOutlined />}
                loading={reading !== undefined}
                disabled={importing.isPending}
                onClick={() => fileInput.current?.click()}
                data-neutral
                data-testid={`${testId}-choose`}
              >
                {label('choose')}
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                hidden
                data-testid={`${testId}-file`}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void pick(file);
                }}
              />
            </Flex>
            {reading && <Typography.Text>{t('imports.reading', { name: reading })}</Typography.Text>}
            {picked && 'problem' in picked && (
              <Alert
                type="error"
                showIcon
                title={picked.name}
                description={fileProblemText(picked.problem, t)}
                data-testid={`${testId}-file-problem`}
              />
            )}
            {rows && !result && (
              <Alert
                type="info"
                showIcon
                title={t('imports.ready', { name: picked?.name, count: rows.length })}
                data-testid={`${testId}-ready`}
              />
            )}
            {importing.isError && (
              <Alert type="error" showIcon title={errorMessage(importing.error, t)} data-testid={`${testId}-failure`} />
            )}
            {lines.length > 0 && <Problems lines={lines} />}
          </>
        )}
      </Flex>
    </Modal>
  );
}

/** The refused rows' problems: nothing was written, and each problem with its row and column. */
function Problems({ lines }: { lines: ProblemLine[] }) {
  const { t } = useTranslation('dues');
  const c = (key: string) => t(`imports.problems.${key}`);
  return (
    <Flex vertical gap={8} data-testid={`${testId}-problems`}>
      <Alert
        type="warning"
        showIcon
        title={t('imports.problems.title', { rows: new Set(lines.map((l) => l.row)).size, count: lines.length })}
        data-testid={`${testId}-nothing-written`}
      />
      <Table<ProblemLine>
        size="small"
        rowKey="key"
        dataSource={lines}
        pagination={lines.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        columns={[
          { key: 'row', title: c('row'), dataIndex: 'row', width: 64 },
          { key: 'column', title: c('column'), dataIndex: 'column', width: '30%' },
          { key: 'problem', title: c('problem'), dataIndex: 'problem' },
        ]}
      />
    </Flex>
  );
}

/** Why a file cannot be imported, the columns named as the template heads them in the reader's language. */
function fileProblemText(problem: FileProblem, t: (key: string, values?: Record<string, unknown>) => string): string {
  const list = (columns: string[]) => columns.join(t('separator'));
  switch (problem.problem) {
    case 'tooManyRows':
      return t('imports.file.tooManyRows', { count: problem.count, max: baseImportMaxRows });
    case 'unknownColumns':
    case 'repeatedColumns':
      return t(`imports.file.${problem.problem}`, { columns: list(problem.columns) });
    case 'missingColumns':
      return t('imports.file.missingColumns', {
        columns: list(problem.columns.map((c) => t(`imports.columns.${c}`))),
      });
    default:
      return t(`imports.file.${problem.problem}`);
  }
}
