import type { EntityType } from '../doc/analysis.js'
import type { NerTagger } from '../stages/mentions/ner-tagger.js'
import { refineType, toConllType } from '../stages/mentions/refine-types.js'
import type { ConllDoc } from './conll.js'
import { scoreSpans, type PRF } from './score-spans.js'

/** The result of `newsgraph eval ner`. */
export interface NerScore extends PRF {
  byType: Record<string, PRF>
  tokensPerSecond: number
  sentences: number
  tokens: number
}

/**
 * Scores the tagger on CoNLL documents (gold tokenization), conlleval-style: exact spans and types. Types go
 * through the same refinement as in `analyze` and are mapped back to PER/ORG/LOC/MISC.
 */
export function evalNer(docs: readonly ConllDoc[], tagger: NerTagger): NerScore {
  const gold = docs.flatMap((doc) => doc.map((s) => s.spans))
  let tokens = 0
  for (const doc of docs) for (const s of doc) tokens += s.words.length
  // Warm up the JIT on a slice first: start-up is measured on its own (`newsgraph bench`), this measures tagging.
  for (const doc of docs.slice(0, 20)) tagger.tagDocument(doc.map((s) => s.words))
  const began = performance.now()
  const predicted = docs.flatMap((doc) => {
    const spans = tagger.tagDocument(doc.map((s) => s.words))
    return spans.map((sentenceSpans, i) => sentenceSpans.map((span) => {
      const text = doc[i].words.slice(span.start, span.end).join(' ')
      const type: EntityType = refineType(span.type, text, tagger.gazetteer)
      return { start: span.start, end: span.end, type: toConllType(type) }
    }))
  })
  const seconds = (performance.now() - began) / 1000
  const { overall, byType } = scoreSpans(gold, predicted)
  return { ...overall, byType, tokensPerSecond: Math.round(tokens / seconds), sentences: gold.length, tokens }
}
