import { CompiledChain, RowTable } from './linear-chain.js'

/**
 * A multiclass averaged perceptron over hashed features while it trains: dense weights (bucket × label) and the
 * sums for averaging (Daumé's trick: averaged = w − Σ c·Δ / c). Decisions with structure around them (the
 * parser's transitions, the tagger's left-to-right tags) drive it one example at a time.
 */
export class DenseMulticlass {
  readonly weights: Float32Array
  private readonly sums: Float64Array
  /** Updates so far plus one: the averaging clock. */
  clock = 1

  constructor(
    readonly labels: number,
    readonly buckets: number,
  ) {
    this.weights = new Float32Array(buckets * labels)
    this.sums = new Float64Array(buckets * labels)
  }

  /** Writes each label's score for features `ids[from … to)` into `out[at … at + labels)`. */
  score(ids: Int32Array, from: number, to: number, out: Float64Array, at = 0): void {
    const L = this.labels
    const w = this.weights
    for (let y = 0; y < L; y++) out[at + y] = 0
    for (let k = from; k < to; k++) {
      const base = ids[k] * L
      for (let y = 0; y < L; y++) out[at + y] += w[base + y]
    }
  }

  /** Moves the weights of features `ids[from … to)` towards `gold` and away from `predicted`. */
  update(ids: Int32Array, from: number, to: number, gold: number, predicted: number): void {
    if (gold === predicted) return
    const L = this.labels
    const c = this.clock
    for (let k = from; k < to; k++) {
      const base = ids[k] * L
      this.weights[base + gold] += 1
      this.sums[base + gold] += c
      this.weights[base + predicted] -= 1
      this.sums[base + predicted] -= c
    }
  }

  /** Advances the averaging clock: call once per example seen. */
  tick(): void {
    this.clock++
  }

  /**
   * Averages, keeps the rows whose largest |weight| reaches `prune` × the largest weight, and quantises them to
   * 16 bits: the read-only model that scores with `CompiledChain.addFeatures`.
   */
  compile(prune = 0): CompiledChain {
    const L = this.labels
    const c = this.clock
    const averaged = new Float32Array(this.weights.length)
    let maxAbs = 0
    for (let k = 0; k < averaged.length; k++) {
      const w = this.weights[k] - this.sums[k] / c
      averaged[k] = w
      if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w)
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1
    const threshold = prune * maxAbs
    const kept: number[] = []
    for (let b = 0; b < this.buckets; b++) {
      let rowMax = 0
      for (let y = 0; y < L; y++) rowMax = Math.max(rowMax, Math.abs(averaged[b * L + y]))
      if (rowMax > 0 && rowMax >= threshold) kept.push(b)
    }
    const rows = new Int16Array(kept.length * L)
    kept.forEach((b, r) => {
      for (let y = 0; y < L; y++) rows[r * L + y] = Math.round(averaged[b * L + y] / scale)
    })
    return new CompiledChain(L, RowTable.of(Int32Array.from(kept)), rows, scale, noChain(L))
  }
}

/** Chain scores that add nothing: a classifier has no transitions. */
export function noChain(labels: number) {
  return {
    transitions: new Float64Array(labels * labels),
    start: new Float64Array(labels),
    end: new Float64Array(labels),
  }
}
