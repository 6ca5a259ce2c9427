import { analyzeDoc } from '../pipeline/analyze.js'
import { CorefScorer } from './coref-metrics.js'
import type { EcbDocument } from './ecbplus.js'
import type { PRF } from './score-spans.js'

/** The result of `newsgraph eval coref`. */
export interface CorefScore {
  muc: PRF
  b3: PRF
  documents: number
  mentions: number
  /** Share of gold mentions that some system entity mention overlaps. */
  mentionRecall: number
}

/**
 * Within-document coreference of human participants on ECB+: each document's text goes through the pipeline;
 * each gold participant mention takes the entity of the system mention that overlaps it most (or stays alone
 * when none does); MUC and B³ then compare that partition of the gold mentions with the gold chains.
 */
export function evalCoref(docs: readonly EcbDocument[]): CorefScore {
  const scorer = new CorefScorer()
  let mentions = 0
  let found = 0
  let documents = 0
  for (const doc of docs) {
    if (doc.mentions.length === 0) continue
    const analysed = analyzeDoc(doc.text)
    if (analysed.text !== doc.text) continue // offsets would not line up; normalisation changed the text
    documents++
    const spans = analysed.entities.flatMap((e, index) => e.mentions.map((m) => ({ start: m.start, end: m.end, index })))
    const chainIds = new Map<string, number>()
    const gold: number[] = []
    const system: number[] = []
    doc.mentions.forEach((m, i) => {
      if (!chainIds.has(m.chain)) chainIds.set(m.chain, chainIds.size)
      gold.push(chainIds.get(m.chain)!)
      let best = -1
      let bestOverlap = 0
      for (const s of spans) {
        const overlap = Math.min(s.end, m.end) - Math.max(s.start, m.start)
        if (overlap > bestOverlap) [best, bestOverlap] = [s.index, overlap]
      }
      if (best >= 0) found++
      system.push(best >= 0 ? best : 100_000 + i)
    })
    mentions += doc.mentions.length
    scorer.add(gold, system)
  }
  return { ...scorer.result(), documents, mentions, mentionRecall: mentions ? found / mentions : 0 }
}
