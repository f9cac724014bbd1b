/** Every way an export can fail, as a literal code callers can switch on. */
export type ExportErrorCode =
  | 'FONT_NOT_FOUND'
  | 'FONT_DECODE_FAILED'
  | 'FONT_INVALID'
  | 'FONT_CACHE_UNWRITABLE'
  | 'SVG_RENDER_FAILED'
  | 'PDF_WRITE_FAILED'
  | 'SVG_PATH_INVALID'
  | 'UNSUPPORTED_FORMAT';

/** An export failure: `code` says what went wrong, `detail` names the file, font or input involved. */
export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly detail: string | undefined;

  constructor(code: ExportErrorCode, message: string, options?: { detail?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ExportError';
    this.code = code;
    this.detail = options?.detail;
  }
}
