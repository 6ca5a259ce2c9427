import type { SentenceSyntax, TimeExpr } from '../../doc/types.js'
import { firstStartingAtOrAfter } from '../../doc/span.js'
import { childrenOf, clauseOf, isRelation } from '../syntax/tree.js'
import { NEGATIONS } from './lexicon.js'

/** Verbs through whose complement a negation reaches the trigger: "didn't step up to oppose", "did not try to stop". */
const RAISING = ['xcomp']

/**
 * Whether the trigger at parse position `p` is negated (`events/negated-parse`): a "not", "n't" or "never" on it, or
 * on a verb whose open complement it is ("Ruiz didn't step up to oppose Reyes": no rejection).
 */
export function isNegatedInParse(s: SentenceSyntax, text: string, p: number): boolean {
  let k = p
  for (let steps = 0; k >= 0 && steps < 4; steps++) {
    const t = s.tokens[k]
    if (!t) return false
    for (const c of childrenOf(s, k, 'advmod', 'neg')) {
      const w = text.slice(s.tokens[c].start, s.tokens[c].end).toLowerCase()
      if (NEGATIONS.has(w)) return true
    }
    if (!RAISING.some((r) => isRelation(t.deprel, r))) return false
    k = t.head
  }
  return false
}

/** Auxiliaries of a past perfect: "had seized". */
const PERFECT = new Set(['had', "'d", '’d'])

/**
 * Whether the trigger at `p` tells background (`events/date-background`): a past perfect ("had seized") or a
 * participle modifying a noun ("documents seized in 2008"). Such an event keeps its own date or none, never the
 * publication day.
 */
export function isBackground(s: SentenceSyntax, text: string, p: number): boolean {
  const t = s.tokens[p]
  if (!t) return false
  if (isRelation(t.deprel, 'acl') && !isRelation(t.deprel, 'acl:relcl') && t.xpos === 'VBN') return true
  return childrenOf(s, p, 'aux').some((c) => PERFECT.has(text.slice(s.tokens[c].start, s.tokens[c].end).toLowerCase()))
}

/**
 * The date of the time expression in the trigger's own clause (`events/date-clause`): of the calendar dates in the
 * sentence, the nearest one whose clause is the trigger's; undefined when none is ("Netanyahu will meet Macron,
 * his office said on Sunday": Sunday dates the saying, not the meeting).
 */
export function clauseDate(s: SentenceSyntax, times: readonly TimeExpr[], p: number): TimeExpr | undefined {
  const own = clauseOf(s, p)
  if (own < 0 || !s.tokens[p]) return undefined
  const first = s.tokens[0]?.start ?? 0
  const last = s.tokens[s.tokens.length - 1]?.end ?? 0
  let best: TimeExpr | undefined
  for (let n = firstStartingAtOrAfter(times, first); n < times.length && times[n].end <= last; n++) {
    const time = times[n]
    if (time.type !== 'DATE') continue
    if (time.value ? !/^\d{4}(?:$|-(?:\d{2}|W\d{2}))/.test(time.value) : time.anchor !== 'unknown') continue
    const k = s.tokens.findIndex((t) => t.start <= time.start && time.start < t.end)
    if (k < 0 || clauseOf(s, k) !== own) continue
    if (!best || Math.abs(time.start - s.tokens[p].start) < Math.abs(best.start - s.tokens[p].start)) best = time
  }
  return best
}
