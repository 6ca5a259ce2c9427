import type { SenseContext, Sense } from './sense.js'
import { MARKET_WORDS, NO_COMMENT } from '../lexicon.js'

/**
 * Senses of asking and refusing: requests and appeals that ask for something, "called for", refusals ("declined to meet", not "declined to comment"), not market demand.
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function requestsSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower } = ctx
  if (
    (w === 'demand' || w === 'demands') &&
    (MARKET_WORDS.has(lower(i - 1)) || (lower(i + 1) === 'from' && lower(i - 1) !== 'a'))
  )
    return undefined
  if (w === 'request' || w === 'requests' || w === 'appeal' || w === 'appeals') {
    // "requests for comment" ask a reporter's question; "his appeal among voters", "an appeals court" ask nothing.
    if (lower(i + 1) === 'for' && /^(comment|comments|information|interviews?)$/.test(lower(i + 2))) return undefined
    if (
      (w === 'appeal' || w === 'appeals') &&
      !/^(for|to|on|against)$/.test(lower(i + 1)) &&
      !/^(made|launched|issued|an)$/.test(lower(i - 1))
    )
      return undefined
    // "Cruz appeals to Reagan Democrats" attracts them; "appealed to the UN to intervene" asks.
    if (/^appeal/.test(w) && lower(i + 1) === 'to' && !askedToAct(lower, i + 2)) return undefined
    return { type: 'REQUEST' }
  }
  if (w === 'declined' || w === 'declines' || w === 'decline' || w === 'declining')
    return lower(i + 1) === 'to' && !NO_COMMENT.has(lower(i + 2)) ? { type: 'REJECT' } : undefined
  if (
    (w === 'called' || w === 'calls' || w === 'call' || w === 'calling') &&
    (lower(i + 1) === 'for' || lower(i + 1) === 'on')
  )
    return { type: 'REQUEST' }
  return null
}

/** True when "to" and a verb, or "for", follow within eight words of token i: "appealed to the UN to intervene", "… for help". */
function askedToAct(lower: (i: number) => string, i: number): boolean {
  for (let k = i; k < i + 8; k++) {
    if (
      lower(k) === 'for' ||
      (lower(k) === 'to' && /^[a-z]+$/.test(lower(k + 1)) && !/^(the|a|an|his|her|their|its)$/.test(lower(k + 1)))
    )
      return true
    if (lower(k) === '.' || lower(k) === ';' || lower(k) === '') return false
  }
  return false
}
