import type { Db, Param } from '../db.js'
import { dateAndSource } from '../paging.js'
import { like } from '../sql.js'
import type { NetworkEdge, QueryFilters } from '../types.js'
import { findActors } from './actors.js'
import { involving } from './events.js'

/** Events per day and type, for an actor or for articles matching words. */
export async function timeline(
  db: Db,
  filters: QueryFilters,
): Promise<{ date: string; type: string; events: number }[]> {
  // Happenings, not mentions: an attack told three times in an article, or by five outlets, counts once.
  const where = ['a.duplicate_of IS NULL', 'e.date IS NOT NULL', 'e.first_mention = 1']
  const params: Param[] = []
  if (filters.actor) {
    const actors = await findActors(db, filters.actor)
    if (actors.length === 0) return []
    where.push(involving(actors))
    params.push(...actors)
  }
  if (filters.about) {
    where.push("lower(e.sentence) LIKE ? ESCAPE '\\'")
    params.push(like(filters.about))
  }
  dateAndSource(where, params, filters, 'e.date')
  const rows = await db.all<{ day: string; type: string; n: number }>(
    `SELECT substr(e.date, 1, 10) AS day, e.type, count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(' AND ')}
     GROUP BY substr(e.date, 1, 10), e.type ORDER BY day, e.type`,
    params,
  )
  return rows.map((r) => ({ date: r.day, type: r.type, events: Number(r.n) }))
}

/** Actor → recipient edges: how many events of each type, and the sum of their PLOVER scores. */
export async function network(db: Db, filters: QueryFilters = {}): Promise<NetworkEdge[]> {
  const where = ['a.duplicate_of IS NULL', 'e.first_mention = 1']
  const params: Param[] = []
  if (filters.type) {
    where.push('e.type = ?')
    params.push(filters.type.toUpperCase())
  }
  dateAndSource(where, params, filters, 'e.date')
  const rows = await db.all<{
    source: string
    source_name: string
    target: string
    target_name: string
    type: string
    n: number
    score: number
  }>(
    `SELECT s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, e.type, count(*) AS n, sum(e.score) AS score
     FROM events e JOIN articles a ON a.id = e.article_id
     JOIN event_actors xs ON xs.article_id = e.article_id AND xs.event_id = e.event_id AND xs.role = 'actor'
     JOIN event_actors xt ON xt.article_id = e.article_id AND xt.event_id = e.event_id AND xt.role = 'recipient'
     JOIN actors s ON s.id = xs.actor_id JOIN actors t ON t.id = xt.actor_id
     WHERE ${where.join(' AND ')} GROUP BY s.id, s.name, t.id, t.name, e.type ORDER BY n DESC, s.name, t.name`,
    params,
  )
  return rows.map((r) => ({
    source: r.source,
    sourceName: r.source_name,
    target: r.target,
    targetName: r.target_name,
    type: r.type,
    events: Number(r.n),
    score: Number(r.score),
  }))
}

/** Counts for the ingest summary and the UI. */
export async function stats(db: Db): Promise<{
  articles: number
  analysed: number
  duplicates: number
  stories: number
  actors: number
  quotes: number
  events: number
  claims: number
}> {
  const n = async (sql: string) => Number((await db.get<{ n: number }>(sql))?.n ?? 0)
  return {
    articles: await n('SELECT count(*) AS n FROM articles'),
    analysed: await n('SELECT count(*) AS n FROM articles WHERE analysis IS NOT NULL'),
    duplicates: await n('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
    stories: await n('SELECT count(DISTINCT story_id) AS n FROM articles WHERE story_id IS NOT NULL'),
    actors: await n('SELECT count(*) AS n FROM actors'),
    quotes: await n('SELECT count(*) AS n FROM quotes'),
    events: await n('SELECT count(*) AS n FROM events'),
    claims: await n('SELECT count(*) AS n FROM claims'),
  }
}
