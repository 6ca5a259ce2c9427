import type { Db } from './db.js'
import type { StoredAnalysis } from './stored-analysis.js'

/** How many of a story's latest articles a new article of the story compares its events with. */
const STORY_ARTICLES_READ = 8

/**
 * An article of a story reports the happenings its earlier articles reported: each of its events that opens a
 * happening in the article joins that of an earlier article's event of the same type, with a party in common, no
 * other actor (outlets name the struck place differently: the town, its region, its country), and the same day
 * when both name one. Returns event id → the happening joined. The story's latest articles are read, by index:
 * the cost does not grow with the story.
 */
export async function joinedHappenings(
  tx: Db,
  id: string,
  storyId: string,
  analysis: StoredAnalysis,
  actorOf: Map<string, string>,
): Promise<Map<string, string>> {
  const rows = await tx.all<{
    article_id: string
    event_id: string
    type: string
    date: string | null
    happening: string | null
    actor_id: string | null
    role: string | null
  }>(
    `SELECT e.article_id, e.event_id, e.type, e.date, e.happening, x.actor_id, x.role FROM events e
     LEFT JOIN event_actors x ON x.article_id = e.article_id AND x.event_id = e.event_id
     WHERE e.article_id IN (SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY seq DESC LIMIT ?) AND e.first_mention = 1`,
    [storyId, id, STORY_ARTICLES_READ],
  )
  const earlier = new Map<
    string,
    { type: string; date?: string; happening: string; actors: string[]; recipients: string[] }
  >()
  for (const r of rows) {
    const key = `${r.article_id}/${r.event_id}`
    let e = earlier.get(key)
    if (!e)
      earlier.set(
        key,
        (e = {
          type: r.type,
          ...(r.date && { date: r.date }),
          happening: r.happening ?? key,
          actors: [],
          recipients: [],
        }),
      )
    if (r.actor_id) (r.role === 'actor' ? e.actors : e.recipients).push(r.actor_id)
  }
  const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x))
  const candidates = [...earlier.values()]
  const joined = new Map<string, string>()
  for (const event of analysis.events) {
    if (event.sameAs) continue
    const actors = event.actors.flatMap((a) => actorOf.get(a) ?? [])
    const recipients = event.recipients.flatMap((r) => actorOf.get(r) ?? [])
    const match = candidates.find(
      (e) =>
        e.type === event.type &&
        (shares(e.actors, actors) || shares(e.recipients, recipients)) &&
        !(e.actors.length && actors.length && !shares(e.actors, actors)) &&
        !(
          e.date &&
          event.date &&
          !e.date.startsWith(event.date.slice(0, 10)) &&
          !event.date.startsWith(e.date.slice(0, 10))
        ),
    )
    if (match) joined.set(event.id, match.happening)
  }
  return joined
}
