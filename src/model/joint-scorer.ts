import type { FeatureSeq } from './features.js'
import { RowTable, firstSlot, type CompiledChain } from './linear-chain.js'

/**
 * Scores the same features under two models at once. A two-pass tagger looks every feature up under both
 * models; a joint table keeps both models' weights for a bucket side by side (8-bit), and one lookup serves
 * both passes.
 *
 * Lookups are memory-bound (the table is larger than the CPU's L2 cache), so scoring reads a packed copy:
 * each open-addressing record holds the bucket and its weights in one cache line, and a bitset of the
 * buckets present (small enough for L2) answers most absent features without touching the table.
 */
export class JointScorer {
  private readonly stride: number
  private readonly recordKeys: Int32Array
  private readonly recordBytes: number
  private readonly recordMask: number

  /** Wraps packed records and their bitset (from `JointScorer.pack`, or read back from a model file). */
  constructor(
    readonly labels: number,
    /** Open-addressing records of `recordBytes` each: the bucket (int32, -1 when empty), then the 2L weights. */
    readonly records: Int8Array,
    /** One bit per bucket: set where the table has a row. */
    readonly present: Uint32Array,
    readonly scaleA: number,
    readonly scaleB: number,
  ) {
    this.stride = 2 * labels
    this.recordBytes = (4 + this.stride + 3) & ~3
    this.recordKeys = new Int32Array(records.buffer, records.byteOffset, records.byteLength >> 2)
    this.recordMask = records.length / this.recordBytes - 1
  }

  /** Packs weight rows (row r: the first model's `labels` weights, then the second's) found through `table`. */
  static pack(labels: number, table: RowTable, weights: Int8Array, scaleA: number, scaleB: number): JointScorer {
    const stride = 2 * labels
    const buckets = table.buckets(weights.length / stride)
    let capacity = 16
    while (capacity * 0.6 < buckets.length) capacity <<= 1
    const recordBytes = (4 + stride + 3) & ~3
    const records = new Int8Array(capacity * recordBytes)
    const keys = new Int32Array(records.buffer)
    keys.fill(-1)
    let maxBucket = 0
    for (const bucket of buckets) maxBucket = Math.max(maxBucket, bucket)
    const present = new Uint32Array((maxBucket >>> 5) + 1)
    const packed = new JointScorer(labels, records, present, scaleA, scaleB)
    const keyStride = recordBytes >> 2
    for (let row = 0; row < buckets.length; row++) {
      const bucket = buckets[row]
      present[bucket >>> 5] |= 1 << (bucket & 31)
      let at = packed.recordOf(bucket)
      while (keys[at * keyStride] !== -1) at = (at + 1) & (capacity - 1)
      keys[at * keyStride] = bucket
      records.set(weights.subarray(row * stride, (row + 1) * stride), at * recordBytes + 4)
    }
    return packed
  }

  private recordOf(bucket: number): number {
    return firstSlot(bucket, this.recordMask)
  }

  /** Byte offset of `bucket`'s weights in `records`, or -1 when the table has no row for it. */
  private weightsOf(bucket: number): number {
    const word = bucket >>> 5
    if (word >= this.present.length || (this.present[word] & (1 << (bucket & 31))) === 0) return -1
    const keyStride = this.recordBytes >> 2
    let at = this.recordOf(bucket)
    for (;;) {
      const key = this.recordKeys[at * keyStride]
      if (key === bucket) return at * this.recordBytes + 4
      if (key === -1) return -1
      at = (at + 1) & this.recordMask
    }
  }

  /**
   * Adds the raw 8-bit weights of features `ids[from … to)` (unscaled: multiply by `scaleA`, `scaleB`) into
   * `out`: the first model's at `at`, the second's at `at + L`. Sums stay exact integers, so a cache of them
   * can be 16-bit (a few dozen features of at most ±127 each).
   */
  addRaw(ids: Int32Array, from: number, to: number, out: Int16Array, at: number): void {
    const S = this.stride
    for (let k = from; k < to; k++) {
      const base = this.weightsOf(ids[k])
      if (base < 0) continue
      for (let y = 0; y < S; y++) out[at + y] += this.records[base + y]
    }
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
        for (let y = 0; y < L; y++)
          weights[rowOf(r) * 2 * L + offset + y] = Math.round((model.rows[r * L + y] * 127) / max)
      }
      return (model.scale * max) / 127
    }
    const scaleA = quantise(a, (r) => r, 0)
    const scaleB = quantise(b, (r) => rowOfB[r], L)
    return JointScorer.pack(L, RowTable.of(union.subarray(0, rows)), weights, scaleA, scaleB)
  }

  /** Adds the scores of features `ids[from … to)` under both models into `outA` at `atA` and `outB` at `atB`. */
  addFeatures(
    ids: Int32Array,
    from: number,
    to: number,
    outA: Float64Array,
    atA: number,
    outB: Float64Array,
    atB: number,
  ): void {
    this.range[0] = from
    this.range[1] = to
    this.addTokens(ids, this.range, 1, outA, atA, outB, atB, false)
  }

  private readonly range = new Int32Array(2)

  /** Adds both models' scores for every token of `seq`. */
  addEmissions(seq: FeatureSeq, outA: Float64Array, outB: Float64Array): void {
    this.addTokens(seq.ids, seq.offsets, seq.offsets.length - 1, outA, 0, outB, 0, false)
  }

  /**
   * The scoring loop: for each of `tokens` tokens t (features `ids[offsets[t] … offsets[t + 1])`), adds the
   * first model's scores into `outA` at `atA + t·L` and the second's into `outB` at `atB + t·L`; `secondOnly`
   * scores the second model alone (`outA` is then left alone). Everything it reads is held in locals:
   * fields reloaded inside the loop cost more than the lookups themselves.
   */
  addTokens(
    ids: Int32Array,
    offsets: Int32Array,
    tokens: number,
    outA: Float64Array,
    atA: number,
    outB: Float64Array,
    atB: number,
    secondOnly: boolean,
  ): void {
    const L = this.labels
    const records = this.records
    const keys = this.recordKeys
    const present = this.present
    const words = present.length
    const mask = this.recordMask
    const recordBytes = this.recordBytes
    const keyStride = recordBytes >> 2
    const scaleA = this.scaleA
    const scaleB = this.scaleB
    for (let t = 0; t < tokens; t++) {
      const a = atA + t * L
      const b = atB + t * L
      for (let k = offsets[t]; k < offsets[t + 1]; k++) {
        const bucket = ids[k]
        const word = bucket >>> 5
        if (word >= words || (present[word] & (1 << (bucket & 31))) === 0) continue
        let at = firstSlot(bucket, mask)
        let key = keys[at * keyStride]
        while (key !== bucket && key !== -1) {
          at = (at + 1) & mask
          key = keys[at * keyStride]
        }
        if (key === -1) continue
        // Scaled as they are added: measured faster here than summing 8-bit integers and scaling once.
        const base = at * recordBytes + 4
        if (!secondOnly) for (let y = 0; y < L; y++) outA[a + y] += records[base + y] * scaleA
        for (let y = 0; y < L; y++) outB[b + y] += records[base + L + y] * scaleB
      }
    }
  }
}
