// Uploading a file to the gateway (POST /api/files), for every team's pages: the same CSRF and locale headers as
// tRPC calls, progress as it goes, and the server's own explanation when it refuses (its message is already in
// the caller's language).
// Its own entry (`@strata/client/upload`), not part of the shared `@strata/client`: only the pages that upload load it.
import { csrfCookie, localeHeader, readCookie } from './cookies';

/** A stored file as the gateway answers an upload (`{ file }`: storedFileOutput in @strata/files). */
export interface UploadedFile {
  id: number;
  unitId: number;
  name: string;
  kind: 'image' | 'video' | 'audio' | 'document';
  mime: string;
  size: number;
  /** Where the file is read: /files/<id>/<name>. */
  url: string;
  /** A resized WebP of an image; null for other kinds. */
  previewUrl: string | null;
  width: number | null;
  height: number | null;
}

/** A refused upload: the server's code (too-large, type-not-allowed...) and its message for people. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What an upload is for: it decides the permission needed at the unit (content.write, training.manage). */
export type UploadPurpose = 'content' | 'training';

interface UploadOptions {
  /** The unit that will own the file (the uploader needs the purpose's permission there). */
  unitId: number;
  /** Content (articles, documents: the default) or training (a course's lessons). */
  purpose?: UploadPurpose;
  file: Blob & { name: string };
  /** 0 to 1, as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** The language the server's refusals come in (the page's i18n language). */
  locale: string;
}

export function uploadFile({
  unitId,
  purpose,
  file,
  onProgress,
  signal,
  locale,
}: UploadOptions): Promise<UploadedFile> {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    request.withCredentials = true;
    request.setRequestHeader('x-csrf-token', readCookie(csrfCookie) || 'anonymous');
    request.setRequestHeader(localeHeader, locale);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { file?: UploadedFile; error?: { code?: string; message?: string } } | null;
      if (request.status >= 200 && request.status < 300 && body?.file) resolve(body.file);
      else
        reject(
          new UploadError(body?.error?.code ?? 'failed', body?.error?.message ?? request.statusText, request.status),
        );
    };
    request.onerror = () => reject(new UploadError('network', 'network', 0));
    request.onabort = () => reject(new UploadError('aborted', 'aborted', 0));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    // The unit and the purpose first: the server reads them before the file's bytes, so it can refuse before storing
    // anything.
    form.append('unitId', String(unitId));
    if (purpose) form.append('purpose', purpose);
    form.append('file', file, file.name);
    request.send(form);
  });
}
