import { tokenTexts } from '../../doc/vocab.js'
import { firstStartingAtOrAfter } from '../../doc/span.js'
import type { Entity, Token } from '../../doc/types.js'
import { roleNounOf } from './find-roles.js'
import { ROLE_MODIFIERS } from './lexicon.js'
import { isLower } from '../text/char-class.js'
import type { Places } from './places.js'

/** Titles of a head of government or state: "Ukraine's leader" may be its president or its prime minister. */
const LEADERS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'emir'])
/** Descriptions that stand for a well-known organisation when it is named in the article. */
const STAND_INS: Readonly<Record<string, RegExp>> = {
  alliance: /^(?:NATO|North Atlantic)/,
  bloc: /^(?:EU|European Union)/,
  commission: /Commission$/,
}

/** The view of the article that nominal resolution needs. */
export interface NominalContext {
  text: string
  tokens: readonly Token[]
  entityAt: (tokenIndex: number) => Entity | undefined
  places: Places
}

/**
 * Finds descriptions that stand for an entity named elsewhere: "the Ukrainian president", "the president",
 * "Ukraine's leader", "the spokesman" (by the roles found from titles), and "the alliance" (NATO). A description
 * is resolved only when exactly one entity fits; it becomes a `nominal` mention.
 */
export function resolveNominals(ctx: NominalContext, entities: Entity[]): number {
  const { text, tokens } = ctx
  const texts = tokenTexts(text, tokens)
  const word = (i: number) => texts[i] ?? ''
  const byRole = indexByRole(entities)
  let found = 0
  for (let i = 0; i < tokens.length; i++) {
    const length = tokens[i].end - tokens[i].start
    if (length !== 3 && length !== 2) continue // only "the" and "’s" open a description
    const w = word(i)
    const possessive = (w === '’s' || w === "'s") && ctx.entityAt(i - 1)
    if (w !== 'the' && w !== 'The' && w !== 'THE' && !possessive) continue
    if (ctx.entityAt(i)) continue
    let k = i + 1
    let country: string | undefined
    const owner = possessive ? ctx.entityAt(i - 1) : ctx.entityAt(k)
    if (!possessive && owner) while (ctx.entityAt(k) === owner) k++
    if (owner)
      country =
        owner.country ??
        ctx.places.demonym(text.slice(tokens[possessive ? i - 1 : i + 1].start, tokens[possessive ? i - 1 : i + 1].end))
    const first = k
    while (k < tokens.length && isLower(word(k).charCodeAt(0)) && !ctx.entityAt(k)) {
      const w = word(k)
      if (!(ROLE_MODIFIERS.has(w.toLowerCase()) || roleNounOf(w) || STAND_INS[w])) break
      k++
    }
    if (k === first || /^\p{Lu}/u.test(word(k))) continue // a title before a name, not a description
    const phrase = text.slice(tokens[first].start, tokens[k - 1].end)
    const start = possessive ? tokens[i - 1].start : tokens[i].start
    const span = { start: possessive ? ownerStart(owner as Entity, start) : start, end: tokens[k - 1].end }
    const target = standIn(phrase, entities) ?? personWithRole(phrase, country, byRole)
    if (!target) continue
    target.mentions.push({ ...span, kind: 'nominal' })
    found++
    i = k - 1
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start)
  return found
}

/** Start of the owner's mention right before a possessive "'s" (mentions are sorted by start). */
function ownerStart(owner: Entity, possessive: number): number {
  const before = firstStartingAtOrAfter(owner.mentions, possessive) - 1
  return before >= 0 ? owner.mentions[before].start : possessive
}

function standIn(phrase: string, entities: readonly Entity[]): Entity | undefined {
  const pattern = STAND_INS[phrase.toLowerCase()]
  return pattern ? entities.find((e) => e.label === 'ORG' && pattern.test(e.name)) : undefined
}

/** People by the role noun of their titles; every head-of-government title also under "leader". */
function indexByRole(entities: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>()
  const add = (key: string, e: Entity) => {
    const list = index.get(key) ?? []
    if (!list.includes(e)) index.set(key, [...list, e])
  }
  for (const e of entities) {
    if (e.label !== 'PERSON') continue
    for (const r of e.roles) {
      const noun = roleNounOf(r.title)
      if (!noun) continue
      add(noun, e)
      if (LEADERS.has(noun)) add('leader', e)
    }
  }
  return index
}

function personWithRole(
  phrase: string,
  country: string | undefined,
  byRole: ReadonlyMap<string, Entity[]>,
): Entity | undefined {
  const noun = roleNounOf(phrase)
  if (!noun) return undefined
  const fits = (byRole.get(LEADERS.has(noun) && noun === 'leader' ? 'leader' : noun) ?? []).filter(
    (e) => !country || e.country === country,
  )
  return fits.length === 1 ? fits[0] : undefined
}
