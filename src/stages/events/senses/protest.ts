import type { SenseContext, Sense } from './sense.js'
import { GROUP_NOUNS, POSSESSIVES, RIOT_GEAR, STRIKING_LIKENESS } from '../lexicon.js'

/**
 * Senses of protest: demonstrations, rallies against something, striking workers; not "riot police", "her march toward Election Day".
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function protestSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower } = ctx
  if (w === 'striking' && GROUP_NOUNS.has(lower(i + 1))) return { type: 'PROTEST', mode: 'strike' }
  if (w === 'striking' && STRIKING_LIKENESS.has(lower(i + 1))) return undefined // "a striking resemblance", "his striking partner"
  if (w === 'march' && POSSESSIVES.has(lower(i - 1))) return undefined // "continue her march toward Election Day"
  if (w === 'riot' && RIOT_GEAR.has(lower(i + 1))) return undefined // "riot police" are police
  if (/^demonstrat(e|es|ed|ing)$/.test(w)) {
    // "demonstrated outside the embassy" protests; "to demonstrate conservative credentials" shows.
    return /^(against|outside|in|at|near|for|on|,|\.)$/.test(lower(i + 1))
      ? { type: 'PROTEST', mode: 'demo' }
      : undefined
  }
  if (w === 'rally' || w === 'rallies') {
    // "a rally in Novi" is a campaign's; "a rally against the law" a protest.
    return /^(against|outside)$/.test(lower(i + 1)) || /^(protest|opposition|anti-government|mass)$/.test(lower(i - 1))
      ? { type: 'PROTEST', mode: 'demo' }
      : undefined
  }
  return null
}
