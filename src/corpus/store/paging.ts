import { AppError } from '../../errors.js'
import type { Db, Param } from './db.js'
import type { Page, QueryFilters } from './types.js'

/** The most items one page may hold. */
export const MAX_LIMIT = 1000
/** Items per page when the caller names no limit. */
export const DEFAULT_LIMIT = 50

// PostgreSQL answers a BIGSERIAL as a string ("12"): the cursor holds it as a number either way.
export function encodeCursor(seq: number | string): string {
  return Buffer.from(JSON.stringify({ after: Number(seq) })).toString('base64url')
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { after: unknown }
    if (typeof after === 'number' && Number.isSafeInteger(after) && after >= 0) return after
    // Cursors a PostgreSQL store handed out before held the number as a string.
    if (typeof after === 'string' && /^\d{1,15}$/.test(after)) return Number(after)
  } catch {
    /* reported below */
  }
  throw badCursor(cursor)
}

/** A cursor by position, for orders a sequence number cannot resume (relevance): the items to pass over. */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url')
}

export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { offset: unknown }
    if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset
  } catch {
    /* reported below */
  }
  throw badCursor(cursor)
}

export function badCursor(cursor: string): AppError {
  return new AppError('invalid_input', `the cursor "${cursor.slice(0, 40)}" is not one this store gave out`)
}

export function limitOf(limit: number | undefined, fallback = DEFAULT_LIMIT): number {
  if (limit === undefined) return fallback
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new AppError('invalid_input', `expected a limit from 1 to ${MAX_LIMIT}, instead found ${limit}`)
  return limit
}

/** The first `limit` rows (of `limit + 1` read) mapped, with the cursor after the last when more follow. */
export function page<R extends Record<string, unknown>, T>(
  rows: R[],
  limit: number,
  total: number,
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit).map(map)
  return { items, total, ...(rows.length > limit && { next: encodeCursor(Number(rows[limit - 1].seq)) }) }
}

/**
 * How many rows a paged query holds in all: `where[0]` is its cursor condition (`seq > ?`, `params[0]`), left
 * out so that every page answers the same total.
 */
export async function totalOf(
  db: Db,
  from: string,
  where: readonly string[],
  params: readonly Param[],
): Promise<number> {
  const row = await db.get<{ n: number | string }>(
    `SELECT count(*) AS n FROM ${from} WHERE ${where.slice(1).join(' AND ')}`,
    params.slice(1),
  )
  return Number(row?.n ?? 0)
}

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new AppError('invalid_input', `expected --${name} as YYYY-MM-DD, instead found "${value}"`)
  return value
}

/** Adds the `from`/`to` date range (on `dateColumn`) and the outlet filter (on `sourceColumn`) to a query. */
export function dateAndSource(
  where: string[],
  params: Param[],
  filters: QueryFilters,
  dateColumn: string,
  sourceColumn?: string,
): void {
  const from = checkDate('from', filters.from)
  const to = checkDate('to', filters.to)
  if (from) {
    where.push(`substr(${dateColumn}, 1, 10) >= ?`)
    params.push(from)
  }
  if (to) {
    where.push(`substr(${dateColumn}, 1, 10) <= ?`)
    params.push(to)
  }
  if (filters.source && sourceColumn) {
    where.push(`lower(${sourceColumn}) = ?`)
    params.push(filters.source.toLowerCase())
  }
}
