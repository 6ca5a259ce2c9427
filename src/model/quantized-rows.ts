import type { CompiledChain } from './linear-chain.js'

/** A compiled model's weights as trained: row r holds the 16-bit weights of bucket `buckets[r]`, × `scale`. */
export interface ModelRows {
  labels: number
  buckets: Int32Array
  rows: Int16Array
  scale: number
}

/** The rows of a compiled chain. */
export function rowsOf(chain: CompiledChain): ModelRows {
  const { labels, rows, scale } = chain
  return { labels, buckets: chain.table.buckets(rows.length / labels), rows, scale }
}

/** Magnitudes a code can stand for: 127 steps on a log scale from the largest weight down to 2^−14 of it. */
const STEPS = 127
const RANGE = 2 ** 14

/** The bits of `x` that are set. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  v = (v + (v >>> 4)) & 0x0f0f0f0f
  return Math.imul(v, 0x01010101) >>> 24
}

/**
 * A linear model's weight rows as stored and scored by the tagger and the parser: one byte per weight, rows side
 * by side in bucket order, and an index that finds a bucket's row without hashing or probing.
 *
 * - `codes`: row r's weights are `codes[r × labels … (r + 1) × labels)`; a code is a sign and a step on a log
 *   scale (0: zero, 1–127 positive, 129–255 negative), its value `levels[code]`. A log scale keeps small weights
 *   as precisely as large ones (about 4 % apart), in half the bytes of 16-bit weights.
 * - `index`: for each 32 buckets, the bitset of those present, then the number of rows before them; a bucket's
 *   row is that number plus the present bits below it. The index is small enough to stay in cache, so a feature
 *   costs one memory access to its row at most, and an absent one (most of them) none.
 *
 * All three are typed arrays read straight from the model file, with nothing built at load time.
 */
export class QuantizedRows {
  private readonly acc: Float64Array

  constructor(
    readonly labels: number,
    readonly index: Uint32Array,
    readonly codes: Uint8Array,
    readonly levels: Float64Array,
  ) {
    this.acc = new Float64Array(labels)
  }

  /** How many rows there are. */
  get rows(): number {
    return this.codes.length / this.labels
  }

  /** Quantises a trained model's 16-bit rows. */
  static of(model: ModelRows): QuantizedRows {
    const L = model.labels
    const rows = model.buckets.length
    const order = Array.from({ length: rows }, (_, r) => r).sort((a, b) => model.buckets[a] - model.buckets[b])
    let maxBucket = 0
    let max = 0
    for (const bucket of model.buckets) maxBucket = Math.max(maxBucket, bucket)
    for (let k = 0; k < model.rows.length; k++) max = Math.max(max, Math.abs(model.rows[k]))
    const levels = logLevels(max * model.scale)
    const index = new Uint32Array(((maxBucket >>> 5) + 1) * 2)
    const codes = new Uint8Array(rows * L)
    order.forEach((r, k) => {
      const bucket = model.buckets[r]
      index[(bucket >>> 5) * 2] |= 1 << (bucket & 31)
      for (let y = 0; y < L; y++) codes[k * L + y] = encode(model.rows[r * L + y] * model.scale, levels)
    })
    let before = 0
    for (let w = 0; w < index.length; w += 2) {
      index[w + 1] = before
      before += popcount(index[w])
    }
    return new QuantizedRows(L, index, codes, levels)
  }

  /** The row of `bucket`, or −1 when the model has none. */
  rowOf(bucket: number): number {
    const w = (bucket >>> 5) * 2
    if (w >= this.index.length) return -1
    const bits = this.index[w]
    const bit = bucket & 31
    if (((bits >>> bit) & 1) === 0) return -1
    return this.index[w + 1] + popcount(bits & ((1 << bit) - 1))
  }

  /** Adds the scores of features `ids[from … to)` for each label into `out[at … at + labels)`. */
  addFeatures(ids: Int32Array, from: number, to: number, out: Float64Array, at: number): void {
    const L = this.labels
    const { index, codes, levels, acc } = this
    const words = index.length
    acc.fill(0)
    for (let k = from; k < to; k++) {
      const bucket = ids[k]
      const w = (bucket >>> 5) << 1
      if (w >= words) continue
      const bits = index[w]
      const bit = bucket & 31
      if (((bits >>> bit) & 1) === 0) continue
      const base = (index[w + 1] + popcount(bits & ((1 << bit) - 1))) * L
      for (let y = 0; y < L; y++) acc[y] += levels[codes[base + y]]
    }
    for (let y = 0; y < L; y++) out[at + y] += acc[y]
  }
}

/**
 * Adds the scores of features `ids[from … to)` for the labels `columns[0 … count)` only, into `out` at those
 * labels: when the candidates are known, the other labels cost nothing.
 */
export function addColumns(
  rows: QuantizedRows,
  ids: Int32Array,
  from: number,
  to: number,
  columns: Int32Array,
  count: number,
  out: Float64Array,
): void {
  const L = rows.labels
  const { index, codes, levels } = rows
  const words = index.length
  for (let k = from; k < to; k++) {
    const bucket = ids[k]
    const w = (bucket >>> 5) << 1
    if (w >= words) continue
    const bits = index[w]
    const bit = bucket & 31
    if (((bits >>> bit) & 1) === 0) continue
    const base = (index[w + 1] + popcount(bits & ((1 << bit) - 1))) * L
    for (let j = 0; j < count; j++) {
      const y = columns[j]
      out[y] += levels[codes[base + y]]
    }
  }
}

/** The value of each code: 0, then 127 magnitudes up to `max`, positive (1–127) and negative (129–255). */
function logLevels(max: number): Float64Array {
  const levels = new Float64Array(256)
  for (let k = 1; k <= STEPS; k++) {
    const magnitude = max * RANGE ** ((k - STEPS) / (STEPS - 1))
    levels[k] = magnitude
    levels[128 + k] = -magnitude
  }
  return levels
}

/** The code whose level is nearest `value` on the log scale (0 below half the smallest step). */
function encode(value: number, levels: Float64Array): number {
  const magnitude = Math.abs(value)
  if (magnitude === 0 || magnitude < levels[1] / 2) return 0
  const step = Math.log(levels[STEPS] / levels[1]) / (STEPS - 1)
  const k = Math.min(STEPS, Math.max(1, Math.round(Math.log(magnitude / levels[1]) / step) + 1))
  return value < 0 ? 128 + k : k
}
