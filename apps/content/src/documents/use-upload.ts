// Uploading the file a form chose, with its progress: POST /api/files through uploadFile (@strata/client/upload). The
// file uploaded is remembered, so saving again after the server refused the form does not upload it twice.
import { UploadError, type UploadedFile, uploadFile } from '@strata/client/upload';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function useUpload() {
  const { t, i18n } = useTranslation('content');
  const [progress, setProgress] = useState<number | null>(null);
  const done = useRef<{ file: File; unitId: number; stored: UploadedFile } | null>(null);

  const upload = async (unitId: number, file: File): Promise<UploadedFile> => {
    const last = done.current;
    if (last && last.file === file && last.unitId === unitId) return last.stored;
    setProgress(0);
    try {
      const stored = await uploadFile({ unitId, file, onProgress: setProgress, locale: i18n.language });
      done.current = { file, unitId, stored };
      return stored;
    } catch (error) {
      // The server's refusal is already in the user's language; a broken connection has no words of its own.
      throw new Error(
        error instanceof UploadError && error.status > 0 ? error.message : t('documents.form.uploadFailed'),
      );
    } finally {
      setProgress(null);
    }
  };
  return { upload, progress };
}
