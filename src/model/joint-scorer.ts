import type { FeatureSeq } from './features.js'
import { RowTable, type CompiledChain } from './linear-chain.js'

/**
 * Scores the same features under two models at once. A two-pass tagger looks every feature up under both
 * models; a joint table keeps both models' weights for a bucket side by side (8-bit, so the table stays in
 * cache), and one lookup — one cache miss — serves both passes.
 */
export class JointScorer {
  private readonly stride: number
  private readonly acc: Int32Array

  constructor(
    readonly labels: number,
    readonly table: RowTable,
    /** Row r: the first model's `labels` weights, then the second's. */
    readonly weights: Int8Array,
    readonly scaleA: number,
    readonly scaleB: number,
  ) {
    this.stride = 2 * labels
    this.acc = new Int32Array(this.stride)
  }

  /** Joins two compiled chains over the same labels and feature space. */
  static combine(a: CompiledChain, b: CompiledChain): JointScorer {
    const L = a.labels
    const bucketsA = a.table.buckets(a.rows.length / L)
    const bucketsB = b.table.buckets(b.rows.length / L)
    // Union of both models' buckets: A's rows keep their numbers, B's new buckets follow.
    const union = new Int32Array(bucketsA.length + bucketsB.length)
    union.set(bucketsA)
    const rowOfB = new Int32Array(bucketsB.length)
    let rows = bucketsA.length
    for (let r = 0; r < bucketsB.length; r++) {
      const inA = a.table.get(bucketsB[r])
      if (inA >= 0) rowOfB[r] = inA
      else {
        union[rows] = bucketsB[r]
        rowOfB[r] = rows++
      }
    }
    const weights = new Int8Array(rows * 2 * L)
    const quantise = (model: CompiledChain, rowOf: (r: number) => number, offset: number): number => {
      let max = 1
      for (let k = 0; k < model.rows.length; k++) max = Math.max(max, Math.abs(model.rows[k]))
      for (let r = 0; r < model.rows.length / L; r++) {
        for (let y = 0; y < L; y++) weights[rowOf(r) * 2 * L + offset + y] = Math.round((model.rows[r * L + y] * 127) / max)
      }
      return (model.scale * max) / 127
    }
    const scaleA = quantise(a, (r) => r, 0)
    const scaleB = quantise(b, (r) => rowOfB[r], L)
    return new JointScorer(L, RowTable.of(union.subarray(0, rows)), weights, scaleA, scaleB)
  }

  /** Adds the scores of features `ids[from … to)` under both models into `outA` and `outB` at `offset`. */
  addFeatures(ids: Int32Array, from: number, to: number, outA: Float64Array, outB: Float64Array, offset: number): void {
    const L = this.labels
    const S = this.stride
    const w = this.weights
    const acc = this.acc
    acc.fill(0)
    for (let k = from; k < to; k++) {
      const row = this.table.get(ids[k])
      if (row < 0) continue
      const base = row * S
      for (let y = 0; y < S; y++) acc[y] += w[base + y]
    }
    for (let y = 0; y < L; y++) {
      outA[offset + y] += acc[y] * this.scaleA
      outB[offset + y] += acc[L + y] * this.scaleB
    }
  }

  /** Adds both models' scores for every token of `seq`. */
  addEmissions(seq: FeatureSeq, outA: Float64Array, outB: Float64Array): void {
    const tokens = seq.offsets.length - 1
    for (let t = 0; t < tokens; t++) this.addFeatures(seq.ids, seq.offsets[t], seq.offsets[t + 1], outA, outB, t * this.labels)
  }

  /** Adds the second model's scores alone for `seq` (its own features, which the first model never sees). */
  addSecond(seq: FeatureSeq, out: Float64Array): void {
    const L = this.labels
    const S = this.stride
    const w = this.weights
    const acc = this.acc
    const tokens = seq.offsets.length - 1
    for (let t = 0; t < tokens; t++) {
      acc.fill(0, 0, L)
      for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
        const row = this.table.get(seq.ids[k])
        if (row < 0) continue
        const base = row * S + L
        for (let y = 0; y < L; y++) acc[y] += w[base + y]
      }
      for (let y = 0; y < L; y++) out[t * L + y] += acc[y] * this.scaleB
    }
  }
}
