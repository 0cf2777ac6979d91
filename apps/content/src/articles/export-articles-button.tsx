import { DownloadOutlined } from '@ant-design/icons';
import { useTRPCClient } from '@strata/client';
import { downloadCsv, errorMessage, toCsv } from '@strata/ui';
import { App, Button, Modal, Progress } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleListInput } from '../common/api-types';
import { formatDateTime } from '../common/format-date';
import { articleCsvColumns } from './article-csv';
import { fetchAllArticles } from './fetch-all-articles';

/** Enough for any unit's real output, small enough to stay a quick download. */
const exportCap = 5000;

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** Downloads every article the current filter matches (not just the page shown) as CSV. */
export function ExportArticlesButton({ input }: { input: ArticleListInput }) {
  const { t, i18n } = useTranslation('content');
  const { message } = App.useApp();
  const client = useTRPCClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 0 });
    try {
      const { rows, total, capped } = await fetchAllArticles(
        (pageInput, signal) => client.content.articles.list.query(pageInput, { signal }),
        input,
        { cap: exportCap, signal: controller.signal, onProgress: (done, all) => setProgress({ done, total: all }) },
      );
      if (rows.length === 0) {
        message.info(t('articles.export.nothing'));
        return;
      }
      const columns = articleCsvColumns({
        header: (key) => t(`articles.table.${key}`),
        status: (status) => t(`domain:articleStatus.${status}`),
        date: (iso) => formatDateTime(iso, i18n.language),
      });
      const csv = toCsv(columns, rows);
      downloadCsv(`${t('articles.export.fileName')}-${stamp(new Date())}.csv`, csv);
      if (capped) message.warning(t('articles.export.capped', { cap: exportCap }));
      message.success(t('articles.export.done', { count: rows.length, total }));
    } catch (error) {
      if (!controller.signal.aborted) {
        message.error(t('articles.export.failed', { message: errorMessage(error, t) }));
      }
    } finally {
      setProgress(undefined);
      abort.current = undefined;
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={run} loading={progress !== undefined} data-testid="article-export">
        {t('articles.export.button')}
      </Button>
      <Modal
        open={progress !== undefined}
        title={t('articles.export.title')}
        closable={false}
        mask={{ closable: false }}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText={t('common.cancel')}
        onCancel={() => abort.current?.abort()}
      >
        <Progress percent={percent} data-testid="article-export-progress" />
        {progress && progress.total > 0 && t('articles.export.progress', progress)}
      </Modal>
    </>
  );
}
