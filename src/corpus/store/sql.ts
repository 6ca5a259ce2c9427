import type { Analysis } from '../../doc/analysis.js'
import { AppError } from '../../errors.js'
import type { Db, Param } from './db.js'

/** Rows per multi-row INSERT on PostgreSQL: one round trip per table and article, not per row. */
const ROWS_PER_INSERT = 50

/**
 * Inserts rows: on PostgreSQL in statements of up to `ROWS_PER_INSERT` rows each; on SQLite, which has no round
 * trips, one compiled single-row statement per row, a third faster than multi-row ones, whose every row count is
 * a statement of its own to compile and cache.
 */
export async function insertRows(tx: Db, table: string, columns: readonly string[], rows: Param[][]): Promise<void> {
  const row = `(${placeholders(columns)})`
  if (tx.engine === 'sqlite') {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${row}`
    for (const values of rows) await tx.run(sql, values)
    return
  }
  for (let k = 0; k < rows.length; k += ROWS_PER_INSERT) {
    const chunk = rows.slice(k, k + ROWS_PER_INSERT)
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`, chunk.flat())
  }
}

/** `?, ?, ?` for each item of a list. */
export function placeholders(list: readonly unknown[]): string {
  return list.map(() => '?').join(', ')
}

/** `%term%` for LIKE, with the wildcards of the term itself escaped. */
export function like(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The words of a search, lower-cased: what full-text search matches and snippets mark. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** FTS5 query of plain words (each quoted, so no user text is read as query syntax). */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) throw new AppError('invalid_input', 'the search text has no words')
  return words.map((w) => `"${w}"`).join(' ')
}

/** A stored analysis (JSON text on SQLite, JSONB on PostgreSQL) with the article text put back in its place. */
export function withText(stored: string | Analysis, text: string): Analysis {
  const analysis = typeof stored === 'string' ? (JSON.parse(stored) as Analysis) : stored
  return { ...analysis, article: { ...analysis.article, text } }
}
