import { type CompiledChain, firstSlot } from './linear-chain.js'
import { sharedTable } from './shared-tables.js'

/** A compiled model's weights as stored: row r holds the 16-bit weights of bucket `buckets[r]`. */
export interface ModelRows {
  labels: number
  buckets: Int32Array
  rows: Int16Array
  scale: number
}

/** The stored form of a compiled chain's weights. */
export function rowsOf(chain: CompiledChain): ModelRows {
  const { labels, rows, scale } = chain
  return { labels, buckets: chain.table.buckets(rows.length / labels), rows, scale }
}

/**
 * Drops the rows whose largest |weight| is below `share` of the largest weight of the whole model: rare
 * features with weights near zero cost memory and load time and change few decisions.
 */
export function pruneRows(model: ModelRows, share: number): ModelRows {
  const L = model.labels
  const rows = model.rows.length / L
  let max = 0
  for (let k = 0; k < model.rows.length; k++) max = Math.max(max, Math.abs(model.rows[k]))
  const threshold = share * max
  const kept: number[] = []
  for (let r = 0; r < rows; r++) {
    let rowMax = 0
    for (let y = 0; y < L; y++) rowMax = Math.max(rowMax, Math.abs(model.rows[r * L + y]))
    if (rowMax >= threshold && rowMax > 0) kept.push(r)
  }
  const out = new Int16Array(kept.length * L)
  kept.forEach((r, k) => out.set(model.rows.subarray(r * L, (r + 1) * L), k * L))
  return { labels: L, buckets: Int32Array.from(kept, (r) => model.buckets[r]), rows: out, scale: model.scale }
}

/** Anything that adds the per-label scores of a feature set into an array. */
export interface RowScorer {
  readonly labels: number
  addFeatures(ids: Int32Array, from: number, to: number, out: Float64Array, at: number): void
}

/**
 * A compiled model's rows packed for scoring: each open-addressing record holds the bucket and its 16-bit
 * weights side by side (one cache miss per feature instead of two, table then rows), and a bitset of the buckets
 * present answers most absent features without touching the records. The parser looks up some 200 features per
 * word in tables larger than the CPU cache; this is what keeps it fast.
 */
export class PackedRows implements RowScorer {
  /** Record length in 16-bit units: the bucket (two units), then the weights, rounded up to an even length. */
  private readonly stride: number
  private readonly keys: Int32Array
  private readonly mask: number
  private readonly acc: Int32Array

  /** Wraps records and a bitset made by `PackedRows.pack`. */
  constructor(
    readonly labels: number,
    readonly records: Int16Array,
    readonly present: Uint32Array,
    readonly scale: number,
  ) {
    this.stride = (2 + labels + 1) & ~1
    this.keys = new Int32Array(records.buffer, records.byteOffset, records.length >> 1)
    this.mask = records.length / this.stride - 1
    this.acc = new Int32Array(labels)
  }

  /** Packs a model's rows: `records` and `present` for `new PackedRows`. */
  static pack(model: ModelRows): { records: Int16Array; present: Uint32Array } {
    const L = model.labels
    const stride = (2 + L + 1) & ~1
    const rows = model.rows.length / L
    const { buckets } = model
    let capacity = 16
    while (capacity * 0.6 < rows) capacity <<= 1
    const records = new Int16Array(capacity * stride)
    const keys = new Int32Array(records.buffer)
    for (let slot = 0; slot < capacity; slot++) keys[(slot * stride) >> 1] = -1
    let maxBucket = 0
    for (const bucket of buckets) maxBucket = Math.max(maxBucket, bucket)
    const present = new Uint32Array((maxBucket >>> 5) + 1)
    for (let r = 0; r < rows; r++) {
      const bucket = buckets[r]
      present[bucket >>> 5] |= 1 << (bucket & 31)
      let slot = firstSlot(bucket, capacity - 1)
      while (keys[(slot * stride) >> 1] !== -1) slot = (slot + 1) & (capacity - 1)
      keys[(slot * stride) >> 1] = bucket
      // Copied weight by weight: a subarray per row (a million rows) costs more than the copy.
      const to = slot * stride + 2
      const from = r * L
      for (let y = 0; y < L; y++) records[to + y] = model.rows[from + y]
    }
    return { records, present }
  }

  /** Packs a compiled model's rows, the tables named `name` shared between threads (see shared-tables). */
  static of(model: ModelRows, name?: string): PackedRows {
    let packed: { records: Int16Array; present: Uint32Array } | undefined
    const make = () => (packed ??= PackedRows.pack(model))
    const records = sharedTable(name && `${name}#records`, () => make().records)
    const present = sharedTable(name && `${name}#present`, () => make().present)
    return new PackedRows(model.labels, records, present, model.scale)
  }

  /** Adds the scores of features `ids[from … to)` for each label into `out[at … at + labels)`. */
  addFeatures(ids: Int32Array, from: number, to: number, out: Float64Array, at: number): void {
    const L = this.labels
    const { records, keys, present, mask, stride, acc } = this
    const half = stride >> 1
    const words = present.length
    for (let y = 0; y < L; y++) acc[y] = 0
    for (let k = from; k < to; k++) {
      const bucket = ids[k]
      const word = bucket >>> 5
      if (word >= words || (present[word] & (1 << (bucket & 31))) === 0) continue
      let slot = firstSlot(bucket, mask)
      let key = keys[slot * half]
      while (key !== bucket && key !== -1) {
        slot = (slot + 1) & mask
        key = keys[slot * half]
      }
      if (key === -1) continue
      const base = slot * stride + 2
      for (let y = 0; y < L; y++) acc[y] += records[base + y]
    }
    const scale = this.scale
    for (let y = 0; y < L; y++) out[at + y] += acc[y] * scale
  }
}
