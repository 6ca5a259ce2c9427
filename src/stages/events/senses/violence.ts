import type { SenseContext, Sense } from './sense.js'
import {
  ABSTRACT_FIGHTS,
  ASSAULT_MODES,
  EXERCISE_MODIFIERS,
  EXERCISE_WORDS,
  NATURAL_FORCES,
  PASSIVE_AUXILIARIES,
  WEAPONS,
} from '../lexicon.js'

/**
 * Senses of force: fights, strikes, attacks, beatings, weapons launched, fired or dropped, drills and alerts. "struck a deal" is an agreement, "on strike" a protest, "the quake struck" nothing.
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function violenceSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower, facts } = ctx
  if (EXERCISE_WORDS.has(w)) {
    if (
      !(
        EXERCISE_MODIFIERS.has(lower(i - 1)) ||
        EXERCISE_MODIFIERS.has(lower(i - 2)) ||
        (w !== 'games' && w !== 'game' && w !== 'exercise' && w !== 'exercises')
      )
    )
      return undefined
    if ((w === 'games' || w === 'game') && lower(i - 1) !== 'war') return undefined
    // "joint exercises", "drills with Japan": cooperation; a country's own drills show force (made cooperation when several hold them).
    const joint =
      lower(i - 1) === 'joint' || lower(i - 2) === 'joint' || lower(i - 3) === 'joint' || lower(i + 1) === 'with'
    return { type: joint ? 'COOPERATE' : 'MOBILIZE' }
  }
  if (w === 'fighting' || w === 'fought' || w === 'fight' || w === 'fights') {
    const next =
      lower(i + 1) === 'against' || lower(i + 1) === 'off'
        ? lower(i + 2) === 'the'
          ? lower(i + 3)
          : lower(i + 2)
        : lower(i + 1) === 'the'
          ? lower(i + 2)
          : lower(i + 1)
    return ABSTRACT_FIGHTS.has(next) ||
      lower(i - 1) === 'to' ||
      /^(title|prize|cage|dog|pillow|food|fist|bar)$/.test(lower(i - 1))
      ? undefined
      : { type: 'ASSAULT' }
  }
  if (w === 'shields' || w === 'shield')
    return lower(i - 1) === 'human' ? { type: 'ASSAULT', mode: 'abduct' } : undefined
  if (w === 'alert')
    return /^(on|high|full|maximum|heightened|red|combat)$/.test(lower(i - 1)) ? { type: 'MOBILIZE' } : undefined
  if (w === 'warfare') return lower(i - 1) === 'cyber' ? { type: 'COERCE', mode: 'cyber' } : { type: 'ASSAULT' }
  if (w === 'beaten' || w === 'beating') {
    // "beaten to death", "beaten by police", "was beaten": violence; "beating Oliver McCall on points", "were beaten 2-1" a game.
    const violent =
      (lower(i + 1) === 'to' && lower(i + 2) === 'death') ||
      lower(i + 1) === 'up' ||
      (lower(i + 1) === 'by' && facts[i + 2]?.group) ||
      (w === 'beaten' && PASSIVE_AUXILIARIES.has(lower(i - 1)) && !/^\d/.test(lower(i + 1)))
    return violent ? { type: 'ASSAULT', mode: 'beat' } : undefined
  }
  if (w === 'retaliate' || w === 'retaliation') return { type: 'THREATEN', mode: 'violence' }
  if (w === 'war') return /^(wage|wages|waged|waging)$/.test(lower(i - 1)) ? { type: 'ASSAULT' } : undefined
  if (w === 'attacks' || w === 'attack') {
    // "a series of verbal attacks" is criticism, not violence.
    if (lower(i - 1) === 'verbal' || lower(i - 1) === 'personal') return { type: 'ACCUSE', mode: 'disapprove' }
    if (lower(i - 1) === 'cyber') return { type: 'COERCE', mode: 'cyber' }
    if (/^(heart|panic|asthma|anxiety)$/.test(lower(i - 1))) return undefined // an illness
  }
  if (w === 'strike' || w === 'strikes' || w === 'struck') {
    if (/^(a|an|the)$/.test(lower(i + 1)))
      for (let k = i + 2; k <= i + 4; k++)
        if (/^(deal|agreement|accord|bargain)$/.test(lower(k))) return { type: 'AGREE' }
    // "struck down the law": a court, not a blow.
    if (lower(i + 1) === 'down' || lower(i + 2) === 'down' || lower(i + 3) === 'down') return undefined
    // "on strike", "a general strike", "a four-day strike": work stopped, not a blow.
    if (
      /-(?:day|week|month|hour)$/.test(lower(i - 1)) ||
      /^(national|nationwide|labour|labor|workers|teachers)$/.test(lower(i - 1))
    )
      return { type: 'PROTEST', mode: 'strike' }
    if (lower(i - 1) === 'on' || lower(i - 1) === 'general' || lower(i - 1) === 'hunger')
      return { type: 'PROTEST', mode: lower(i - 1) === 'hunger' ? 'hunger' : 'strike' }
    if (/^\d/.test(lower(i + 1))) return undefined // "struck 158": a score
    // "the quake struck", "the storm that struck the coast": nature, not an attacker.
    if (NATURAL_FORCES.has(lower(i - 1)) || (lower(i - 1) === 'that' && NATURAL_FORCES.has(lower(i - 2))))
      return undefined
    if (w === 'struck' && lower(i + 1) !== 'by') return { type: 'ASSAULT' }
    return w === 'strike' && lower(i - 1) === 'to'
      ? undefined
      : { type: 'ASSAULT', ...(ASSAULT_MODES.has(lower(i - 1)) && { mode: ASSAULT_MODES.get(lower(i - 1)) }) }
  }
  // "dropped bombs on the market": an air raid; "dropped the charges", "dropped out" are no attacks.
  if (/^(launch|launches|launched|launching|fire|fires|fired|firing|drop|drops|dropped|dropping)$/.test(w)) {
    if (w === 'fire' && /^(opened|open|opens|opening)$/.test(lower(i - 1))) return { type: 'ASSAULT', mode: 'firearms' }
    for (let k = i + 1; k <= i + 5; k++) {
      const weapon = WEAPONS.get(lower(k))
      if (weapon) return { type: 'ASSAULT', mode: weapon }
    }
    return undefined
  }
  return null
}
