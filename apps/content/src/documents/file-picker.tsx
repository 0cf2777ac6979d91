import { formatFileSize } from '@strata/i18n';
import { Button, Progress, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface FilePickerProps {
  /** Given by the form item that holds it (the id ties its label to the button). */
  id?: string;
  value?: File;
  onChange?: (file: File | undefined) => void;
  /** 0 to 1 while the chosen file is being uploaded. */
  progress: number | null;
}

/** The file a document's version holds, chosen in the browser; it is uploaded when the form is saved. */
export function FilePicker({ id, value, onChange, progress }: FilePickerProps) {
  const { t, i18n } = useTranslation('content');
  const input = useRef<HTMLInputElement>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          id={id}
          onClick={() => input.current?.click()}
          disabled={progress !== null}
          data-neutral
          data-testid="document-file-choose"
        >
          {value ? t('documents.form.replaceFile') : t('documents.form.chooseFile')}
        </Button>
        {value && (
          <Typography.Text data-testid="document-file-chosen" style={{ wordBreak: 'break-all' }}>
            {value.name} <Typography.Text type="secondary">{formatFileSize(value.size, i18n.language)}</Typography.Text>
          </Typography.Text>
        )}
      </Space>
      {progress !== null && (
        <Progress
          percent={Math.round(progress * 100)}
          size="small"
          aria-label={t('documents.form.uploading', { percent: Math.round(progress * 100) })}
          data-testid="document-upload-progress"
        />
      )}
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('documents.form.file')}
        data-testid="document-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onChange?.(file);
        }}
      />
    </Space>
  );
}
