// The article's cover picture: upload one to the article's unit, see its preview, take it away. The form holds the
// file's id; the server checks it is an image of a unit the writer may publish for.

import { UploadError, uploadFile } from '@strata/client/upload';
import { DeleteOutlined, Icon, UploadOutlined } from '@strata/ui/rich-editor';
import { App, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CoverFieldProps {
  value?: number | null;
  onChange?: (fileId: number | null) => void;
  unitId: number;
  readOnly?: boolean;
}

export function CoverField({ value, onChange, unitId, readOnly }: CoverFieldProps) {
  const { t, i18n } = useTranslation('content');
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const upload = async (file: File) => {
    setProgress(0);
    try {
      const stored = await uploadFile({ unitId, file, onProgress: setProgress, locale: i18n.language });
      if (stored.kind !== 'image') message.error(t('articles.form.coverNotImage'));
      else onChange?.(stored.id);
    } catch (error) {
      const reason =
        error instanceof UploadError && error.status > 0 ? error.message : t('articles.editor.uploadFailed');
      message.error(`${file.name}: ${reason}`, 8);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Space align="start" wrap>
      {value ? (
        <img
          src={`/files/${value}/preview`}
          alt={t('articles.form.cover')}
          width={160}
          style={{ objectFit: 'cover', aspectRatio: '4 / 3', borderRadius: 6 }}
          data-testid="article-cover-preview"
        />
      ) : null}
      {!readOnly && (
        <Space orientation="vertical" data-permission="content.write" data-unit={unitId}>
          <Button
            icon={<Icon svg={UploadOutlined} />}
            loading={progress !== null}
            onClick={() => input.current?.click()}
            data-testid="article-cover-upload"
          >
            {progress !== null
              ? t('articles.form.coverUploading', { percent: Math.round(progress * 100) })
              : value
                ? t('articles.form.coverReplace')
                : t('articles.form.coverUpload')}
          </Button>
          {value ? (
            <Button
              icon={<Icon svg={DeleteOutlined} />}
              onClick={() => onChange?.(null)}
              data-testid="article-cover-remove"
            >
              {t('articles.form.coverRemove')}
            </Button>
          ) : null}
        </Space>
      )}
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        accept="image/jpeg,image/png,image/gif,image/webp"
        aria-label={t('articles.form.coverUpload')}
        data-testid="article-cover-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
    </Space>
  );
}
