import { AppError } from '../../../errors.js'
import type { Db, Param } from '../db.js'
import { dateAndSource, decodeCursor, limitOf, page, totalOf } from '../paging.js'
import { attachPlaces, placeCondition } from '../place-rows.js'
import { like, placeholders } from '../sql.js'
import type { EventRow, Page, QueryFilters } from '../types.js'
import { findActors } from './actors.js'

/** Events by actor (as actor or recipient), type, place and date. */
export async function events(db: Db, filters: QueryFilters): Promise<Page<EventRow>> {
  const limit = limitOf(filters.limit)
  const where = ['e.seq > ?', 'a.duplicate_of IS NULL']
  const params: Param[] = [decodeCursor(filters.cursor)]
  if (filters.actor) {
    const actors = await findActors(db, filters.actor)
    if (actors.length === 0) return { items: [], total: 0 }
    where.push(involving(actors))
    params.push(...actors)
  }
  if (filters.type) {
    const types = filters.type
      .toUpperCase()
      .split(',')
      .map((t) => t.trim())
    if (!types.every((t) => /^[A-Z]+$/.test(t)))
      throw new AppError(
        'invalid_input',
        `expected PLOVER types such as ASSAULT or CONSULT,REQUEST, instead found "${filters.type}"`,
      )
    where.push(`e.type IN (${placeholders(types)})`)
    params.push(...types)
  }
  if (filters.where) {
    // The place's name ("Kyiv", "Texas"), its region's or its id.
    where.push(
      "(lower(e.location) LIKE ? ESCAPE '\\' OR e.location IN (SELECT p.id FROM places p " +
        "WHERE lower(p.name) LIKE ? ESCAPE '\\' OR lower(p.admin1_name) LIKE ? ESCAPE '\\'))",
    )
    params.push(like(filters.where), like(filters.where), like(filters.where))
  }
  const placed = placeCondition(filters)
  if (placed) {
    where.push(`e.location IN (SELECT p.id FROM places p WHERE ${placed.sql})`)
    params.push(...placed.params)
  }
  dateAndSource(where, params, filters, 'e.date', 'a.source')
  const total = await totalOf(db, 'events e JOIN articles a ON a.id = e.article_id', where, params)
  const rows = await db.all<Record<string, string | number | null>>(
    `SELECT ${EVENT_COLUMNS}
     FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(' AND ')} ORDER BY e.seq LIMIT ?`,
    [...params, limit + 1],
  )
  const result = page(rows, limit, total, (r) => r)
  return { ...result, items: await withParticipants(db, result.items) }
}

export async function withParticipants(db: Db, rows: Record<string, string | number | null>[]): Promise<EventRow[]> {
  return attachPlaces(db, await participantsOf(db, rows))
}

async function participantsOf(db: Db, rows: Record<string, string | number | null>[]): Promise<EventRow[]> {
  return Promise.all(
    rows.map(async (r) => {
      const parts = await db.all<{
        role: string
        id: string
        name: string
        country: string | null
        sector: string | null
      }>(
        'SELECT x.role, c.id, c.name, c.country, c.sector FROM event_actors x JOIN actors c ON c.id = x.actor_id WHERE x.article_id = ? AND x.event_id = ?',
        [r.article_id, r.event_id],
      )
      const who = (role: string) =>
        parts
          .filter((p) => p.role === role)
          .map((p) => ({
            id: p.id,
            name: p.name,
            ...(p.country && { country: p.country }),
            ...(p.sector && { sector: p.sector }),
          }))
      return {
        article: String(r.article_id),
        id: String(r.event_id),
        type: String(r.type),
        ...(r.mode !== null && { mode: String(r.mode) }),
        quad: Number(r.quad),
        score: Number(r.score),
        ...(r.date !== null && { date: String(r.date) }),
        modality: String(r.modality),
        ...(r.location !== null && { location: String(r.location) }),
        trigger: String(r.trigger),
        sentence: String(r.sentence),
        sentenceStart: Number(r.start_offset),
        sentenceEnd: Number(r.end_offset),
        ...(r.count !== null && { count: Number(r.count) }),
        ...(r.same_as !== null && r.same_as !== undefined && { sameAs: String(r.same_as) }),
        happening:
          r.happening !== null && r.happening !== undefined ? String(r.happening) : `${r.article_id}/${r.event_id}`,
        actors: who('actor'),
        recipients: who('recipient'),
        ...(r.source !== null && { source: String(r.source) }),
        ...(r.url !== null && { url: String(r.url) }),
      }
    }),
  )
}

/** The columns an event row of the queries reads (events `e` joined to their article `a`). */
export const EVENT_COLUMNS =
  'e.seq, e.article_id, e.event_id, e.type, e.mode, e.quad, e.score, e.date, e.modality, e.location, e.trigger, e.sentence, e.start_offset, e.end_offset, e.count, e.same_as, e.happening, a.source, a.url'

/** The condition "event `e` has one of these actors as actor or recipient". */
export function involving(actors: readonly string[]): string {
  return `EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.event_id = e.event_id AND x.actor_id IN (${placeholders(actors)}))`
}
