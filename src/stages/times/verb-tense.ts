import type { SentenceSyntax } from '../../doc/types.js'
import { childrenOf, clauseOf } from '../syntax/tree.js'
import { PLAN_NOUNS, PLAN_VERBS } from './lexicon.js'

/** Which way the verb that governs a time expression looks from the day of writing. */
export type VerbTense = 'future' | 'past'

const FUTURE_AUX = /^(?:will|'ll|’ll|shall|wo)$/i
const PAST_AUX = /^(?:was|were|had|did)$/i
const HAVE = /^(?:has|have|'ve|’ve)$/i
const BE_PRESENT = /^(?:is|are|am|'s|’s|'re|’re)$/i

/**
 * The tense of the verb that governs the expression at `[start, end)`, read from the parse: the head of the
 * clause the expression hangs from, with its auxiliaries. "will meet on Tuesday" and "is meeting Tuesday" look
 * ahead; "met on Tuesday", "had met", "has agreed" look back; an infinitive under a verb of planning ("agreed to
 * buy the line in February", "plans to visit Monday") looks ahead, under any other verb it takes that verb's
 * tense ("made it hard to meet demand well into the summer": past). Undefined for a present or a conditional
 * ("would"), and when the sentence was not parsed. `text` is the document's text.
 */
export function verbTense(
  s: SentenceSyntax | undefined,
  text: string,
  start: number,
  end: number,
): VerbTense | undefined {
  if (!s) return undefined
  // The expression's own head: its token whose head lies outside it.
  const inside = (k: number) => k >= 0 && s.tokens[k].start >= start && s.tokens[k].end <= end
  let head = -1
  for (let k = 0; k < s.tokens.length; k++)
    if (inside(k) && !inside(s.tokens[k].head)) {
      head = k
      break
    }
  if (head < 0 || s.tokens[head].head < 0) return undefined
  return clauseTense(s, text, clauseOf(s, s.tokens[head].head), 0)
}

/**
 * The tense of clause head `v`. An infinitive, or a clause without a verb of its own ("made it hard …": "hard"),
 * defers to the word it hangs from (at most three levels up); under a verb or noun of planning it looks ahead.
 */
function clauseTense(s: SentenceSyntax, text: string, v: number, depth: number): VerbTense | undefined {
  if (v < 0 || depth > 3) return undefined
  const word = (k: number) => text.slice(s.tokens[k].start, s.tokens[k].end)
  const t = s.tokens[v]
  const aux = childrenOf(s, v, 'aux', 'aux:pass', 'cop').map(word)
  if (aux.some((a) => FUTURE_AUX.test(a))) return 'future'
  if (aux.some((a) => /^(?:would|may|might|could|should|can|must)$/i.test(a))) return undefined
  if (aux.some((a) => PAST_AUX.test(a))) return 'past'
  if (t.xpos === 'VBD') return 'past'
  if (t.xpos === 'VBN' && aux.some((a) => HAVE.test(a))) return 'past'
  if (t.xpos === 'VBG' && aux.some((a) => BE_PRESENT.test(a))) return 'future'
  const infinitive = t.xpos === 'VB' && childrenOf(s, v, 'mark').some((k) => /^to$/i.test(word(k)))
  const verbless = !/^(?:VERB|AUX)$/.test(t.upos) && aux.length === 0
  if (!(infinitive || verbless) || t.head < 0 || !/^(?:xcomp|advcl|acl)/.test(t.deprel)) return undefined
  // "an agreement to acquire the company in January": a noun of planning above the infinitive looks ahead.
  if (infinitive && PLAN_NOUNS.test(word(t.head))) return 'future'
  const governor = clauseOf(s, t.head)
  if (governor < 0) return undefined
  // "had planned to leave on Monday": a plan in the past perfect is over.
  const perfect = childrenOf(s, governor, 'aux').some((k) => /^had$/i.test(word(k)))
  if (infinitive && PLAN_VERBS.test(word(governor)) && !perfect) return 'future'
  return clauseTense(s, text, governor, depth + 1)
}
