import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Modal, Progress } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FetchPage } from '../fetch-all-pages';
import { errorMessage } from '../trpc-error';
import type { ExportColumn } from './export-rows';
import type { ExportFormat, ExportProgress } from './export-run';

export type { ExportFormat };

type Props<Row> = {
  /** One page of the list with the current filter and sort; `signal` cancels the request. */
  fetchPage: FetchPage<Row>;
  columns: ExportColumn<Row>[];
  /** In the user's language, without date or extension. */
  fileName: string;
  /** On the button; each format's menu item gets `${testId}-xlsx` / `-csv`, the progress bar `${testId}-progress`. */
  testId: string;
  /** Enough for any unit's real output, small enough to stay a quick download. */
  cap?: number;
};

/** Exports every row the list's filter matches (not just the page shown) as XLSX or CSV, with progress and cancel. */
export function ExportButton<Row>({ fetchPage, columns, fileName, testId, cap = 10_000 }: Props<Row>) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [progress, setProgress] = useState<ExportProgress | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async (format: ExportFormat) => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ phase: 'fetch', done: 0, total: 0 });
    try {
      // The export's code comes when an export starts, not with the list.
      const { runExport } = await import('./export-run');
      const { count, total, capped } = await runExport({
        format,
        fetchPage,
        columns,
        fileName,
        cap,
        signal: controller.signal,
        onProgress: setProgress,
      });
      if (count === 0) {
        message.info(t('exportNothing'));
        return;
      }
      if (capped) message.warning(t('exportCapped', { cap }));
      message.success(t('exportDone', { count, total }));
    } catch (error) {
      if (!controller.signal.aborted) message.error(t('exportFailed', { message: errorMessage(error, t) }));
    } finally {
      setProgress(undefined);
      abort.current = undefined;
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: (['xlsx', 'csv'] as const).map((format) => ({
            key: format,
            label: <span data-testid={`${testId}-${format}`}>{t(format === 'xlsx' ? 'exportXlsx' : 'exportCsv')}</span>,
          })),
          onClick: ({ key }) => void run(key as ExportFormat),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={progress !== undefined} data-testid={testId} data-neutral>
          {t('export')}
        </Button>
      </Dropdown>
      <Modal
        open={progress !== undefined}
        title={t('exportTitle', { name: fileName })}
        closable={false}
        mask={{ closable: false }}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText={t('cancel')}
        onCancel={() => abort.current?.abort()}
      >
        <Progress percent={percent} data-testid={`${testId}-progress`} />
        {progress &&
          progress.total > 0 &&
          t(progress.phase === 'fetch' ? 'exportProgress' : 'exportWriting', {
            done: progress.done,
            total: progress.total,
          })}
      </Modal>
    </>
  );
}
