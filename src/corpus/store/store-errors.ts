import { AppError, messages } from '../../errors.js'

/**
 * The store's errors the user can act on, as `AppError`s with their own codes: a read-only database (SQLite
 * SQLITE_READONLY, PostgreSQL 25006 read_only_sql_transaction) is `store_read_only`; a full disk (SQLITE_FULL,
 * ENOSPC, PostgreSQL 53100 disk_full) is `store_full`. Anything else is returned unchanged.
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error
  const code = String((error as { code?: unknown }).code ?? '')
  if (code.startsWith('SQLITE_READONLY') || code === '25006' || code === 'EROFS')
    return new AppError('store_read_only', messages.storeReadOnly(error.message), { cause: error })
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100')
    return new AppError('store_full', messages.storeFull(error.message), { cause: error })
  return error
}

// NUL, and UTF-16 surrogates without their pair.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A string both engines store and compare alike: PostgreSQL text cannot hold NUL and its JSON cannot hold a lone
 * surrogate, so NUL is dropped and a lone surrogate becomes U+FFFD, on both engines (SQLite would keep them and
 * answer differently).
 */
export function storableText(value: string): string {
  return value.replace(UNSTORABLE, (c) => (c === '\u0000' ? '' : '\ufffd'))
}
