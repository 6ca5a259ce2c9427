import type { Db, Param } from '../db.js'
import { dateAndSource, decodeCursor, limitOf, page, totalOf } from '../paging.js'
import { like, placeholders } from '../sql.js'
import type { Page, QueryFilters } from '../types.js'
import { findActors } from './actors.js'

/** Quotes by speaker, topic words and date, oldest stored first. */
export async function quotes(
  db: Db,
  filters: QueryFilters,
): Promise<
  Page<{
    article: string
    id: string
    speaker?: string
    speakerActor?: string
    kind: string
    content: string
    cue?: string
    date?: string
    checkworthiness?: number
    source?: string
    url?: string
  }>
> {
  const limit = limitOf(filters.limit)
  const where = ['q.seq > ?', 'a.duplicate_of IS NULL']
  const params: Param[] = [decodeCursor(filters.cursor)]
  if (filters.speaker) {
    const actors = await findActors(db, filters.speaker)
    if (actors.length === 0) return { items: [], total: 0 }
    where.push(`q.speaker_actor_id IN (${placeholders(actors)})`)
    params.push(...actors)
  }
  if (filters.about) {
    where.push("lower(q.content) LIKE ? ESCAPE '\\'")
    params.push(like(filters.about))
  }
  dateAndSource(where, params, filters, 'q.date', 'a.source')
  const total = await totalOf(db, 'quotes q JOIN articles a ON a.id = q.article_id', where, params)
  const rows = await db.all<Record<string, string | number | null>>(
    `SELECT q.seq, q.article_id, q.quote_id, q.speaker, q.speaker_actor_id, q.kind, q.content, q.cue, q.date, q.checkworthiness, a.source, a.url
     FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${where.join(' AND ')} ORDER BY q.seq LIMIT ?`,
    [...params, limit + 1],
  )
  return page(rows, limit, total, (r) => ({
    article: String(r.article_id),
    id: String(r.quote_id),
    kind: String(r.kind),
    content: String(r.content),
    ...(r.speaker !== null && { speaker: String(r.speaker) }),
    ...(r.speaker_actor_id !== null && { speakerActor: String(r.speaker_actor_id) }),
    ...(r.cue !== null && { cue: String(r.cue) }),
    ...(r.date !== null && { date: String(r.date) }),
    ...(r.checkworthiness !== null && { checkworthiness: Number(r.checkworthiness) }),
    ...(r.source !== null && { source: String(r.source) }),
    ...(r.url !== null && { url: String(r.url) }),
  }))
}
