import { ConfigError } from '../../errors.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { viterbi } from '../../model/viterbi.js'
import {
  CUE_WORD_ROLE,
  type CombinedTables,
  EDGES,
  type ParagraphContext,
  SIDE_ROLE,
  WORD_ROLES,
  bucket,
  combinedTables,
  cueSide,
  lazyRoleHash,
  paragraphContext,
  wordOwnedByCue,
  wordOwnedByWord,
} from './tagger-features.js'
import { QUOTE_BUCKETS, QUOTE_LABELS } from './tagger-labels.js'
import type { TokenFacts, WordView } from './token-facts.js'

let nextPoolKey = 1

/**
 * Scores the tagger's features without hashing any: every feature a word owns or names (its neighbours', the
 * nearest cue word's, its cue side's) summed once per word (in a pool), the small templates from dense tables built
 * at load. Computes exactly what `model.emissions(quoteFeatures(…))` does (tested).
 */
export class QuoteScorer {
  private readonly labels: number
  private readonly mask = QUOTE_BUCKETS - 1
  /**
   * The small templates' rows summed over the variables they share, four tables indexed by those variables
   * together (`combinedTables`): a token reads four rows instead of one for each template.
   */
  private readonly combined: CombinedTables
  /** `wordOwnedByCue` of each role, polarity and rate (0–9 each): [(role · 100 + polarity · 10 + rate) · labels + y]. */
  private readonly cueRows: Int32Array
  /**
   * Each word's contributions in its roles, [slot + role · labels + y], in one flat pool (grown as words come, up
   * to `poolLimit` ints, then refilled when full): a word costs its lookups once, then a vector add for each role
   * it plays wherever it appears.
   */
  private pool: Int32Array
  private readonly poolLimit: number
  private used = 0
  private poolKey = nextPoolKey++

  /**
   * `poolWords`: how many words' sums the pool holds at most before it is refilled (15 MB for the default). The
   * words of 840 political news articles (PolNeAR train) fit: refilled every 10,000 words, the pool cost the stage
   * a sixth of its time there.
   */
  constructor(
    readonly model: CompiledChain,
    poolWords = 30_000,
  ) {
    if (model.labels !== QUOTE_LABELS.length)
      throw new ConfigError(`the attribution model has ${model.labels} labels, not ${QUOTE_LABELS.length}`)
    this.labels = model.labels
    this.poolLimit = poolWords * WORD_ROLES * model.labels
    this.pool = new Int32Array(Math.min(this.poolLimit, 1024 * WORD_ROLES * model.labels))
    this.combined = combinedTables((hash, out, offset) => this.addRow(hash, out, offset), this.labels)
    this.cueRows = new Int32Array(CUE_WORD_ROLE * 100 * this.labels)
    for (let index = 0; index < CUE_WORD_ROLE * 100; index++) {
      wordOwnedByCue(Math.floor(index / 10) % 10, index % 10, Math.floor(index / 100), (hash) =>
        this.addRow(hash, this.cueRows, index * this.labels),
      )
    }
  }

  private addRow(hash: number, out: Int32Array, offset: number): void {
    const row = this.model.table.get(hash & this.mask)
    if (row < 0) return
    const { rows } = this.model
    for (let y = 0; y < this.labels; y++) out[offset + y] += rows[row * this.labels + y]
  }

  /** The pool slot of the word's summed weights, its eager roles scored on first use. */
  private slotOf(view: WordView): number {
    if (view.poolKey === this.poolKey) return view.slot
    const slot = this.used
    const pool = this.pool
    for (let role = 0; role < CUE_WORD_ROLE; role++) {
      const at = slot + role * this.labels
      const cue = (role * 100 + view.polarity * 10 + view.rate) * this.labels
      for (let y = 0; y < this.labels; y++) pool[at + y] = this.cueRows[cue + y]
      wordOwnedByWord(view, role, (hash) => this.addRow(hash, pool, at))
    }
    this.used += WORD_ROLES * this.labels
    view.poolKey = this.poolKey
    view.slot = slot
    view.scored = 0
    return slot
  }

  /** Scores a lazy role of a word that has its slot (`scored` lacks its bit); a side role holds role 0 as well. */
  private scoreLazy(view: WordView, role: number): void {
    const at = view.slot + role * this.labels
    view.scored |= 1 << (role - CUE_WORD_ROLE)
    if (role >= SIDE_ROLE) this.pool.copyWithin(at, view.slot, view.slot + this.labels)
    this.addRow(lazyRoleHash(view, role), this.pool, at)
  }

  /** Room in the pool for `words` more words: when full, every word is forgotten and scored again on its next use. */
  private reserve(words: number): void {
    const need = words * WORD_ROLES * this.labels
    if (this.used + need <= this.pool.length) return
    if (this.pool.length < this.poolLimit || need > this.pool.length) {
      // Grown, the words scored so far kept at their slots.
      const grown = new Int32Array(Math.max(this.used + need, Math.min(this.poolLimit, 2 * this.pool.length)))
      grown.set(this.pool.subarray(0, this.used))
      this.pool = grown
      if (this.used + need <= grown.length) return
    }
    this.pool.fill(0)
    this.used = 0
    this.poolKey = nextPoolKey++
  }

  /** Emission scores of tokens [from, to), token-major. */
  emissions(facts: TokenFacts, from: number, to: number, paragraphKind: string): Float64Array {
    return this.score(facts, from, to, paragraphKind).slice(0, (to - from) * this.labels)
  }

  /** The best labels of tokens [from, to), in an array the next call reuses. */
  tag(facts: TokenFacts, from: number, to: number, paragraphKind: string): Int32Array {
    const n = to - from
    if (this.path.length < n) this.path = new Int32Array(Math.max(n, this.path.length * 2))
    const { scores } = this.model
    return viterbi(
      this.score(facts, from, to, paragraphKind),
      n,
      this.labels,
      scores.transitions,
      scores.start,
      scores.end,
      0,
      this.path,
    )
  }

  // Scratch arrays of `score` and `tag`, grown as needed: a typed array of more than a few numbers costs a
  // native allocation, and a run of sentences is scored in a few microseconds.
  private context: ParagraphContext | undefined
  private out = new Float64Array(0)
  private slots = new Int32Array(0)
  private path = new Int32Array(0)

  /** Emission scores of tokens [from, to), token-major, in an array the next call reuses (longer than needed). */
  private score(facts: TokenFacts, from: number, to: number, paragraphKind: string): Float64Array {
    const L = this.labels
    const c = (this.context = paragraphContext(facts, from, to, paragraphKind, this.context))
    if (this.out.length < (to - from) * L) this.out = new Float64Array(Math.max((to - from) * L, this.out.length * 2))
    if (this.slots.length < to - from + 4) this.slots = new Int32Array(Math.max(to - from + 4, this.slots.length * 2))
    const out = this.out
    const scale = this.model.scale
    const { quotes, entityCues, neighbours, layout } = this.combined
    const { quote, entity, sentence } = facts
    const { left, right, commaSince, lastComma, kind } = c
    const firstSentence = sentence[from]
    const views = facts.views
    // Slots of the paragraph's words and of the two edges, reserved together so that none is evicted midway.
    this.reserve(to - from + 2)
    const slots = this.slots
    slots[0] = slots[1] = this.slotOf(EDGES[0])
    for (let j = from; j < to; j++) slots[j - from + 2] = this.slotOf(views[j])
    slots[to - from + 2] = slots[to - from + 3] = this.slotOf(EDGES[1])
    const pool = this.pool
    // Seven labels summed in locals: read-modify-write of a typed array per feature costs more than the lookups.
    let offset = 0
    for (let i = from; i < to; i++) {
      const k = i - from
      const l = left[k]
      const r = right[k]
      const lb = l < 0 ? 0 : 1 + bucket(i - l)
      const rb = r < 0 ? 0 : 1 + bucket(r - i)
      // The word-owned features of the token, with its cue side (one lazy role), and of its neighbours (roles 1–4,
      // at offsets −1, +1, −2, +2), unrolled.
      const role = SIDE_ROLE + cueSide(lb, rb)
      const view = views[i]
      if ((view.scored & (1 << (role - CUE_WORD_ROLE))) === 0) this.scoreLazy(view, role)
      let b = view.slot + role * 7
      let a0 = pool[b],
        a1 = pool[b + 1],
        a2 = pool[b + 2],
        a3 = pool[b + 3],
        a4 = pool[b + 4],
        a5 = pool[b + 5],
        a6 = pool[b + 6]
      b = slots[k + 1] + 7
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k + 3] + 14
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k] + 21
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k + 4] + 28
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      // The small-valued features, as `tokenFeatures` computes them, read from the combined tables.
      const q = quote[i]
      const e = entity[i]
      const edge =
        (i === from || sentence[i - 1] !== sentence[i] ? 1 : 0) +
        (i + 1 === to || sentence[i + 1] !== sentence[i] ? 2 : 0)
      let t = quotes
      b =
        ((((q * 8 + (i > from ? quote[i - 1] : 7)) * 8 + (i + 1 < to ? quote[i + 1] : 7)) * 8 + lb) * 2 +
          commaSince[k]) *
        7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = entityCues
      b = (((e * 8 + rb) * 4 + lastComma[k]) * 4 + q) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = neighbours
      b = ((i > from ? entity[i - 1] : 15) * 16 + (i + 1 < to ? entity[i + 1] : 15)) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = layout
      b = ((edge * 4 + Math.min(3, sentence[i] - firstSentence)) * 8 + kind) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      // The roles of the nearest cue words (without one, in the tables above).
      if (l >= 0) {
        const cueRole = CUE_WORD_ROLE + (i - l === 1 ? 0 : 1)
        const cue = views[l]
        if ((cue.scored & (1 << (cueRole - CUE_WORD_ROLE))) === 0) this.scoreLazy(cue, cueRole)
        b = cue.slot + cueRole * 7
        a0 += pool[b]
        a1 += pool[b + 1]
        a2 += pool[b + 2]
        a3 += pool[b + 3]
        a4 += pool[b + 4]
        a5 += pool[b + 5]
        a6 += pool[b + 6]
      }
      if (r >= 0) {
        const cueRole = CUE_WORD_ROLE + (r - i === 1 ? 2 : 3)
        const cue = views[r]
        if ((cue.scored & (1 << (cueRole - CUE_WORD_ROLE))) === 0) this.scoreLazy(cue, cueRole)
        b = cue.slot + cueRole * 7
        a0 += pool[b]
        a1 += pool[b + 1]
        a2 += pool[b + 2]
        a3 += pool[b + 3]
        a4 += pool[b + 4]
        a5 += pool[b + 5]
        a6 += pool[b + 6]
      }
      out[offset] = a0 * scale
      out[offset + 1] = a1 * scale
      out[offset + 2] = a2 * scale
      out[offset + 3] = a3 * scale
      out[offset + 4] = a4 * scale
      out[offset + 5] = a5 * scale
      out[offset + 6] = a6 * scale
      offset += 7
    }
    return out
  }
}
