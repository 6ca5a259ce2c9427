import type { SenseContext, Sense } from './sense.js'

/**
 * Phrasal verbs read before a verb's object gives its sense: "called off the strike" (CONCEDE), "withdrew from the race" (no retreat), "handed down a sentence" (SANCTION/convict).
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function phrasalSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower } = ctx
  if (/^(call|calls|called|calling)$/.test(w) && lower(i + 1) === 'off') {
    // "called off the strike": dissent eased.
    for (let k = i + 2; k <= i + 5; k++)
      if (/^(strike|strikes|protest|protests|boycott|march|rally|demonstration|demonstrations)$/.test(lower(k)))
        return { type: 'CONCEDE', object: k }
    return undefined
  }
  // "withdrew from the squad", "withdrew from the race": a player's or a candidate's exit, no retreat.
  if (
    /^withdr/.test(w) &&
    lower(i + 1) === 'from' &&
    /^(squad|team|race|tournament|match|competition|championship|game|contest|contention)$/.test(
      lower(i + 2) === 'the' ? lower(i + 3) : lower(i + 2),
    )
  )
    return undefined
  // "handed down a sentence": a conviction, read before what is handed over.
  if ((w === 'handed' || w === 'hand' || w === 'hands') && lower(i + 1) === 'down') {
    for (let k = i + 2; k <= i + 6; k++)
      if (/^(sentence|sentences|verdict|jail|prison)$/.test(lower(k))) return { type: 'SANCTION', mode: 'convict' }
    return undefined
  }
  return null
}
