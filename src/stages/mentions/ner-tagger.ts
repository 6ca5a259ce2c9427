import type { Spelling } from '../../doc/vocab.js'
import { JointScorer } from '../../model/joint-scorer.js'
import { FeatureSeqBuilder } from '../../model/features.js'
import type { ChainScores, CompiledChain } from '../../model/linear-chain.js'
import { viterbi } from '../../model/viterbi.js'
import { fromBio, type TokenSpan } from './bio.js'
import type { Gazetteer } from './gazetteer.js'
import {
  NEIGHBOUR_TYPE_IDS,
  NER_BUCKETS,
  ROLE,
  ROLES,
  ROLE_BOUNDS,
  addContextFeatures,
  casedIn,
  markCase,
  markVotes,
  newStamp,
  predictedTypeId,
  sentenceBoundaries,
  sentenceWords,
  votedType,
  type Neighbour,
  type SentenceWords,
  type WordInfo,
} from './ner-features.js'

export { NER_BUCKETS }
const MASK = NER_BUCKETS - 1
/** Most scores the word pool holds (8 MB, some 46,000 words); past it, the pool starts again empty. */
const POOL_LIMIT = 1 << 22

/**
 * Votes, per lower-case word, for the entity type the first pass gave the entities containing it; returns the
 * winning type (1-based index into CONLL_TYPES) for each capitalised word.
 */
export function predictedTypes(
  sentences: readonly SentenceWords[],
  spans: readonly (readonly TokenSpan[])[],
): Map<string, number> {
  const stamp = newStamp()
  markVotes(sentences, spans, stamp)
  const winners = new Map<string, number>()
  for (const { words } of sentences) {
    for (const word of words) {
      const type = votedType(word, stamp)
      if (type) winners.set(word.lowerText, type)
    }
  }
  return winners
}

/** Keys for `Neighbour.scoreKey`: each tagger takes a new one when created and whenever its pool empties. */
let lastKey = 0

/**
 * The two-pass NER tagger: the first pass tags every sentence with local and document-case features; the
 * second pass adds how the first pass typed the same words elsewhere in the document (Ratinov & Roth's
 * non-local features). Both passes share one joint weight table.
 */
export class NerTagger {
  /** This tagger's current `Neighbour.scoreKey`: words carrying it have their scores in this pool. */
  private key = ++lastKey

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

  /**
   * Tags every sentence of one document; returns spans over token indices per sentence. `spellings`: each
   * sentence's words' spellings where the words are the tokens as written (see `sentenceWords`).
   */
  tagDocument(
    sentences: readonly (readonly string[])[],
    spellings?: readonly (readonly Spelling[] | undefined)[],
  ): TokenSpan[][] {
    const infos = sentenceWords(sentences, MASK, spellings)
    const stamp = markCase(infos)
    const L = this.joint.labels
    let total = 0
    let longest = 0
    for (const words of sentences) {
      total += words.length
      longest = Math.max(longest, words.length)
    }
    const scratch = this.scratchFor(total * L, longest)
    if (this.around.length < longest + 4) this.around = new Int32Array((longest + 4) * 2)
    // First pass, sentence by sentence; both passes score the shared features in one sweep, so the second
    // pass's scores wait in `scratch.second` for its own features.
    let at = 0
    const firstSpans = sentences.map((words, s) => {
      const { headline, words: info } = infos[s]
      const b = scratch.builder
      b.reset()
      this.wordEmissions(info, headline, scratch.first, scratch.second, at)
      const cased = scratch.perToken
      for (let t = 0; t < info.length; t++) cased[t] = casedIn(info[t], stamp)
      addContextFeatures(words, info, headline, this.gazetteer, cased, b)
      this.joint.addTokens(b.ids, b.offsets, words.length, scratch.first, 0, scratch.second, at, false)
      const spans = this.decode(scratch.first, 0, words.length, this.firstScores, scratch.path)
      at += words.length * L
      return spans
    })
    markVotes(infos, firstSpans, stamp)
    at = 0
    const { before, after } = this.neighbourTypeScores()
    return infos.map(({ words }) => {
      // The second pass's own features (addPredictedFeatures): the word's type is looked up; its neighbours'
      // types take five values each, scored once per tagger.
      const n = words.length
      const b = scratch.builder
      b.reset()
      const types = scratch.perToken
      for (let t = 0; t < n; t++) types[t] = votedType(words[t], stamp)
      for (let t = 0; t < n; t++) {
        b.add(predictedTypeId(types[t], words[t]) & MASK)
        b.next()
      }
      const second = scratch.second
      this.joint.addTokens(b.ids, b.offsets, n, second, at, second, at, true)
      for (let t = 0; t < n; t++) {
        const o = at + t * L
        const typeBefore = (t > 0 ? types[t - 1] : 0) * L
        const typeAfter = (t + 1 < n ? types[t + 1] : 0) * L
        for (let y = 0; y < L; y++) second[o + y] += before[typeBefore + y] + after[typeAfter + y]
      }
      const spans = this.decode(second, at, n, this.secondScores, scratch.path)
      at += n * L
      return spans
    })
  }

  private typeScores?: { before: Float64Array; after: Float64Array }

  /** The second model's scores of `NEIGHBOUR_TYPE_IDS`: type k's at k·L. */
  private neighbourTypeScores(): { before: Float64Array; after: Float64Array } {
    if (!this.typeScores) {
      const L = this.joint.labels
      const score = (ids: Uint32Array) => {
        const out = new Float64Array(ids.length * L)
        const unused = new Float64Array(ids.length * L)
        const masked = Int32Array.from(ids, (id) => id & MASK)
        for (let k = 0; k < ids.length; k++) this.joint.addFeatures(masked, k, k + 1, unused, k * L, out, k * L)
        return out
      }
      this.typeScores = { before: score(NEIGHBOUR_TYPE_IDS.before), after: score(NEIGHBOUR_TYPE_IDS.after) }
    }
    return this.typeScores
  }

  /**
   * Writes the word-owned part of a sentence's emission scores, from the word pool: the first pass's into
   * `first` (from 0), the second's into `second` (from `at`). The context features are added after.
   */
  private wordEmissions(
    words: readonly WordInfo[],
    headline: boolean,
    first: Float64Array,
    second: Float64Array,
    at: number,
  ): void {
    const L = this.joint.labels
    const S = 2 * L
    const n = words.length
    const { start, end } = sentenceBoundaries(headline, MASK)
    // Where the scores of each word and of the two boundaries on either side are in the pool: t + 2 is token t.
    const around = this.around
    const key = this.key
    for (let pass = 0; pass < 2; pass++) {
      around[0] = around[1] = this.wordScores(start)
      for (let t = 0; t < n; t++) around[t + 2] = this.wordScores(words[t])
      around[n + 2] = around[n + 3] = this.wordScores(end)
      // A full pool empties itself: if that happened half-way, the earlier offsets are stale; look them up again.
      if (this.key === key) break
    }
    const pool = this.pool
    const { scaleA, scaleB } = this.joint
    const P2 = S * (1 + ROLE.prev2)
    const P1 = S * (1 + ROLE.prev)
    const N1 = S * (1 + ROLE.next)
    const N2 = S * (1 + ROLE.next2)
    for (let t = 0; t < n; t++) {
      const own = around[t + 2]
      const p2 = around[t] + P2
      const p1 = around[t + 1] + P1
      const n1 = around[t + 3] + N1
      const n2 = around[t + 4] + N2
      const o = t * L
      for (let y = 0; y < L; y++)
        first[o + y] = (pool[own + y] + pool[p2 + y] + pool[p1 + y] + pool[n1 + y] + pool[n2 + y]) * scaleA
      for (let y = L; y < S; y++)
        second[at + o + y - L] = (pool[own + y] + pool[p2 + y] + pool[p1 + y] + pool[n1 + y] + pool[n2 + y]) * scaleB
    }
  }

  /** Pool offsets of the words of the current sentence and its boundaries (grown as needed). */
  private around = new Int32Array(256)
  /**
   * Scores of every word seen, under both models: for its own ids and for what it gives each neighbour
   * ([own, roles…], 2L each), as unscaled 8-bit weight sums. One flat 16-bit array rather than one array per
   * word: summing them is the inner loop, and at 180 bytes a word, tens of thousands of words stay in cache.
   */
  private pool = new Int16Array(0)
  private poolUsed = 0

  /** The pool offset of `word`'s scores, scoring them on first sight. */
  private wordScores(word: Neighbour): number {
    if (word.scoreKey === this.key) return word.scoreOffset
    const L = this.joint.labels
    const size = 2 * L * (1 + ROLES)
    if (this.poolUsed + size > this.pool.length) {
      if (this.pool.length >= POOL_LIMIT) {
        this.key = ++lastKey // every offset handed out so far is stale
        this.poolUsed = 0
      } else {
        const grown = new Int16Array(Math.min(POOL_LIMIT, Math.max(1 << 16, this.pool.length * 2)))
        grown.set(this.pool.subarray(0, this.poolUsed))
        this.pool = grown
      }
    }
    const offset = this.poolUsed
    this.poolUsed += size
    const pool = this.pool
    pool.fill(0, offset, offset + size)
    const add = (from: number, to: number, group: number) =>
      this.joint.addRaw(word.ids, from, to, pool, offset + group * 2 * L)
    add(0, word.own, 0)
    for (let role = 0; role < ROLES; role++)
      add(word.own + ROLE_BOUNDS[role], word.own + ROLE_BOUNDS[role + 1], 1 + role)
    word.scoreKey = this.key
    word.scoreOffset = offset
    return offset
  }

  /**
   * Reused buffers: emission scores (the current sentence's first pass, the whole document's second), the best
   * path, one integer per token of the current sentence (how each word is cased, then its first-pass type), and
   * the feature builder.
   */
  private scratch = {
    first: new Float64Array(0),
    second: new Float64Array(0),
    path: new Int32Array(0),
    perToken: new Int32Array(0),
    builder: new FeatureSeqBuilder(MASK, 1024),
  }

  /** Reused buffers for a document of `scores` emission scores and sentences of up to `longest` tokens. */
  private scratchFor(scores: number, longest: number) {
    const s = this.scratch
    if (s.second.length < scores) s.second = new Float64Array(scores * 2)
    if (s.first.length < longest * this.joint.labels) s.first = new Float64Array(longest * this.joint.labels * 2)
    if (s.path.length < longest) {
      s.path = new Int32Array(longest * 2)
      s.perToken = new Int32Array(longest * 2)
    }
    return s
  }

  private decode(
    emissions: Float64Array,
    at: number,
    tokens: number,
    scores: ChainScores,
    path: Int32Array,
  ): TokenSpan[] {
    return fromBio(
      viterbi(emissions, tokens, this.joint.labels, scores.transitions, scores.start, scores.end, at, path),
      tokens,
    )
  }
}
