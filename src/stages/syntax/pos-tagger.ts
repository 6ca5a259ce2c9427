import { FeatureSeqBuilder } from '../../model/features.js'
import { addColumns, type QuantizedRows } from '../../model/quantized-rows.js'
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
 * among the features. A word the lexicon knows takes one of the XPOS tags training saw it with (a tag
 * dictionary), and only those columns are scored.
 */
export class PosTagger {
  private readonly builder: FeatureSeqBuilder
  private words: TaggerWords = createTaggerWords()
  private readonly scores: Float64Array
  private readonly classOf: (formHash: number) => number
  /** The labels scored for a known word: every UPOS, then its XPOS candidates. */
  private readonly columns: Int32Array

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
    this.columns = new Int32Array(weights.labels)
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
      const count = this.candidates(this.words.lower[i + 2])
      if (count === 0) {
        scores.fill(0)
        this.weights.addFeatures(b.ids, 0, b.offsets[1], scores, 0)
      } else {
        scores.fill(Number.NEGATIVE_INFINITY, U, L)
        for (let j = 0; j < count; j++) scores[this.columns[j]] = 0
        addColumns(this.weights, b.ids, 0, b.offsets[1], this.columns, count, scores)
      }
      tags.upos[i] = argmax(scores, 0, U)
      tags.xpos[i] = argmax(scores, U, L) - U
    }
    return tags
  }

  /** Fills `columns` with the labels to score for a word (every UPOS, its XPOS set); 0 for an unknown word. */
  private candidates(formHash: number): number {
    const row = this.lexicon.rowOf(formHash)
    if (row < 0) return 0
    const U = this.uposTags.length
    const X = this.xposTags.length
    const { columns } = this
    let count = 0
    for (let u = 0; u < U; u++) columns[count++] = u
    for (let x = 0; x < X; x++)
      if ((this.lexicon.tagSets[2 * row + (x >> 5)] >>> (x & 31)) & 1) columns[count++] = U + x
    return count > U ? count : 0
  }
}

/** The index in [from, to) of the largest score. */
export function argmax(scores: Float64Array, from: number, to: number): number {
  let best = from
  for (let y = from + 1; y < to; y++) if (scores[y] > scores[best]) best = y
  return best
}
