import type { Quote } from '../../doc/types.js'
import { DOUBLE_OBJECT_CUES, MODALS, RAISING_VERBS } from './lexicon.js'
import type { QuoteContext } from './quote-context.js'

/**
 * Why a reported quote the tagger or the indirect rules found is no attribution at all, or undefined when it is one.
 * A cue counts when it governs a clause, a quote or a speech object; these do not:
 * - `quotes/not-cue/raising-verb`: "The senator appears ready to quit" (a raising verb reports no one's words,
 *   unless a reporting verb follows it: "appeared to blame the workers" is a blame; "it appeared that …" is the
 *   reporter's inference, which PolNeAR counts);
 * - `quotes/not-cue/noun`: "A strong third-party showing would deny …" (a cue word that heads the subject, right
 *   before a modal, is a noun);
 * - `quotes/not-cue/double-object`: "would deny Democrats a landslide" (to deny someone something is no denial).
 * Direct quotes keep their quotation marks as evidence and are never dropped here.
 */
export function notAttribution(ctx: QuoteContext, q: Quote): string | undefined {
  if (q.kind === 'direct' || !q.cue) return undefined
  const cue = ctx.tokenAt(q.cue.start)
  const last = ctx.tokenAt(q.cue.end - 1)
  const word = ctx.lower(cue)
  if (cue === last && RAISING_VERBS.has(word) && !cueAfter(ctx, last + 1) && ctx.lower(last + 1) !== 'that')
    return 'quotes/not-cue/raising-verb'
  if (cue === last && word.endsWith('ing') && MODALS.has(ctx.lower(last + 1)) && nounBefore(ctx, cue))
    return 'quotes/not-cue/noun'
  if (DOUBLE_OBJECT_CUES.has(word) && doubleObject(ctx, last + 1, ctx.tokenAt(q.content.end - 1)))
    return 'quotes/not-cue/double-object'
  return undefined
}

/** Whether a reporting verb stands in the three tokens from `from` ("appeared to blame"). */
function cueAfter(ctx: QuoteContext, from: number): boolean {
  for (let k = from; k < from + 3; k++) if (ctx.cue(k)) return true
  return false
}

/** Whether the word before token `i` belongs to a noun phrase it ends: a determiner, an adjective or a noun. */
function nounBefore(ctx: QuoteContext, i: number): boolean {
  const before = ctx.lower(i - 1)
  return before !== '' && before !== ',' && !/^(?:who|which|that|and|but|he|she|they|it|we|i)$/.test(before)
}

const DETERMINERS = /^(?:a|an|the|any|his|her|their|its|this|that|these|those)$/
/** Words that open a clause or an adjunct after the object: "denied Trump's claim that …", "denied involvement in". */
const OPENERS = /^(?:that|to|in|on|of|for|with|by|at|from|about|as|and|or)$/

/**
 * "deny Democrats a landslide", "denied the senator the chance": one to three words (a name, a pronoun or a short
 * phrase without a determiner) and then a second object opened by a determiner, with no clause or adjunct opener
 * between ("denied any involvement in the attacks", "denied Trump's claim that …" are denials).
 */
function doubleObject(ctx: QuoteContext, from: number, last: number): boolean {
  if (DETERMINERS.test(ctx.lower(from))) return false
  for (let k = from + 1; k <= Math.min(last, from + 3); k++) {
    const w = ctx.lower(k)
    if (DETERMINERS.test(w)) return true
    if (!/^[\p{L}’'-]+$/u.test(w) || OPENERS.test(w)) return false
  }
  return false
}
