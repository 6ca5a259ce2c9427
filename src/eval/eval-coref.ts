import { analyzeDoc } from '../pipeline/analyze.js'
import { CorefScorer } from './coref-metrics.js'
import type { EcbDocument } from './ecbplus.js'
import { prf, type PRF } from './score-spans.js'

/** Each document's analysis, made once for the participant and the event scores that `eval coref` both prints. */
const analyses = new WeakMap<EcbDocument, ReturnType<typeof analyzeDoc>>()

function analysedOf(doc: EcbDocument): ReturnType<typeof analyzeDoc> {
  let analysed = analyses.get(doc)
  if (!analysed) analyses.set(doc, (analysed = analyzeDoc(doc.text)))
  return analysed
}

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
    const analysed = analysedOf(doc)
    if (analysed.text !== doc.text) continue // offsets would not line up; normalisation changed the text
    documents++
    const spans = analysed.entities.flatMap((e, index) =>
      e.mentions.map((m) => ({ start: m.start, end: m.end, index })),
    )
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

/** The result of the event part of `newsgraph eval coref`. */
export interface EventCorefScore {
  /** Our events whose trigger lies on a gold action mention, and the pairs of them within one document. */
  aligned: number
  pairs: number
  /** Pairs that refer to one happening: as `sameAs` links them, against the gold chains. */
  linked: PRF
  /** The same pairs linked whenever the two events have one type: what typing alone would give. */
  sameType: PRF
}

/**
 * Within-document event coreference on ECB+: each of our events whose trigger overlaps a gold action mention takes
 * that mention's chain; every pair of such events in a document is gold-coreferent when the chains are one, and
 * predicted coreferent when `sameAs` makes them one happening. Pairwise precision and recall.
 */
export function evalEventCoref(docs: readonly EcbDocument[]): EventCorefScore {
  let aligned = 0
  let pairs = 0
  const linked = { tp: 0, predicted: 0, gold: 0 }
  const sameType = { tp: 0, predicted: 0, gold: 0 }
  const count = (c: typeof linked, predicted: boolean, gold: boolean) => {
    if (predicted) c.predicted++
    if (gold) c.gold++
    if (predicted && gold) c.tp++
  }
  for (const doc of docs) {
    if (doc.actions.length === 0) continue
    const analysed = analysedOf(doc)
    if (analysed.text !== doc.text) continue
    const events = analysed.events.flatMap((e) => {
      const action = doc.actions.find((a) => a.start < e.trigger.end && e.trigger.start < a.end)
      return action ? [{ happening: e.sameAs ?? e.id, type: e.type, chain: action.chain }] : []
    })
    aligned += events.length
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        pairs++
        const gold = events[i].chain === events[j].chain && !events[i].chain.startsWith('single-')
        count(linked, events[i].happening === events[j].happening, gold)
        count(sameType, events[i].type === events[j].type, gold)
      }
    }
  }
  return { aligned, pairs, linked: prf(linked), sameType: prf(sameType) }
}
