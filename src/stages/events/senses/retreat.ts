import type { SenseContext, Sense } from './sense.js'
import { CLAUSE_BREAKS, RELEASED_THINGS } from '../lexicon.js'

/**
 * Senses of retreat: releases of people (not of videos or polls), "set free", "pulled out", "stepped down".
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function retreatSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower, named } = ctx
  if (w === 'release' || w === 'releases' || w === 'released' || w === 'releasing') {
    // "released a video", "a poll released in August": no one was freed.
    if (RELEASED_THINGS.has(lower(i - 1))) return undefined
    for (let k = i + 1; k <= i + 8 && !named[k] && !CLAUSE_BREAKS.has(lower(k)); k++)
      if (RELEASED_THINGS.has(lower(k))) return undefined
    // "released to the media": made public.
    if (
      lower(i + 1) === 'to' &&
      /^(media|press|public|reporters)$/.test(lower(i + 2) === 'the' ? lower(i + 3) : lower(i + 2))
    )
      return undefined
    return { type: 'RETREAT', mode: 'release' }
  }
  if (w === 'free')
    return lower(i - 1) === 'let' || lower(i - 1) === 'set' || lower(i - 1) === 'sets'
      ? { type: 'RETREAT', mode: 'release' }
      : undefined
  if ((w === 'pull' || w === 'pulled' || w === 'pulling' || w === 'pulls') && lower(i + 1) === 'out')
    return { type: 'RETREAT', mode: 'withdraw' }
  if ((w === 'step' || w === 'steps' || w === 'stepped' || w === 'stepping') && lower(i + 1) === 'down')
    return { type: 'RETREAT', mode: 'resign' }
  return null
}
