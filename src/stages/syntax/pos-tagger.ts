import { FeatureSeqBuilder } from '../../model/features.js'
import type { QuantizedRows } from '../../model/quantized-rows.js'
import type { AmbiguityLexicon } from './ambiguity-lexicon.js'
import { addTaggerFeatures, createTaggerWords, describeWords, type TaggerWords } from './tagger-features.js'

/** The tags of one sentence, as ids into a tagger's `uposTags` and `xposTags`. */
export interface SentenceTags {
  upos: Int32Array
  xpos: Int32Array
}

/**
 * A greedy left-to-right part-of-speech tagger (averaged perceptron): each word's UPOS and PTB XPOS are chosen
 * together from one weight row per feature (UPOS columns first, then XPOS), the tags already chosen to its left
 * among the features.
 */
export class PosTagger {
  private readonly builder: FeatureSeqBuilder
  private words: TaggerWords = createTaggerWords()
  private readonly scores: Float64Array
  private readonly classOf: (formHash: number) => number

  constructor(
    /** One row per feature: the UPOS columns, then the XPOS ones. */
    readonly weights: QuantizedRows,
    readonly uposTags: readonly string[],
    readonly xposTags: readonly string[],
    readonly lexicon: AmbiguityLexicon,
    /** Bucket mask applied to every feature hash. */
    readonly mask: number,
  ) {
    this.builder = new FeatureSeqBuilder(mask, 64)
    this.scores = new Float64Array(weights.labels)
    this.classOf = (h) => lexicon.classOf(h)
  }

  /** The facts about the words of the sentence tagged last (the parser reads their hashes). */
  get lastWords(): TaggerWords {
    return this.words
  }

  /** Tags `words` (one sentence), writing tag ids into `out` (grown when too short) and returning it. */
  tag(words: readonly string[], out?: SentenceTags): SentenceTags {
    const n = words.length
    const tags = out && out.upos.length >= n ? out : { upos: new Int32Array(n), xpos: new Int32Array(n) }
    this.words = describeWords(words, this.classOf, this.words)
    const U = this.uposTags.length
    const L = this.weights.labels
    const b = this.builder
    const scores = this.scores
    for (let i = 0; i < n; i++) {
      b.reset()
      addTaggerFeatures(this.words, i, tags.xpos, tags.upos, b)
      scores.fill(0)
      this.weights.addFeatures(b.ids, 0, b.offsets[1], scores, 0)
      tags.upos[i] = argmax(scores, 0, U)
      tags.xpos[i] = argmax(scores, U, L) - U
    }
    return tags
  }
}

/** The index in [from, to) of the largest score. */
export function argmax(scores: Float64Array, from: number, to: number): number {
  let best = from
  for (let y = from + 1; y < to; y++) if (scores[y] > scores[best]) best = y
  return best
}
