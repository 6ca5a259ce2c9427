import { createHash } from 'node:crypto'
import type { Db } from './db.js'
import type { StoredAnalysis } from './stored-analysis.js'

/**
 * The names an entity is linked across articles by, and those it is only found by: a person's one-word names
 * ("Clinton", "Trump") are shared by relatives and namesakes, so they link a person only when they are all the
 * article gave.
 */
export function actorNames(entity: { name: string; aliases: string[]; type: string }): {
  linking: string[]
  searchOnly: string[]
} {
  const names = [entity.name, ...entity.aliases]
  if (entity.type !== 'PERSON' || !/\s/.test(entity.name.trim())) return { linking: names, searchOnly: [] }
  return {
    linking: names.filter((n) => /\s/.test(n.trim())),
    searchOnly: names.filter((n) => !/\s/.test(n.trim())),
  }
}

/** Case and accent folded: the key under which an alias is looked up across articles. */
export function aliasKey(type: string, name: string): string {
  return `${type}:${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`
}

/**
 * Links an article's entities to the corpus's actors. Owns two caches of what is committed: alias key → actor id
 * (aliases never move once stored) and the `actor|country/sector` pairs already written. A rolled-back save may
 * have added entries for rows that are gone, so the save queue calls `forget` after every rollback.
 */
export class ActorLinker {
  private readonly aliases = new Map<string, string>()
  private readonly coded = new Set<string>()

  forget(): void {
    this.aliases.clear()
    this.coded.clear()
  }

  /**
   * The corpus actor of an article's entity: found by any of its names, else created; its names become aliases
   * and its code fills what the actor lacks. Known names are answered from memory.
   */
  async actorFor(tx: Db, entity: StoredAnalysis['entities'][number]): Promise<string> {
    const { linking, searchOnly } = actorNames(entity)
    const keys = [...new Set(linking.map((n) => aliasKey(entity.type, n)))]
    const code = `${entity.country ?? ''}/${entity.sector ?? ''}`
    const known = keys.map((k) => this.aliases.get(k))
    const first = entity.actorId ?? known[0]
    if (first && known.every((a) => a === first) && (code === '/' || this.coded.has(`${first}|${code}`))) return first
    // The knowledge base's id names the actor in every article; else any of its full names already stored.
    let actorId: string | undefined = entity.actorId ?? known.find(Boolean)
    for (const key of keys) {
      if (actorId) break
      actorId = (await tx.get<{ actor_id: string }>('SELECT actor_id FROM actor_aliases WHERE alias_key = ?', [key]))
        ?.actor_id
    }
    const existing = actorId && (await tx.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [actorId]))
    if (!existing) {
      // A new actor: the base's id, else one derived from the whole key (no two keys share it).
      actorId ??= `x${createHash('sha256').update(keys[0]).digest('base64url').slice(0, 22)}`
      const key = entity.actorId ? `${keys[0]}@${entity.actorId}` : keys[0]
      await tx.run(
        'INSERT INTO actors (id, key, name, type, country, sector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [actorId, key, entity.name, entity.type, entity.country ?? null, entity.sector ?? null],
      )
      actorId =
        (await tx.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [actorId]))?.id ??
        (await tx.get<{ id: string }>('SELECT id FROM actors WHERE key = ?', [key]))?.id
    } else if (code !== '/') {
      await tx.run('UPDATE actors SET country = coalesce(country, ?), sector = coalesce(sector, ?) WHERE id = ?', [
        entity.country ?? null,
        entity.sector ?? null,
        existing.id,
      ])
    }
    if (!actorId) throw new Error(`cannot store the actor "${entity.name}"`)
    this.coded.add(`${actorId}|${code}`)
    for (const key of keys) {
      if (this.aliases.has(key)) continue
      const alias = linking.find((n) => aliasKey(entity.type, n) === key) ?? entity.name
      await tx.run(
        'INSERT INTO actor_aliases (alias_key, folded, actor_id, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [key, key.slice(key.indexOf(':') + 1), actorId, alias],
      )
      this.aliases.set(
        key,
        (await tx.get<{ actor_id: string }>('SELECT actor_id FROM actor_aliases WHERE alias_key = ?', [key]))!.actor_id,
      )
    }
    // A surname alone ("Clinton") is shared by several people: it finds each of them, and links none.
    for (const name of searchOnly) {
      const key = `${aliasKey(entity.type, name)}@${actorId}`
      if (this.aliases.has(key)) continue
      await tx.run(
        'INSERT INTO actor_aliases (alias_key, folded, actor_id, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [key, aliasKey('', name).slice(1), actorId, name],
      )
      this.aliases.set(key, actorId)
    }
    return actorId
  }
}
