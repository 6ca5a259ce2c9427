import type { Db } from '../db.js'
import type { AmbiguousActor, Dossier } from '../types.js'
import { actorCandidates } from './actors.js'
import { EVENT_COLUMNS, withParticipants } from './events.js'

/** An actor's dossier: names, roles over time, quotes, events as actor and as recipient, counterparts. */
export async function dossier(db: Db, idOrName: string): Promise<Dossier | AmbiguousActor | undefined> {
  const direct = await db.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [idOrName])
  let id = direct?.id
  if (!id) {
    const candidates = await actorCandidates(db, idOrName)
    if (candidates.length > 1) return { name: idOrName, candidates }
    id = candidates[0]?.id
  }
  if (!id) return undefined
  const actor = (await db.get<{
    id: string
    name: string
    type: string
    country: string | null
    sector: string | null
  }>('SELECT id, name, type, country, sector FROM actors WHERE id = ?', [id]))!
  const aliases = (
    await db.all<{ alias: string }>('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias', [id])
  ).map((r) => r.alias)
  const roleRows = await db.all<{ roles: string | null; published: string | null }>(
    'SELECT roles, published FROM article_actors WHERE actor_id = ? AND roles IS NOT NULL ORDER BY published',
    [id],
  )
  const roles = new Map<string, { title: string; of?: string; first?: string; last?: string }>()
  for (const row of roleRows) {
    for (const role of JSON.parse(row.roles!) as { title: string; of?: string }[]) {
      const key = `${role.title}|${role.of ?? ''}`
      const seen = roles.get(key) ?? { ...role }
      if (row.published) {
        seen.first ??= row.published
        seen.last = row.published
      }
      roles.set(key, seen)
    }
  }
  const articles = Number(
    (await db.get<{ n: number }>('SELECT count(*) AS n FROM article_actors WHERE actor_id = ?', [id]))?.n ?? 0,
  )
  const quotes = await db.all<{
    article_id: string
    quote_id: string
    content: string
    date: string | null
    kind: string
  }>('SELECT article_id, quote_id, content, date, kind FROM quotes WHERE speaker_actor_id = ? ORDER BY seq LIMIT 200', [
    id,
  ])
  const eventsAs = async (role: string) => {
    const rows = await db.all<Record<string, string | number | null>>(
      `SELECT ${EVENT_COLUMNS}
       FROM events e JOIN articles a ON a.id = e.article_id JOIN event_actors x ON x.article_id = e.article_id AND x.event_id = e.event_id
       WHERE x.actor_id = ? AND x.role = ? ORDER BY e.seq LIMIT 200`,
      [id, role],
    )
    return withParticipants(db, rows)
  }
  const counterparts = await db.all<{ id: string; name: string; n: number }>(
    `SELECT c.id, c.name, count(*) AS n FROM event_actors x JOIN event_actors y ON y.article_id = x.article_id AND y.event_id = x.event_id AND y.actor_id <> x.actor_id
     JOIN events e ON e.article_id = x.article_id AND e.event_id = x.event_id AND e.first_mention = 1
     JOIN actors c ON c.id = y.actor_id WHERE x.actor_id = ? GROUP BY c.id, c.name ORDER BY n DESC, c.name LIMIT 20`,
    [id],
  )
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    ...(actor.country && { country: actor.country }),
    ...(actor.sector && { sector: actor.sector }),
    aliases,
    articles,
    roles: [...roles.values()],
    quotes: quotes.map((q) => ({
      article: q.article_id,
      id: q.quote_id,
      kind: q.kind,
      content: q.content,
      ...(q.date && { date: q.date }),
    })),
    eventsAsActor: await eventsAs('actor'),
    eventsAsRecipient: await eventsAs('recipient'),
    counterparts: counterparts.map((c) => ({ id: c.id, name: c.name, events: Number(c.n) })),
  }
}
