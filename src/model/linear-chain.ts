import type { FeatureSeq } from './features.js'
import { viterbi } from './viterbi.js'

/** Label-pair constraints: `allowed(prev, next)`, `canStart(y)`, `canEnd(y)`. */
export interface Constraints {
  allowed(prev: number, next: number): boolean
  canStart(label: number): boolean
  canEnd(label: number): boolean
}

/** Transition, start and end scores with -Infinity where constraints forbid. */
export interface ChainScores {
  transitions: Float64Array
  start: Float64Array
  end: Float64Array
}

/** Combines learned transition scores with constraints into decoding scores. */
export function constrain(labels: number, learned: ChainScores, constraints: Constraints): ChainScores {
  const transitions = new Float64Array(labels * labels)
  const start = new Float64Array(labels)
  const end = new Float64Array(labels)
  for (let p = 0; p < labels; p++) {
    start[p] = constraints.canStart(p) ? learned.start[p] : -Infinity
    end[p] = constraints.canEnd(p) ? learned.end[p] : -Infinity
    for (let y = 0; y < labels; y++)
      transitions[p * labels + y] = constraints.allowed(p, y) ? learned.transitions[p * labels + y] : -Infinity
  }
  return { transitions, start, end }
}

/** Anything that can score the labels of each token of a feature sequence. */
export interface EmissionScorer {
  readonly labels: number
  emissions(seq: FeatureSeq): Float64Array
}

/** Decodes the best label sequence for `seq`. */
export function decode(scorer: EmissionScorer, seq: FeatureSeq, scores: ChainScores): Int32Array {
  const tokens = seq.offsets.length - 1
  return viterbi(scorer.emissions(seq), tokens, scorer.labels, scores.transitions, scores.start, scores.end)
}

/** The first slot to probe for `bucket` in an open-addressing table of `mask + 1` slots (Fibonacci hashing). */
export function firstSlot(bucket: number, mask: number): number {
  return (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask
}

/**
 * Open-addressing table from feature bucket to weight row: [bucket, row, bucket, row, …] with -1 for empty
 * slots, sized to twice the rows. It stays small enough for the CPU cache, unlike a dense bucket-indexed array.
 */
export class RowTable {
  private readonly mask: number

  /** Wraps a slot array made by `RowTable.of` (or read back from a model file). */
  constructor(readonly slots: Int32Array) {
    this.mask = slots.length / 2 - 1
  }

  /** Builds the table for `buckets`, row r holding `buckets[r]`. */
  static of(buckets: Int32Array): RowTable {
    let capacity = 16
    while (capacity < buckets.length * 2) capacity <<= 1
    const table = new RowTable(new Int32Array(capacity * 2).fill(-1))
    for (let row = 0; row < buckets.length; row++) {
      let at = table.slotOf(buckets[row])
      while (table.slots[at * 2] !== -1) at = (at + 1) & table.mask
      table.slots[at * 2] = buckets[row]
      table.slots[at * 2 + 1] = row
    }
    return table
  }

  private slotOf(bucket: number): number {
    return firstSlot(bucket, this.mask)
  }

  /** The row of `bucket`, or -1. */
  get(bucket: number): number {
    const slots = this.slots
    let at = this.slotOf(bucket)
    for (;;) {
      const key = slots[at * 2]
      if (key === bucket) return slots[at * 2 + 1]
      if (key === -1) return -1
      at = (at + 1) & this.mask
    }
  }

  /** Every bucket in the table, by row. */
  buckets(rows: number): Int32Array {
    const out = new Int32Array(rows)
    for (let at = 0; at < this.slots.length; at += 2)
      if (this.slots[at] !== -1) out[this.slots[at + 1]] = this.slots[at]
    return out
  }
}

/**
 * A compiled (read-only) linear-chain model: sparse rows of 16-bit quantised weights, found through a
 * `RowTable`. Emission for label y of a token = scale × Σ rows[row(f) · L + y] over its features.
 */
export class CompiledChain implements EmissionScorer {
  constructor(
    readonly labels: number,
    readonly table: RowTable,
    readonly rows: Int16Array,
    readonly scale: number,
    readonly scores: ChainScores,
  ) {
    this.acc = new Int32Array(labels)
  }

  private readonly acc: Int32Array

  /** Adds the scores of features `ids[from … to)` for each label into `out[offset … offset + labels)`. */
  addFeatures(ids: Int32Array, from: number, to: number, out: Float64Array, offset: number): void {
    const L = this.labels
    const rows = this.rows
    const acc = this.acc
    const slots = this.table.slots
    const mask = slots.length / 2 - 1
    // The table's lookup written out, with everything in locals: this loop scores every sentence of every
    // article (check-worthiness, event classes), and a method call per feature costs more than the lookup.
    for (let y = 0; y < L; y++) acc[y] = 0
    for (let k = from; k < to; k++) {
      const bucket = ids[k]
      let at = firstSlot(bucket, mask)
      let key = slots[at * 2]
      while (key !== bucket && key !== -1) {
        at = (at + 1) & mask
        key = slots[at * 2]
      }
      if (key === -1) continue
      const base = slots[at * 2 + 1] * L
      for (let y = 0; y < L; y++) acc[y] += rows[base + y]
    }
    for (let y = 0; y < L; y++) out[offset + y] += acc[y] * this.scale
  }

  /** Adds this model's scores for `seq` into `out` (token-major, `labels` per token). */
  addEmissions(seq: FeatureSeq, out: Float64Array): void {
    const tokens = seq.offsets.length - 1
    for (let t = 0; t < tokens; t++) this.addFeatures(seq.ids, seq.offsets[t], seq.offsets[t + 1], out, t * this.labels)
  }

  emissions(seq: FeatureSeq): Float64Array {
    const out = new Float64Array((seq.offsets.length - 1) * this.labels)
    this.addEmissions(seq, out)
    return out
  }

  /** Best labels for one sequence. */
  tag(seq: FeatureSeq): Int32Array {
    return decode(this, seq, this.scores)
  }

  /** Best labels when the features come in several sequences over the same tokens (their scores add up). */
  tagAll(seqs: readonly FeatureSeq[]): Int32Array {
    const tokens = seqs[0].offsets.length - 1
    const out = new Float64Array(tokens * this.labels)
    for (const seq of seqs) this.addEmissions(seq, out)
    return this.decodeEmissions(out, tokens)
  }

  /** Best labels for precomputed emission scores. */
  decodeEmissions(emissions: Float64Array, tokens: number): Int32Array {
    return viterbi(emissions, tokens, this.labels, this.scores.transitions, this.scores.start, this.scores.end)
  }
}
