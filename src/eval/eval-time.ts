import { analyzeDoc } from '../pipeline/analyze.js'
import { rawToNormalized } from './align-offsets.js'
import type { TimemlDocument } from './timeml.js'
import { prf, type PRF } from './score-spans.js'

/** The result of `newsgraph eval time`. */
export interface TimeScore {
  strict: PRF
  relaxed: PRF
  type: { accuracy: number }
  value: PRF
  documents: number
  timexes: number
}

/**
 * TempEval-3-style scoring of time expressions: each document is analysed with its creation time as the
 * publication date; a system timex matches a gold one exactly (strict) or by overlap (relaxed, one to one);
 * type accuracy and value P/R/F1 are over relaxed matches (value counts when it is equal).
 */
export function evalTime(docs: readonly TimemlDocument[]): TimeScore {
  let gold = 0,
    predicted = 0,
    strict = 0,
    relaxed = 0,
    typeOk = 0,
    valueOk = 0
  for (const doc of docs) {
    const analysed = analyzeDoc(doc.text, { ...(doc.dct && { published: doc.dct }) })
    const map = rawToNormalized(doc.text, analysed.text)
    const goldSpans = doc.timexes.map((t) => ({ ...t, start: map[t.start], end: map[t.end] }))
    gold += goldSpans.length
    predicted += analysed.times.length
    const taken = new Set<number>()
    for (const g of goldSpans) {
      let best = -1
      for (let k = 0; k < analysed.times.length; k++) {
        const s = analysed.times[k]
        if (taken.has(k) || !(s.start < g.end && g.start < s.end)) continue
        if (best < 0 || (s.start === g.start && s.end === g.end)) best = k
      }
      if (best < 0) continue
      taken.add(best)
      const s = analysed.times[best]
      relaxed++
      if (s.start === g.start && s.end === g.end) strict++
      if (s.type === g.type) typeOk++
      if (s.value === g.value) valueOk++
    }
  }
  return {
    strict: prf({ tp: strict, predicted, gold }),
    relaxed: prf({ tp: relaxed, predicted, gold }),
    type: { accuracy: relaxed ? typeOk / relaxed : 0 },
    value: prf({ tp: valueOk, predicted, gold }),
    documents: docs.length,
    timexes: gold,
  }
}
