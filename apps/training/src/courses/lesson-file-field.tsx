// A file or video lesson's file, as a form control whose value is the stored file's id: chosen in the browser and
// uploaded at once to the course's unit (POST /api/files for training, through uploadFile in @strata/client/upload)
// with its progress and a way to stop it, then shown by its name and size. The server reads the type from the bytes:
// a file of the wrong kind is refused here before any byte leaves (by its name) and after (by what the server found).
import { UploadError, type UploadedFile, uploadFile } from '@strata/client/upload';
import { formatFileSize } from '@strata/i18n';
import { Button, Flex, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type LessonFileKind = 'document' | 'video';

/** What the file input offers, by kind (the server's list: docs/files.md). */
const accept: Record<LessonFileKind, string> = {
  document: '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv',
  video: '.mp4,.webm,video/mp4,video/webm',
};
const extensions: Record<LessonFileKind, RegExp> = {
  document: /\.(pdf|docx?|xlsx?|pptx?|txt|csv)$/i,
  video: /\.(mp4|m4v|webm)$/i,
};

/** The file a lesson holds now: its name (and size once uploaded here), and where it is read. */
export type ShownFile = { name: string; size?: number; url: string | null };

type Props = {
  /** Given by the form item that holds it (the id ties its label to the button). */
  id?: string;
  value?: number | null;
  onChange?: (fileId: number | null) => void;
  kind: LessonFileKind;
  /** The course's unit, which the file will belong to. */
  unitId: number;
  /** The lesson's file when the form opened, if it is of this kind. */
  initial: ShownFile | null;
  /** Told while an upload runs, so the form is not saved half-way. */
  onUploading?: (uploading: boolean) => void;
  testId: string;
};

export function LessonFileField({ id, value, onChange, kind, unitId, initial, onUploading, testId }: Props) {
  const { t, i18n } = useTranslation('training');
  const input = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const [shown, setShown] = useState<ShownFile | null>(value ? initial : null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [problem, setProblem] = useState<string>();
  const w = (key: string, values?: Record<string, unknown>) => t(`courses.lessonForm.file.${key}`, values);

  // An upload still running when the form goes away is stopped.
  useEffect(() => () => running.current?.abort(), []);

  const finish = (stored: UploadedFile) => {
    if (stored.kind !== kind) {
      setProblem(w(kind === 'video' ? 'notVideo' : 'notDocument', { name: stored.name }));
      return;
    }
    setShown({ name: stored.name, size: stored.size, url: stored.url });
    onChange?.(stored.id);
  };

  const upload = async (file: File) => {
    setProblem(undefined);
    if (!extensions[kind].test(file.name)) {
      setProblem(w(kind === 'video' ? 'notVideo' : 'notDocument', { name: file.name }));
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    setProgress({ name: file.name, fraction: 0 });
    onUploading?.(true);
    try {
      finish(
        await uploadFile({
          unitId,
          purpose: 'training',
          file,
          locale: i18n.language,
          signal: controller.signal,
          onProgress: (fraction) => setProgress({ name: file.name, fraction }),
        }),
      );
    } catch (error) {
      if (error instanceof UploadError && error.code === 'aborted') setProblem(w('stopped', { name: file.name }));
      else {
        // The server's refusal is already in the reader's language; a broken connection has no words of its own.
        const reason = error instanceof UploadError && error.status > 0 ? error.message : w('failed');
        setProblem(`${file.name}: ${reason}`);
      }
    } finally {
      running.current = null;
      setProgress(null);
      onUploading?.(false);
    }
  };

  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <Flex vertical gap={8} style={{ width: '100%' }} data-testid={testId}>
      {shown && value ? (
        <Typography.Text data-testid={`${testId}-chosen`} style={{ overflowWrap: 'anywhere' }}>
          {shown.url ? (
            <Typography.Link href={shown.url} target="_blank" rel="noreferrer">
              {shown.name}
            </Typography.Link>
          ) : (
            shown.name
          )}
          {shown.size !== undefined && (
            <Typography.Text type="secondary"> {formatFileSize(shown.size, i18n.language)}</Typography.Text>
          )}
        </Typography.Text>
      ) : (
        !progress && (
          <Typography.Text type="secondary">{w(kind === 'video' ? 'noneVideo' : 'noneDocument')}</Typography.Text>
        )
      )}
      {progress ? (
        <Flex vertical gap={4}>
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>
            {w('uploading', { name: progress.name })}
          </Typography.Text>
          <Flex gap={8} align="center">
            <Progress
              percent={percent}
              size="small"
              style={{ flex: 1, margin: 0 }}
              aria-label={w('progress', { name: progress.name, percent })}
              data-testid={`${testId}-progress`}
            />
            <Button size="small" onClick={() => running.current?.abort()} data-neutral data-testid={`${testId}-stop`}>
              {w('stop')}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <div>
          {/* Uploading stores a file of the course's unit; the lesson changes only when the form is saved. */}
          <Button
            id={id}
            onClick={() => input.current?.click()}
            data-permission="training.manage"
            data-unit={unitId}
            data-testid={`${testId}-choose`}
          >
            {w(
              shown && value
                ? kind === 'video'
                  ? 'replaceVideo'
                  : 'replaceDocument'
                : kind === 'video'
                  ? 'chooseVideo'
                  : 'chooseDocument',
            )}
          </Button>
        </div>
      )}
      <Typography.Text type="secondary">{w(kind === 'video' ? 'videoHint' : 'documentHint')}</Typography.Text>
      {problem && (
        <Typography.Text type="danger" role="alert" data-testid={`${testId}-problem`}>
          {problem}
        </Typography.Text>
      )}
      <input
        ref={input}
        type="file"
        hidden
        accept={accept[kind]}
        aria-label={w(kind === 'video' ? 'chooseVideo' : 'chooseDocument')}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
    </Flex>
  );
}
