import { AppError } from '../../../errors.js'
import { aliasKey } from '../actor-linking.js'
import type { Db } from '../db.js'
import { like, placeholders } from '../sql.js'
import type { ActorCandidate, AmbiguousActor } from '../types.js'

/**
 * A filter's name matches several actors: the query answers them as candidates instead of guessing. A subclass
 * of `invalid_input` (the CLI's exit status 4, its message listing them); the API answers `{name, candidates}`.
 */
export class AmbiguousActorError extends AppError {
  constructor(readonly ambiguous: AmbiguousActor) {
    super(
      'invalid_input',
      `"${ambiguous.name}" names ${ambiguous.candidates.length} actors; ask again by one's id:\n${ambiguous.candidates
        .map((c) => `  ${c.id}  ${c.name} (${c.type}${c.country ? `, ${c.country}` : ''}; ${c.count} articles)`)
        .join('\n')}`,
    )
  }
}

/**
 * The one actor a filter names, by id or by name: an exact id is that actor only; a name all of whose matches
 * are one actor is that actor; a name several actors bear throws `AmbiguousActorError` with the candidates.
 * Empty when nothing matches.
 */
export async function actorFilter(db: Db, idOrName: string): Promise<string[]> {
  const direct = await db.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [idOrName])
  if (direct) return [direct.id]
  const ids = await findActors(db, idOrName)
  if (ids.length <= 1) return ids
  throw new AmbiguousActorError({ name: idOrName, candidates: await candidatesOf(db, ids) })
}

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
  return candidatesOf(db, await findActors(db, name))
}

async function candidatesOf(db: Db, ids: string[]): Promise<ActorCandidate[]> {
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
      count: Number(r.n),
      articles: Number(r.n),
    }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
}
