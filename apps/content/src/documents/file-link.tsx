import { formatFileSize } from '@strata/i18n';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentRow } from './document-values';

/** A version's file: its name, a download link to /files/<id>/<name>, and its size. */
export function FileLink({ file, testId }: { file: DocumentRow['file']; testId?: string }) {
  const { i18n } = useTranslation('content');
  return (
    <span style={{ wordBreak: 'break-all' }}>
      <Typography.Link href={file.url} target="_blank" rel="noopener" data-testid={testId}>
        {file.name}
      </Typography.Link>{' '}
      <Typography.Text type="secondary">{formatFileSize(file.size, i18n.language)}</Typography.Text>
    </span>
  );
}
