import type { FeatureSeq } from '../../model/features.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { fromBilou, type TokenSpan } from './bilou.js'
import type { Gazetteer } from './gazetteer.js'
import { buildDocContext, predictedFeatures, sentenceFeatures, type DocContext, type SentenceFeatures } from './ner-features.js'

/** Hash mask of the NER feature space (2^21 buckets). */
export const NER_BUCKETS = 1 << 21

/**
 * Votes, per lower-case word, for the entity type the first pass gave the entities containing it; returns the
 * winning type (1-based index into CONLL_TYPES) for each capitalised word.
 */
export function predictedTypes(sentences: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]): Map<string, number> {
  const votes = new Map<string, number[]>()
  sentences.forEach((words, s) => {
    for (const span of spans[s]) {
      const type = ['PER', 'ORG', 'LOC', 'MISC'].indexOf(span.type)
      for (let i = span.start; i < span.end; i++) {
        const w = words[i]
        if (!/^\p{Lu}/u.test(w)) continue
        const key = w.toLowerCase()
        const v = votes.get(key) ?? [0, 0, 0, 0]
        v[type]++
        votes.set(key, v)
      }
    }
  })
  const winners = new Map<string, number>()
  for (const [word, v] of votes) winners.set(word, v.indexOf(Math.max(...v)) + 1)
  return winners
}

/**
 * The two-pass NER tagger: the first pass tags every sentence with local and document-case features; the
 * second pass adds how the first pass typed the same words elsewhere in the document (Ratinov & Roth's
 * non-local features). Without a second model it stops after the first pass.
 */
let nextSlot = 0

export class NerTagger {
  /** Slots in `WordInfo.scores` for this tagger's two models (unique across taggers). */
  private readonly slots = [nextSlot++, nextSlot++]

  constructor(
    readonly first: CompiledChain,
    readonly second: CompiledChain | undefined,
    readonly gazetteer: Gazetteer,
  ) {}

  /** Tags every sentence of one document; returns spans over token indices per sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const doc: DocContext = buildDocContext(sentences)
    const features = sentences.map((words) => sentenceFeatures(words, this.gazetteer, doc, NER_BUCKETS - 1))
    const firstSpans = features.map((f) => fromBilou(this.decode(this.first, 0, f)))
    if (!this.second) return firstSpans
    doc.predicted = predictedTypes(sentences, firstSpans)
    const second = this.second
    return features.map((f) => fromBilou(this.decode(second, 1, f, predictedFeatures(f.words, doc, NER_BUCKETS - 1))))
  }

  private decode(model: CompiledChain, which: number, f: SentenceFeatures, extra?: FeatureSeq): Int32Array {
    const L = model.labels
    const tokens = f.words.length
    const out = new Float64Array(tokens * L)
    const slot = this.slots[which]
    for (let t = 0; t < tokens; t++) {
      // Word-only features score the same wherever the word appears: computed once per word and model.
      const word = f.words[t]
      let scores = word.scores[slot]
      if (!scores) {
        scores = new Float64Array(L)
        model.addFeatures(word.ids, 0, word.ids.length, scores, 0)
        word.scores[slot] = scores
      }
      for (let y = 0; y < L; y++) out[t * L + y] = scores[y]
    }
    model.addEmissions(f.context, out)
    if (extra) model.addEmissions(extra, out)
    return model.decodeEmissions(out, tokens)
  }
}
