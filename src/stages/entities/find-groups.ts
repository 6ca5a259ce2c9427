import { tokenTexts } from '../../doc/vocab.js'
import { firstEndingAfter } from '../../doc/span.js'
import type { Entity, Token } from '../../doc/types.js'
import { sectorOfTitle } from './actor-codes.js'
import { roleNounOf } from './find-roles.js'
import { ROLE_MODIFIERS } from './lexicon.js'

/** The view of the article that group finding needs. */
export interface GroupContext {
  text: string
  tokens: readonly Token[]
  entityAt: (tokenIndex: number) => Entity | undefined
  /** True when a title or description mention of some entity covers this offset. */
  claimed: (offset: number) => boolean
}

/** Institutions (singular nouns) a country owns; plural agent nouns ("troops", "officials") are groups of people. */
const INSTITUTIONS = new Set([
  'air force',
  'army',
  'navy',
  'military',
  'armed forces',
  'forces',
  'government',
  'administration',
  'ministry',
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'police',
  'parliament',
  'congress',
  'senate',
  'court',
  'cabinet',
  'intelligence',
  'intelligence agency',
  'regime',
  'junta',
  'militia',
  'opposition',
  'authorities',
  'health department',
])

let counter = 0

/**
 * Finds the institutions and groups a country or organisation owns, which act in the news as often as people do:
 * "Ukraine's air force", "Russian troops", "US officials", "the Ukrainian military". Each becomes an entity of its
 * own (ORG for an institution, NORP for a group of people) coded with the owner's country and the sector of the
 * agent noun; repeated mentions of the same owner and noun join one entity.
 */
export function findGroups(ctx: GroupContext, entities: Entity[]): Entity[] {
  const { text, tokens } = ctx
  const texts = tokenTexts(text, tokens)
  const word = (i: number) => texts[i] ?? ''
  const found = new Map<string, Entity>()
  counter = 0
  for (const owner of entities) {
    if (!owner.country || (owner.label !== 'GPE' && owner.label !== 'ORG')) continue
    for (const m of owner.mentions) {
      if (m.kind !== 'name' && m.kind !== 'demonym') continue
      let k = firstEndingAfter(tokens, m.end)
      if (word(k) === '’s' || word(k) === "'s") k++
      else if (m.kind === 'name' && owner.label === 'GPE' && !/^[A-Z]{2,3}$/.test(word(k - 1))) continue // "Ukraine troops" is rare; "US officials" is common
      const first = k
      while (k < tokens.length && !ctx.entityAt(k) && /^\p{Ll}/u.test(word(k))) {
        if (isNounContinuation(word(k), word(k + 1))) k += 2
        else if (ROLE_MODIFIERS.has(word(k)) || roleNounOf(word(k))) k++
        else break
      }
      // "Kremlin spokesperson Dmitry Peskov" is a title; "the Ukrainian president" already names a person.
      if (k === first || /^\p{Lu}/u.test(word(k)) || ctx.claimed(tokens[first].start)) continue
      const phrase = text.slice(tokens[first].start, tokens[k - 1].end)
      const noun = roleNounOf(phrase)
      const sector = noun && sectorOfTitle(noun)
      if (!noun || !sector || !(INSTITUTIONS.has(noun) || (/(?:s|men)$/.test(noun) && noun !== 'leaders'))) continue
      const key = `${owner.country}:${noun}`
      let group = found.get(key)
      if (!group) {
        const plural = !INSTITUTIONS.has(noun)
        group = {
          id: `g${++counter}`,
          name: text.slice(m.start, tokens[k - 1].end),
          label: plural ? 'NORP' : 'ORG',
          mentions: [],
          aliases: [],
          roles: [],
          country: owner.country,
          sector,
          rule: 'entities/groups',
          salience: 0,
        }
        found.set(key, group)
      }
      group.mentions.push({ start: m.start, end: tokens[k - 1].end, kind: 'nominal' })
    }
  }
  for (const group of found.values()) group.mentions.sort((a, b) => a.start - b.start)
  return [...found.values()]
}

/** "air" in "air force", "foreign" in "foreign ministry": words that only make sense with the noun after them. */
function isNounContinuation(word: string, next: string): boolean {
  return roleNounOf(`${word} ${next}`) !== undefined
}
