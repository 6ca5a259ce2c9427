import type { Entity, EntityLabel } from '../doc/types.js'
import { overlaps } from '../doc/span.js'
import type { ActorBook } from '../stages/entities/actor-book.js'
import { sectorOfTitle } from '../stages/entities/actor-codes.js'
import { roleNounOf } from '../stages/entities/find-roles.js'
import { defaultPlaces } from '../stages/entities/places.js'
import { analyzeDoc } from './analyze.js'

/** An actor string resolved the way the pipeline codes actors. */
export interface ResolvedActor {
  name: string
  type: EntityLabel
  country: string | null
  sector: string | null
  roles: { title: string; of?: string }[]
}

/** Options for `resolveActor`. */
export interface ResolveActorOptions {
  /** A sentence the text occurs in; it gives titles, appositives and pronouns their meaning. */
  context?: string
  /** The date roles are read at (YYYY-MM-DD); default today. */
  date?: string
  actors?: ActorBook
}

/**
 * Resolves one actor string ("Kremlin spokesperson Dmitry Peskov", "Ukraine's air force", "Russian soldiers")
 * by running the pipeline over it (or over `context`), then taking the entity it names. A country or nationality
 * followed by an agent noun is a group of that country: "Ukraine's air force" → UKR/MIL.
 * @example resolveActor('the Kremlin') // { name: 'Kremlin', type: 'ORG', country: 'RUS', sector: 'GOV', … }
 */
export function resolveActor(text: string, options: ResolveActorOptions = {}): ResolvedActor {
  const source = options.context?.includes(text) ? options.context : text
  // A question about an actor, not an article: with no date given, its roles are read as of today (documented).
  const date = options.date ?? new Date().toISOString().slice(0, 10)
  const doc = analyzeDoc(
    source,
    { published: date },
    { stageOptions: { ...(options.actors && { actors: options.actors }) } },
  )
  const at = doc.text.indexOf(text.trim())
  const span = at >= 0 ? { start: at, end: at + text.trim().length } : { start: 0, end: doc.text.length }
  const named = doc.entities.filter((e) => e.mentions.some((m) => overlaps(m, span) && m.kind !== 'pronoun'))
  const rank: Partial<Record<EntityLabel, number>> = { PERSON: 0, ORG: 1, NORP: 2, GPE: 3, LOC: 4 }
  named.sort((a, b) => (rank[a.label] ?? 5) - (rank[b.label] ?? 5))
  const head = named[0]
  const phrase = doc.text.slice(span.start, span.end).replace(/^the\s+/i, '')
  const agent = agentNoun(phrase)
  if (head && head.label !== 'PERSON' && agent && !(head.label === 'ORG' && head.name.toLowerCase().includes(agent))) {
    return group(phrase, head, agent)
  }
  if (head)
    return {
      name: head.name,
      type: head.label,
      country: head.country ?? null,
      sector: head.sector ?? null,
      roles: head.roles,
    }
  const places = defaultPlaces()
  let country: string | null = null
  for (const word of phrase.split(/[\s’']+/)) country ??= places.country(word) ?? places.demonym(word) ?? null
  return {
    name: phrase,
    type: agent && /s$/.test(agent) ? 'NORP' : 'ORG',
    country,
    sector: (agent && sectorOfTitle(agent)) ?? null,
    roles: [],
  }
}

/** The role or agent noun at the end of a phrase ("ruling junta", "air force", "soldiers"). */
function agentNoun(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/)
  for (let k = Math.max(0, words.length - 3); k < words.length; k++) {
    const noun = roleNounOf(words.slice(k).join(' '))
    if (noun) return noun
  }
  return undefined
}

function group(phrase: string, head: Entity, agent: string): ResolvedActor {
  return {
    name: phrase,
    type: /s$/.test(agent) && agent !== 'forces' ? 'NORP' : 'ORG',
    country: head.country ?? null,
    sector: sectorOfTitle(agent) ?? head.sector ?? null,
    roles: [],
  }
}
