import { indexAt } from '../../doc/span.js'
import type { Doc, TimeExpr } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { day } from './calendar.js'
import { FUTURE_MARKERS } from './lexicon.js'
import { TIME_MATCHERS } from './matchers.js'

const PAST_MARKERS = /\b(?:last|ago|was|were|had|did|said|met|held|left|\w+ed)\b/i

/**
 * Finds time expressions and resolves them to TIMEX3 values against the reference day (the publication date,
 * else the dateline's, else today). Every matcher scans the whole text; overlapping candidates keep the longest
 * (then the earlier matcher). A weekday or bare month looks ahead when its sentence does ("will visit on Monday").
 */
export function findTimes(text: string, sentences: Doc['sentences'], reference: Date): TimeExpr[] {
  const ref = day(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate())
  const found: (TimeExpr & { order: number })[] = []
  TIME_MATCHERS.forEach((matcher, order) => {
    matcher.pattern.lastIndex = 0
    for (let m = matcher.pattern.exec(text); m; m = matcher.pattern.exec(text)) {
      // Tense is read from the clause around the expression: the words since the last comma, at most 60 characters.
      const s = indexAt(sentences, m.index)
      const from = Math.max(s >= 0 ? sentences[s].start : 0, m.index - 60)
      const clause = text.slice(from, m.index + m[0].length)
      const before = clause.slice(Math.max(0, clause.lastIndexOf(',', clause.length - m[0].length - 1) + 1))
      const resolved = matcher.resolve(m, { ref, future: FUTURE_MARKERS.test(before), past: PAST_MARKERS.test(before) && !FUTURE_MARKERS.test(before), before: text.slice(Math.max(0, m.index - 20), m.index) })
      if (!resolved) continue
      const start = m.index + (resolved.from ?? 0)
      const end = m.index + (resolved.to ?? m[0].length)
      found.push({ start, end, type: resolved.type, value: resolved.value, rule: matcher.rule, order })
    }
  })
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order)
  const kept: TimeExpr[] = []
  const taken = new Uint8Array(text.length)
  for (const f of found) {
    if (!taken.subarray(f.start, f.end).every((c) => c === 0)) continue
    taken.fill(1, f.start, f.end)
    kept.push({ start: f.start, end: f.end, type: f.type, value: f.value, rule: f.rule })
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The times stage. */
export const findTimesStage: Stage<'times'> = {
  layer: 'times',
  requires: ['sentences'],
  run: (doc, ctx) => findTimes(doc.text, doc.sentences, ctx.reference),
}
