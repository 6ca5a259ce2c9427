/** How a failed store operation is answered: the service is unavailable (503) or out of space (507). */
export interface StoreFailure {
  status: 503 | 507
  code: 'store_read_only' | 'store_full' | 'store_unavailable'
  message: string
}

// Driver codes: better-sqlite3 (SQLITE_*), node's file system (E*), PostgreSQL's SQLSTATE (53100 disk_full,
// 53000 insufficient_resources, 25006 read_only_sql_transaction, 57P03 cannot_connect_now, 08* connection).
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100', '53000', 'store_full'])
const READ_ONLY = new Set(['SQLITE_READONLY', 'EROFS', '25006', 'store_read_only'])
const UNAVAILABLE = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'ECONNREFUSED',
  'ECONNRESET',
  '57P01',
  '57P03',
  'store_unavailable',
])

/**
 * Recognises a store failure in an error or any error in its `cause` chain, by the driver's code: a full disk
 * is 507 (Insufficient Storage), a read-only or unreachable store 503, so that clients retry later rather than
 * report a bug. Anything else is undefined (a real 500).
 */
export function storeFailure(error: unknown): StoreFailure | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 8;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = String((e as { code?: unknown }).code ?? '')
    // The store's own AppErrors ('store_full', …) keep their message.
    const own = code.startsWith('store_') ? (e as Error).message : undefined
    if (FULL.has(code))
      return {
        status: 507,
        code: 'store_full',
        message: own ?? 'the store is out of space (disk full): nothing was saved',
      }
    if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY'))
      return {
        status: 503,
        code: 'store_read_only',
        message: own ?? 'the store is read-only (a read-only file, disk or database): nothing was saved',
      }
    if (UNAVAILABLE.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('08'))
      return { status: 503, code: 'store_unavailable', message: own ?? 'the store is unavailable: try again later' }
  }
  return undefined
}
