import { createRandom } from './random.js'
import type { FeatureSeq } from './features.js'
import {
  CompiledChain,
  RowTable,
  constrain,
  decode,
  type ChainScores,
  type Constraints,
  type EmissionScorer,
} from './linear-chain.js'

/** One training example: the features of a sequence and its gold labels. */
export interface Example {
  seq: FeatureSeq
  gold: Int32Array
}

/** Options for `trainPerceptron`. */
export interface TrainOptions {
  labels: number
  /** Number of hash buckets (a power of two). */
  buckets: number
  epochs: number
  seed?: number
  constraints: Constraints
  /** Called after each epoch with the averaged model, e.g. to score a dev set. */
  onEpoch?: (epoch: number, model: CompiledChain) => void
  /** Rows whose largest |weight| is below this share of the largest weight are pruned. */
  prune?: number
}

/** Dense weights while training, with the sums needed for averaging (Daumé's trick). */
class DenseChain implements EmissionScorer {
  readonly weights: Float32Array
  readonly sums: Float32Array
  readonly learned: ChainScores
  readonly learnedSums: ChainScores
  constructor(
    readonly labels: number,
    buckets: number,
  ) {
    this.weights = new Float32Array(buckets * labels)
    this.sums = new Float32Array(buckets * labels)
    const chain = () => ({
      transitions: new Float64Array(labels * labels),
      start: new Float64Array(labels),
      end: new Float64Array(labels),
    })
    this.learned = chain()
    this.learnedSums = chain()
  }

  emissions(seq: FeatureSeq): Float64Array {
    const L = this.labels
    const tokens = seq.offsets.length - 1
    const out = new Float64Array(tokens * L)
    for (let t = 0; t < tokens; t++) {
      const o = t * L
      for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
        const base = seq.ids[k] * L
        for (let y = 0; y < L; y++) out[o + y] += this.weights[base + y]
      }
    }
    return out
  }
}

/**
 * Trains a linear-chain model with the averaged structured perceptron (Collins 2002): decode each example with
 * constrained Viterbi, and where the prediction differs from gold, add the gold features and subtract the
 * predicted ones. Examples are shuffled each epoch with a seeded generator, so training is deterministic.
 */
export function trainPerceptron(examples: readonly Example[], options: TrainOptions): CompiledChain {
  const { labels, buckets, epochs, constraints } = options
  const model = new DenseChain(labels, buckets)
  const random = createRandom(options.seed ?? 7)
  const order = examples.map((_, i) => i)
  let c = 1
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const i of order) {
      const { seq, gold } = examples[i]
      const pred = decode(model, seq, constrain(labels, model.learned, constraints))
      update(model, seq, gold, pred, c)
      c++
    }
    if (options.onEpoch) options.onEpoch(epoch, compile(model, c, constraints, options.prune ?? 0))
  }
  return compile(model, c, constraints, options.prune ?? 0)
}

function update(model: DenseChain, seq: FeatureSeq, gold: Int32Array, pred: Int32Array, c: number): void {
  const L = model.labels
  const tokens = gold.length
  const bump = (arr: Float32Array | Float64Array, sums: Float32Array | Float64Array, at: number, delta: number) => {
    arr[at] += delta
    sums[at] += c * delta
  }
  for (let t = 0; t < tokens; t++) {
    const g = gold[t]
    const p = pred[t]
    if (g !== p) {
      for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) {
        const base = seq.ids[k] * L
        bump(model.weights, model.sums, base + g, 1)
        bump(model.weights, model.sums, base + p, -1)
      }
    }
    if (t === 0) {
      if (g !== p) {
        bump(model.learned.start, model.learnedSums.start, g, 1)
        bump(model.learned.start, model.learnedSums.start, p, -1)
      }
    } else if (g !== p || gold[t - 1] !== pred[t - 1]) {
      bump(model.learned.transitions, model.learnedSums.transitions, gold[t - 1] * L + g, 1)
      bump(model.learned.transitions, model.learnedSums.transitions, pred[t - 1] * L + p, -1)
    }
  }
  const last = tokens - 1
  if (last >= 0 && gold[last] !== pred[last]) {
    bump(model.learned.end, model.learnedSums.end, gold[last], 1)
    bump(model.learned.end, model.learnedSums.end, pred[last], -1)
  }
}

/** Averages the weights, prunes near-zero rows and quantises to 16 bits. */
function compile(model: DenseChain, c: number, constraints: Constraints, prune: number): CompiledChain {
  const L = model.labels
  const buckets = model.weights.length / L
  const averaged = new Float32Array(model.weights.length)
  let maxAbs = 0
  for (let k = 0; k < averaged.length; k++) {
    const w = model.weights[k] - model.sums[k] / c
    averaged[k] = w
    if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w)
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const threshold = prune * maxAbs
  const kept: number[] = []
  for (let b = 0; b < buckets; b++) {
    let rowMax = 0
    for (let y = 0; y < L; y++) rowMax = Math.max(rowMax, Math.abs(averaged[b * L + y]))
    if (rowMax > threshold && rowMax > 0) kept.push(b)
  }
  const rows = new Int16Array(kept.length * L)
  kept.forEach((b, r) => {
    for (let y = 0; y < L; y++) rows[r * L + y] = Math.round(averaged[b * L + y] / scale)
  })
  const avg = (arr: Float64Array, sums: Float64Array) => arr.map((w, k) => w - sums[k] / c)
  const learned = {
    transitions: avg(model.learned.transitions, model.learnedSums.transitions),
    start: avg(model.learned.start, model.learnedSums.start),
    end: avg(model.learned.end, model.learnedSums.end),
  }
  return new CompiledChain(L, RowTable.of(Int32Array.from(kept)), rows, scale, constrain(L, learned, constraints))
}
