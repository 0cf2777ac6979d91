// The files the submitter sent with the letter: each opens (a picture, a PDF) or downloads (Word, Excel) from
// /files, which serves them only to those who hold the letter now.
import { formatFileSize } from '@strata/i18n';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Letter } from '../common/api-types';

export function LetterFilesCard({ files }: { files: Letter['files'] }) {
  const { t, i18n } = useTranslation('mailbox');
  if (files.length === 0) return null;
  return (
    <Card title={t('letter.files.title', { count: files.length })} size="small" data-testid="letter-files">
      <Typography.Paragraph type="secondary">{t('letter.files.hint')}</Typography.Paragraph>
      <Flex vertical gap={4} component="ul" style={{ margin: 0, paddingInlineStart: 20 }}>
        {files.map((file) => (
          <li key={file.id} style={{ overflowWrap: 'anywhere' }}>
            <Typography.Link href={file.url} target="_blank" rel="noopener" data-testid="letter-file">
              {file.name}
            </Typography.Link>{' '}
            <Typography.Text type="secondary">{formatFileSize(file.size, i18n.language)}</Typography.Text>
          </li>
        ))}
      </Flex>
    </Card>
  );
}
