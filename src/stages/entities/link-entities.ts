import { anchorOf } from '../../doc/anchor.js'
import { firstEndingAfter, firstStartingAtOrAfter } from '../../doc/span.js'
import type { Doc, Entity } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { defaultKnowledgeBase, type KnowledgeBase } from '../../actors/knowledge-base.js'
import { codeActors } from './actor-codes.js'
import { applyKnowledge } from './apply-knowledge.js'
import { type ActorBook, applyActorBook, defaultActorBook } from './actor-book.js'
import { findGroups } from './find-groups.js'
import { defaultGivenNameGenders, genderByGivenName } from './given-name-gender.js'
import { findRoles } from './find-roles.js'
import { groupMentions } from './group-mentions.js'
import { propagateNames } from './propagate-names.js'
import { defaultPlaces, type Places } from './places.js'
import { resolveNominals } from './resolve-nominals.js'
import { resolvePronouns } from './resolve-pronouns.js'
import { scoreSalience } from './salience.js'

type EntityInput = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'mentions' | 'quotations' | 'paragraphs'>

/**
 * The entities stage: groups name mentions into entities, reads roles from titles and appositives, resolves
 * descriptions ("the president") and pronouns, and codes each entity as a PLOVER actor (country, sector).
 */
export function linkEntities(
  doc: EntityInput,
  date: string | undefined,
  book: ActorBook = defaultActorBook(),
  places: Places = defaultPlaces(),
  knowledge: KnowledgeBase | null = defaultKnowledgeBase(),
  contextCountries: readonly string[] = [],
): Entity[] {
  const { text, tokens } = doc
  const entities = groupMentions(text, doc.mentions, places)
  propagateNames(text, tokens, entities)
  const owner: (Entity | undefined)[] = new Array(tokens.length)
  for (const entity of entities) {
    for (const m of entity.mentions) {
      for (let t = firstEndingAfter(tokens, m.start); t < tokens.length && tokens[t].start < m.end; t++)
        owner[t] = entity
    }
  }
  const entityAt = (i: number) => (i >= 0 && i < tokens.length ? owner[i] : undefined)
  const people = entities
    .filter((e) => e.label === 'PERSON')
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, entity })))
  people.sort((a, b) => a.start - b.start)
  const personBefore = (offset: number) => people[firstStartingAtOrAfter(people, offset) - 1]?.entity
  const ctx = { text, tokens, entityAt, personBefore, titles: new Set<number>() }
  for (const entity of entities) {
    if (entity.label !== 'PERSON') continue
    for (const m of entity.mentions.filter((x) => x.kind === 'name')) {
      const first = firstEndingAfter(tokens, m.start)
      let last = first
      while (last < tokens.length && tokens[last].end <= m.end) last++
      findRoles(ctx, entity, first, last)
    }
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start)
  codeActors(entities, places, text, tokens)
  const booked = applyActorBook(entities, knowledge ? book.ownEntries() : book, date)
  if (knowledge) applyKnowledge(entities, knowledge, date, booked, contextCountries)
  // "Don Fowler … her bid": a man's given name keeps "her" from resolving to him (and giving him her gender).
  genderByGivenName(entities, defaultGivenNameGenders())
  resolveNominals({ text, tokens, entityAt, places }, entities)
  const claimedStarts = new Set(
    entities.flatMap((e) =>
      e.mentions
        .filter((m) => m.kind === 'title' || m.kind === 'nominal')
        .flatMap((m) => [m.start, ...wordStarts(text, m)]),
    ),
  )
  entities.push(...findGroups({ text, tokens, entityAt, claimed: (offset) => claimedStarts.has(offset) }, entities))
  resolvePronouns(doc, entities)
  const title = doc.paragraphs.find((p) => p.kind === 'title')
  scoreSalience(entities, text.length, title ? title.end : 0)
  return entities
}

/** Offsets where each word of a mention starts. */
function wordStarts(text: string, m: { start: number; end: number }): number[] {
  const starts: number[] = []
  for (let i = m.start; i < m.end; i++) if (text[i - 1] === ' ') starts.push(i)
  return starts
}

/** The entities stage. */
export const linkEntitiesStage: Stage<'entities'> = {
  layer: 'entities',
  requires: ['mentions', 'tokens', 'sentences', 'quotations', 'paragraphs', 'structure'],
  run: (doc, ctx) =>
    linkEntities(
      doc,
      anchorOf(doc)?.day,
      (ctx.options.actors as ActorBook | undefined) ?? defaultActorBook(),
      defaultPlaces(),
      defaultKnowledgeBase(),
      (ctx.options.contextCountries as string[] | undefined) ?? [],
    ),
}
