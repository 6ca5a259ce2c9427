import { firstEndingAfter } from '../../doc/span.js'
import type { Entity, Token } from '../../doc/types.js'
import { roleNounOf } from './find-roles.js'
import { ORG_CODES, ORG_NAME_SECTORS, ROLE_SECTORS } from './lexicon.js'
import type { Places } from './places.js'

/** Verbs (and auxiliaries) that make a capital the actor: "Moscow welcomed", "Kyiv denied", "Washington will". */
const ACTOR_VERB =
  /^(?:said|says|say|denied|denies|warned|warns|imposed|welcomed|rejected|accused|announced|insisted|responded|demanded|urged|claimed|threatened|agreed|refused|will|would|has|had|is|was|wants|plans|called|signed|sent|launched)$/

/** Country and sector of an organisation from its name: the international bodies we know, then its words. */
export function codeOrganisation(name: string, places: Places): { country?: string; sector?: string } {
  const known = ORG_CODES[name.toLowerCase().replace(/^the\s+/, '')]
  if (known) return known
  let country: string | undefined
  for (const word of name.split(/[\s-]+/)) country ??= places.country(word) ?? places.demonym(word)
  const sector = ORG_NAME_SECTORS.find(([pattern]) => pattern.test(name))?.[1]
  return { ...(country && { country }), ...(sector && { sector }) }
}

/** Words that make a title a past one: PLOVER codes former and retired officials ELI ("FORMER_PRESIDENT"). */
const FORMER = /(?:^|\s|-)(?:former|ex|retired|onetime|one-time|erstwhile)(?:\s|-)/i

/** Country and sector for a role title: "spokesperson" → GOV, "Former President" → ELI. */
export function sectorOfTitle(title: string): string | undefined {
  const noun = roleNounOf(title)
  if (!noun) return undefined
  if (FORMER.test(title)) return 'ELI'
  // PLOVER's OPP: "opposition leader", "leader of the opposition" hold no office of government.
  return /\bopposition\b/i.test(title) ? 'OPP' : ROLE_SECTORS[noun]
}

/**
 * Gives each entity its PLOVER actor code: ISO3 country and sector.
 * - Places: their country; a capital or seat of power used as an actor ("Moscow welcomed", "the Kremlin said")
 *   is that country's government (GOV).
 * - Organisations: the bodies we know (NATO → IGO, Kremlin → RUS GOV), else country and sector words in the name.
 * - People: sector from their role title; country from what the role is of ("Kremlin spokesperson" → RUS), else
 *   from a nationality in the title.
 */
export function codeActors(entities: Entity[], places: Places, text: string, tokens: readonly Token[]): void {
  const byName = new Map(entities.map((e) => [e.name, e]))
  for (const entity of entities) {
    if (entity.label === 'GPE' || entity.label === 'LOC' || entity.label === 'FAC') {
      entity.country ??= places.country(entity.name) ?? places.city(entity.name)
      if (places.seat(entity.name) && entity.mentions.some((m) => m.kind === 'name' && isActorUse(text, tokens, m.end)))
        entity.sector = 'GOV'
    } else if (entity.label === 'ORG') {
      const code = codeOrganisation(entity.name, places)
      entity.country ??= code.country
      entity.sector ??= code.sector
    }
  }
  for (const entity of entities) {
    if (entity.label !== 'PERSON') continue
    for (const role of entity.roles) {
      entity.sector ??= sectorOfTitle(role.title)
      const owner = role.of ? byName.get(role.of) : undefined
      if (owner?.country) entity.country ??= owner.country
      else if (role.of) entity.country ??= places.country(role.of) ?? places.demonym(role.of)
      for (const word of role.title.split(/\s+/)) entity.country ??= places.demonym(word) ?? places.country(word)
      // An official of an international body acts for it: "European Commission President" is IGO, not GOV.
      if (owner?.sector === 'IGO' || owner?.sector === 'UNO') entity.sector = owner.sector
    }
  }
  for (const entity of entities) if (entity.country || entity.sector) entity.rule = 'entities/text'
}

function isActorUse(text: string, tokens: readonly Token[], end: number): boolean {
  const next = tokens[firstEndingAfter(tokens, end)]
  if (!next) return false
  let word = text.slice(next.start, next.end)
  if (word === '’s' || word === "'s") return false
  if (word === ',') return false
  word = word.toLowerCase()
  return ACTOR_VERB.test(word) || (/^[a-z]+ed$/.test(word) && word.length > 4)
}
