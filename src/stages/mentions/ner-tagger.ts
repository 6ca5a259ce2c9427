import { JointScorer } from '../../model/joint-scorer.js'
import type { ChainScores, CompiledChain } from '../../model/linear-chain.js'
import { viterbi } from '../../model/viterbi.js'
import { isUpper } from '../text/char-class.js'
import { CONLL_TYPES, fromBio, type TokenSpan } from './bio.js'
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
      const type = CONLL_TYPES.indexOf(span.type)
      for (let i = span.start; i < span.end; i++) {
        const w = words[i]
        if (!isUpper(w.charCodeAt(0))) continue
        const key = w.toLowerCase()
        const v = votes.get(key) ?? CONLL_TYPES.map(() => 0)
        v[type]++
        votes.set(key, v)
      }
    }
  })
  const winners = new Map<string, number>()
  for (const [word, v] of votes) winners.set(word, v.indexOf(Math.max(...v)) + 1)
  return winners
}

/** Hands each tagger its own slot in `WordInfo.scores`. */
let nextSlot = 0

/**
 * The two-pass NER tagger: the first pass tags every sentence with local and document-case features; the
 * second pass adds how the first pass typed the same words elsewhere in the document (Ratinov & Roth's
 * non-local features). Both passes share one joint weight table.
 */
export class NerTagger {
  /** Slot in `WordInfo.scores` for this tagger (unique across taggers): word-only scores under both models. */
  private readonly slot = nextSlot++

  constructor(
    readonly joint: JointScorer,
    readonly firstScores: ChainScores,
    readonly secondScores: ChainScores,
    readonly gazetteer: Gazetteer,
  ) {}

  /** Builds a tagger from the two trained chains. */
  static fromChains(first: CompiledChain, second: CompiledChain, gazetteer: Gazetteer): NerTagger {
    return new NerTagger(JointScorer.combine(first, second), first.scores, second.scores, gazetteer)
  }

  /** Tags every sentence of one document; returns spans over token indices per sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const doc: DocContext = buildDocContext(sentences)
    const features = sentences.map((words) => sentenceFeatures(words, this.gazetteer, doc, NER_BUCKETS - 1))
    const L = this.joint.labels
    // Both passes score the shared features in one sweep; the second pass then adds its own features.
    const secondEmissions: Float64Array[] = []
    const firstSpans = features.map((f) => {
      const [one, two] = this.emissions(f)
      secondEmissions.push(two)
      return fromBio(decodeWith(one, f.words.length, L, this.firstScores))
    })
    doc.predicted = predictedTypes(sentences, firstSpans)
    return features.map((f, i) => {
      this.joint.addSecond(predictedFeatures(f.words, doc, NER_BUCKETS - 1), secondEmissions[i])
      return fromBio(decodeWith(secondEmissions[i], f.words.length, L, this.secondScores))
    })
  }

  private emissions(f: SentenceFeatures): [Float64Array, Float64Array] {
    const joint = this.joint
    const L = joint.labels
    const tokens = f.words.length
    const one = new Float64Array(tokens * L)
    const two = new Float64Array(tokens * L)
    for (let t = 0; t < tokens; t++) {
      // Word-only features score the same wherever the word appears: computed once per word.
      const word = f.words[t]
      let scores = word.scores[this.slot]
      if (!scores) {
        scores = new Float64Array(2 * L)
        joint.addFeatures(word.ids, 0, word.ids.length, scores.subarray(0, L), scores.subarray(L), 0)
        word.scores[this.slot] = scores
      }
      for (let y = 0; y < L; y++) {
        one[t * L + y] = scores[y]
        two[t * L + y] = scores[L + y]
      }
    }
    joint.addEmissions(f.context, one, two)
    return [one, two]
  }
}

function decodeWith(emissions: Float64Array, tokens: number, labels: number, scores: ChainScores): Int32Array {
  return viterbi(emissions, tokens, labels, scores.transitions, scores.start, scores.end)
}
