import { DownloadOutlined } from '@ant-design/icons';
import { fileStamp } from '@strata/i18n';
import { App, Button, Modal, Progress } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CsvColumn, downloadCsv, toCsv } from './csv';
import { type FetchPage, fetchAllPages } from './fetch-all-pages';
import { errorMessage } from './trpc-error';

type Props<Row> = {
  /** One page of the list with the current filter and sort; `signal` cancels the request. */
  fetchPage: FetchPage<Row>;
  columns: CsvColumn<Row>[];
  /** In the user's language, without date or extension: the button adds a timestamp and `.csv`. */
  fileName: string;
  /** On the button; the progress bar gets `${testId}-progress`. */
  testId: string;
  /** Enough for any unit's real output, small enough to stay a quick download. */
  cap?: number;
};

/**
 * Downloads every row the list's current filter matches (not just the page shown) as CSV, with progress and cancel.
 * @deprecated for new lists: `ExportButton` from `@strata/ui/list-page` (XLSX and CSV). Kept for the pages not yet on the kit.
 */
export function ExportCsvButton<Row>({ fetchPage, columns, fileName, testId, cap = 5000 }: Props<Row>) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 0 });
    try {
      const { rows, total, capped } = await fetchAllPages(fetchPage, {
        cap,
        signal: controller.signal,
        onProgress: (done, all) => setProgress({ done, total: all }),
      });
      if (rows.length === 0) {
        message.info(t('exportNothing'));
        return;
      }
      downloadCsv(`${fileName}-${fileStamp(new Date())}.csv`, toCsv(columns, rows));
      if (capped) message.warning(t('exportCapped', { cap }));
      message.success(t('exportDone', { count: rows.length, total }));
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
      <Button
        icon={<DownloadOutlined />}
        onClick={run}
        loading={progress !== undefined}
        data-testid={testId}
        data-neutral
      >
        {t('exportCsv')}
      </Button>
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
        {progress && progress.total > 0 && t('exportProgress', progress)}
      </Modal>
    </>
  );
}
