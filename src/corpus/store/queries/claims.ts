import { AppError } from '../../../errors.js'
import type { Db, Param } from '../db.js'
import { dateAndSource, decodeCursor, limitOf, page, totalOf } from '../paging.js'
import { placeholders } from '../sql.js'
import type { Page, QueryFilters } from '../types.js'
import { findActors } from './actors.js'

/** Disputed claims, by status, claimant and date. */
export async function claims(
  db: Db,
  filters: QueryFilters,
): Promise<
  Page<{
    article: string
    id: string
    status: string
    claimant?: string
    content: string
    marker: string
    published?: string
    source?: string
  }>
> {
  const limit = limitOf(filters.limit)
  const where = ['c.seq > ?', 'a.duplicate_of IS NULL']
  const params: Param[] = [decodeCursor(filters.cursor)]
  if (filters.status) {
    if (!['false', 'disputed', 'unsupported'].includes(filters.status))
      throw new AppError(
        'invalid_input',
        `expected a status of false, disputed or unsupported, instead found "${filters.status}"`,
      )
    where.push('c.status = ?')
    params.push(filters.status)
  }
  if (filters.actor) {
    const actors = await findActors(db, filters.actor)
    if (actors.length === 0) return { items: [], total: 0 }
    where.push(`c.claimant_actor_id IN (${placeholders(actors)})`)
    params.push(...actors)
  }
  dateAndSource(where, params, filters, 'a.published', 'a.source')
  const total = await totalOf(db, 'claims c JOIN articles a ON a.id = c.article_id', where, params)
  const rows = await db.all<Record<string, string | number | null>>(
    `SELECT c.seq, c.article_id, c.claim_id, c.status, c.claimant, c.content, c.marker, a.published, a.source FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE ${where.join(' AND ')} ORDER BY c.seq LIMIT ?`,
    [...params, limit + 1],
  )
  return page(rows, limit, total, (r) => ({
    article: String(r.article_id),
    id: String(r.claim_id),
    status: String(r.status),
    content: String(r.content),
    marker: String(r.marker),
    ...(r.claimant !== null && { claimant: String(r.claimant) }),
    ...(r.published !== null && { published: String(r.published) }),
    ...(r.source !== null && { source: String(r.source) }),
  }))
}
