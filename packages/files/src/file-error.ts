// The one error an upload or a file request can meet: a code the client acts on, the HTTP status it answers
// with, and the key of its words (file-messages.ts), so the gateway answers `{ error: { code, message, field } }`.

export const fileErrorStatus = {
  empty: 400,
  'too-large': 413,
  'type-not-allowed': 415,
  'bad-name': 400,
  'damaged-image': 400,
  'missing-file': 400,
  'bad-unit': 400,
  'bad-purpose': 400,
  busy: 503,
} as const;

export type FileErrorCode = keyof typeof fileErrorStatus;

/** What exactly is wrong, where one code covers several problems (a name with a path, or with a control character). */
export type FileErrorReason =
  | 'blank'
  | 'too-long'
  | 'path'
  | 'control'
  | 'svg'
  | 'executable'
  | 'text-encoding'
  | 'unknown'
  | 'other'
  | 'macros'
  | 'pixels';

export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly code: FileErrorCode,
    readonly details: {
      reason?: FileErrorReason;
      /** The request field at fault: `file` unless said otherwise. */
      field?: string;
      vars?: Record<string, string | number>;
    } = {},
  ) {
    super(details.reason ? `${code}: ${details.reason}` : code);
  }

  get status(): number {
    return fileErrorStatus[this.code];
  }

  get field(): string {
    return this.details.field ?? 'file';
  }

  /** The key of its words: the code, or `code.reason` where the reason changes what the user should do. */
  get messageKey(): string {
    return this.details.reason ? `${this.code}.${this.details.reason}` : this.code;
  }
}
