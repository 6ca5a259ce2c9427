/**
 * Errors at the boundaries (store, HTTP, CLI): one class with a code. Content problems inside the pipeline are
 * never thrown; stages report them as messages. Message texts live here.
 */

/** What went wrong, independent of the interface that reports it. */
export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'conflict'
  | 'store_unavailable'
  | 'usage'
  | 'internal'
  /** An article or page over a size budget (HTTP 413). */
  | 'too_large'
  /** An article whose analysis ran past its time budget; its worker was replaced (HTTP 503). */
  | 'analysis_timeout'
  /** The store cannot be written: a read-only file, folder, filesystem or database (HTTP 503). */
  | 'store_read_only'
  /** The store's disk or database is full (HTTP 507). */
  | 'store_full'

/** An error at a boundary: the CLI maps `code` to an exit status, HTTP to a status code. */
export class AppError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AppError'
    this.code = code
  }
}

/** Misuse or bad configuration, thrown at construction time. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Message texts, kept in one place. */
export const messages = {
  missingLayer: (stage: string, layer: string) =>
    `stage "${stage}" requires "${layer}", which no earlier stage provides`,
  duplicateLayer: (layer: string) => `two stages both add the layer "${layer}"`,
  notText: (found: string) => `expected the article text as a string, instead found ${found}`,
  fileNotFound: (path: string) => `cannot read "${path}": no such file`,
  fileUnreadable: (path: string, reason: string) => `cannot read "${path}": ${reason}`,
  binaryInput: (name: string) => `"${name}" looks like a binary file, not text (it contains NUL or control bytes)`,
  tooLarge: (name: string, bytes: number, limit: number) =>
    `"${name}" is ${bytes} bytes, over the limit of ${limit} bytes (raise it with --max-bytes)`,
  analysisTimeout: (seconds: number) =>
    `the analysis ran past its ${seconds}-second budget and was stopped (the text is pathological or too long)`,
  analysisTooLarge: (chars: number, limit: number) =>
    `the text is ${chars} characters, over the analysis budget of ${limit} characters`,
  storeReadOnly: (detail: string) => `the store is read-only: ${detail}`,
  storeFull: (detail: string) => `the store is full (no space left): ${detail}`,
  badDate: (value: string) => `expected a date as YYYY-MM-DD (or an ISO 8601 timestamp), instead found "${value}"`,
} as const
