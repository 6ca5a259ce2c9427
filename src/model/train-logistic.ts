import { createRandom } from './random.js'
import type { ClassExample } from './classifier.js'
import { CompiledChain, RowTable } from './linear-chain.js'

/** Options for `trainLogistic`. */
export interface LogisticOptions {
  /** Number of hash buckets (a power of two). */
  buckets: number
  epochs: number
  /** L2 penalty per update. */
  l2?: number
  /** Base learning rate of AdaGrad. */
  rate?: number
  seed?: number
}

/**
 * Trains a binary logistic regression with AdaGrad over hashed features (labels 0/1), seeded and deterministic.
 * The result is a one-label chain whose score is the log-odds, so it is stored, loaded and scored like every
 * other model (`classScores(model, ids)[0]`). On short texts it beats the averaged perceptron and gives
 * probabilities, which a check-worthiness score needs.
 */
export function trainLogistic(examples: readonly ClassExample[], options: LogisticOptions): CompiledChain {
  const { buckets, epochs } = options
  const l2 = options.l2 ?? 1e-5
  const rate = options.rate ?? 0.1
  const w = new Float32Array(buckets)
  const g2 = new Float32Array(buckets).fill(1e-8)
  const random = createRandom(options.seed ?? 7)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const k of order) {
      const { ids, label } = examples[k]
      let z = 0
      for (const id of ids) z += w[id]
      const g = 1 / (1 + Math.exp(-z)) - label
      for (const id of ids) {
        const grad = g + l2 * w[id]
        g2[id] += grad * grad
        w[id] -= (rate * grad) / Math.sqrt(g2[id])
      }
    }
  }
  const kept: number[] = []
  let maxAbs = 0
  for (let b = 0; b < buckets; b++) {
    if (w[b] !== 0) kept.push(b)
    maxAbs = Math.max(maxAbs, Math.abs(w[b]))
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const rows = Int16Array.from(kept, (b) => Math.round(w[b] / scale))
  const zero = { transitions: new Float64Array(1), start: new Float64Array(1), end: new Float64Array(1) }
  return new CompiledChain(1, RowTable.of(Int32Array.from(kept)), rows, scale, zero)
}
