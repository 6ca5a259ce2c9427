import { AppError } from '../../../errors.js'
import { aliasKey } from '../actor-linking.js'
import type { Db } from '../db.js'
import { like, placeholders } from '../sql.js'
import type { ActorCandidate } from '../types.js'

/** Actor ids whose name or an alias contains the words (case and accents ignored). */
export async function findActors(db: Db, name: string): Promise<string[]> {
  const folded = aliasKey('', name).slice(1)
  if (!folded) throw new AppError('invalid_input', 'expected an actor name')
  const rows = await db.all<{ actor_id: string }>(
    'SELECT DISTINCT actor_id FROM actor_aliases WHERE folded = ? ORDER BY actor_id',
    [folded],
  )
  if (rows.length) return rows.map((r) => r.actor_id)
  const partial = await db.all<{ actor_id: string }>(
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE folded LIKE ? ESCAPE '\\' ORDER BY actor_id LIMIT 50",
    [like(folded)],
  )
  return partial.map((r) => r.actor_id)
}

/**
 * The actors a name may be, most mentioned first: their name, type, country and number of articles. A person
 * and a place of one name ("Trump"), or relatives ("Clinton"), are candidates side by side, never merged.
 */
export async function actorCandidates(db: Db, name: string): Promise<ActorCandidate[]> {
  const ids = await findActors(db, name)
  if (ids.length === 0) return []
  const rows = await db.all<{
    id: string
    name: string
    type: string
    country: string | null
    n: number | string
  }>(
    `SELECT a.id, a.name, a.type, a.country, (SELECT count(*) FROM article_actors x WHERE x.actor_id = a.id) AS n
     FROM actors a WHERE a.id IN (${placeholders(ids)})`,
    ids,
  )
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      ...(r.country && { country: r.country }),
      articles: Number(r.n),
    }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
}
