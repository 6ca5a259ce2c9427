import type { Doc } from '../doc/types.js'
import { analyzeDoc } from '../pipeline/analyze.js'
import { dateNear } from '../stages/times/date-near.js'
import { rawToNormalized } from './align-offsets.js'
import { prf, type PRF } from './score-spans.js'
import type { TimelineDocument } from './timeline.js'

/** The result of `newsgraph eval time --timeline DIR`. */
export interface TimelineScore {
  /** Event dates: a mention counts when our date equals the gold one at the gold's precision. */
  value: PRF
  /** Of the gold-dated mentions, how many we date at all (right or wrong). */
  dated: number
  /** Gold-dated mentions whose date we read from a time expression of their sentence (not the creation time). */
  fromTimex: { right: number; total: number }
  documents: number
  /** Gold mentions with a date / without one ("XXXX-XX-XX"). */
  goldDated: number
  goldUndated: number
}

/** "2008-03" → "2008-03-XX", "2008" → "2008-XX-XX"; a week, quarter or season does not name a month: undefined. */
export function timelineDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.slice(0, 10))
  return m ? `${m[1]}-${m[2] ?? 'XX'}-${m[3] ?? 'XX'}` : undefined
}

/**
 * Dates the gold event mentions of the SemEval-2015 TimeLine set (Wikinews) the way the events stage dates a
 * trigger: the calendar date nearest it in its sentence, else the article's creation time. The set annotates no
 * TIMEX3 in its texts (only the creation time), so this measures our time values where they matter, on events.
 * Precision is over the mentions we date (an undated gold mention we date is wrong); recall over gold-dated ones.
 */
export function evalTimeline(docs: readonly TimelineDocument[]): TimelineScore {
  let tp = 0,
    predicted = 0,
    goldDated = 0,
    goldUndated = 0,
    dated = 0
  const fromTimex = { right: 0, total: 0 }
  for (const doc of docs) {
    const analysed: Doc = analyzeDoc(doc.text, { published: doc.dct })
    const map = rawToNormalized(doc.text, analysed.text)
    for (const m of doc.mentions) {
      const sentence = doc.sentences[m.sentence]
      const near = dateNear(analysed.times, { start: map[sentence.start], end: map[sentence.end] }, map[m.start], '')
      const ours = timelineDate(near === '' ? doc.dct : near)
      const undated = m.date === 'XXXX-XX-XX'
      if (!undated && near) {
        fromTimex.total++
        if (ours === m.date) fromTimex.right++
      }
      if (undated) goldUndated++
      else goldDated++
      if (!ours) continue
      predicted++
      if (!undated) dated++
      if (ours === m.date) tp++
    }
  }
  const value = prf({ tp, predicted, gold: goldDated })
  return { value, dated, fromTimex, documents: docs.length, goldDated, goldUndated }
}
