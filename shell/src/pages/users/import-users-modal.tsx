import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { userImportMaxRows } from '@strata/contract';
import { ErrorAlert } from '@strata/ui';
import { downloadBlob, readXlsx, writeXlsx } from '@strata/ui/list-page';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../trpc';
import { useTRPC } from '../../trpc';
import { useInvalidateUsers } from './use-invalidate-users';

const columns = ['username', 'displayName', 'unit', 'password'] as const;
type ImportRow = Record<(typeof columns)[number], string>;
type RowError = RouterOutputs['identity']['users']['import']['errors'][number];
type Parsed = { name: string; rows: ImportRow[] } | { name: string; problem: string };
type Props = { open: boolean; unit: { id: number; name: string } | undefined; onClose: () => void };

/** Opening accounts from an XLSX file: all or nothing; the rows' problems are listed, with their spreadsheet row. */
export function ImportUsersModal({ open, unit, onClose }: Props) {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const fileInput = useRef<HTMLInputElement>(null);
  const [parsed, setParsed] = useState<Parsed>();
  const [reading, setReading] = useState<string>();
  const headers = columns.map((c) => t(`users.importColumns.${c}`));
  const run = useMutation(
    trpc.identity.users.import.mutationOptions({
      onSuccess: async (result) => {
        if (result.errors.length) return;
        message.success(t('users.importDone', { count: result.imported }));
        await invalidate();
        close();
      },
    }),
  );
  const close = () => {
    setParsed(undefined);
    run.reset();
    onClose();
  };

  const read = async (file: File) => {
    run.reset();
    setReading(file.name);
    try {
      const [header = [], ...body] = await readXlsx(file);
      const rows = body.filter((cells) => cells.some((c) => c !== ''));
      if (headers.some((h, i) => header[i] !== h))
        setParsed({ name: file.name, problem: t('users.importWrongHeader', { columns: headers.join(', ') }) });
      else if (rows.length === 0) setParsed({ name: file.name, problem: t('users.importNothing') });
      else if (rows.length > userImportMaxRows)
        setParsed({
          name: file.name,
          problem: t('users.importTooMany', { count: rows.length, max: userImportMaxRows }),
        });
      else
        setParsed({
          name: file.name,
          rows: rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as ImportRow),
        });
    } catch {
      setParsed({ name: file.name, problem: t('users.importUnreadable') });
    } finally {
      setReading(undefined);
    }
  };
  const template = async () =>
    downloadBlob(`${t('users.importTemplateFile')}.xlsx`, await writeXlsx(t('users.importTemplateFile'), headers, []));

  const errors = run.data?.errors ?? [];
  const rows = parsed && 'rows' in parsed ? parsed.rows : undefined;
  return (
    <Modal
      open={open}
      title={t('users.importTitle')}
      onCancel={close}
      okText={t('users.importSubmit')}
      cancelText={t('common:cancel')}
      okButtonProps={{ disabled: !rows || !unit, loading: run.isPending, id: 'users-import-submit' }}
      onOk={() => rows && unit && run.mutate({ unitId: unit.id, rows })}
      width={720}
      destroyOnHidden
    >
      <div data-testid="users-import-dialog">
        <Flex vertical gap={12}>
          <Typography.Paragraph>
            {t('users.importHint', { max: userImportMaxRows, unit: unit?.name ?? '' })}
          </Typography.Paragraph>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void template()}
              data-neutral
              data-testid="users-import-template"
            >
              {t('users.importTemplate')}
            </Button>
            <Button
              icon={<UploadOutlined />}
              onClick={() => fileInput.current?.click()}
              loading={reading !== undefined}
              data-neutral
            >
              {t('users.importChoose')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              data-testid="users-import-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void read(file);
              }}
            />
          </Space>
          {reading && <Typography.Text>{t('users.importReading', { name: reading })}</Typography.Text>}
          {parsed && 'problem' in parsed && (
            <Alert type="error" showIcon title={parsed.problem} data-testid="users-import-problem" />
          )}
          {rows && errors.length === 0 && (
            <Alert type="info" showIcon title={t('users.importReady', { name: parsed?.name, count: rows.length })} />
          )}
          {run.isError && <ErrorAlert error={run.error} />}
          {errors.length > 0 && (
            <div data-testid="users-import-errors">
              <Alert type="error" showIcon title={t('users.importFailedTitle', { count: errors.length })} />
              <Table<RowError>
                size="small"
                rowKey={(e) => `${e.row}-${e.field}`}
                pagination={errors.length > 10 ? { pageSize: 10 } : false}
                dataSource={errors}
                columns={[
                  // The spreadsheet's row number: the header is row 1.
                  { key: 'row', title: t('users.importRow'), width: 80, render: (_, e) => e.row + 1 },
                  {
                    key: 'field',
                    title: t('users.importColumn'),
                    width: 120,
                    render: (_, e) => t(`users.importColumns.${e.field}`),
                  },
                  {
                    key: 'problem',
                    title: t('users.importProblemLabel'),
                    render: (_, e) => t(`users.importProblem.${e.problem}`),
                  },
                ]}
              />
            </div>
          )}
        </Flex>
      </div>
    </Modal>
  );
}
