import type { CompiledChain } from './linear-chain.js'
import { trainPerceptron } from './train-perceptron.js'

/** One example for a classifier: hashed feature ids and a label index. */
export interface ClassExample {
  ids: Int32Array
  label: number
}

const FREE = { allowed: () => true, canStart: () => true, canEnd: () => true }

/**
 * Trains a multiclass averaged perceptron: a linear chain over one-token sequences, so that training, quantising,
 * pruning and model files are the ones the taggers use.
 */
export function trainClassifier(
  examples: readonly ClassExample[],
  options: { labels: number; buckets: number; epochs: number; seed?: number },
): CompiledChain {
  return trainPerceptron(
    examples.map(({ ids, label }) => ({ seq: single(ids), gold: Int32Array.of(label) })),
    { ...options, constraints: FREE },
  )
}

/** The score of each label for one feature set (bias included). */
export function classScores(model: CompiledChain, ids: Int32Array): Float64Array {
  const out = new Float64Array(model.labels)
  model.addFeatures(ids, 0, ids.length, out, 0)
  for (let y = 0; y < model.labels; y++) out[y] += model.scores.start[y] + model.scores.end[y]
  return out
}

/** The best label for one feature set. */
export function classify(model: CompiledChain, ids: Int32Array): number {
  const scores = classScores(model, ids)
  let best = 0
  for (let y = 1; y < scores.length; y++) if (scores[y] > scores[best]) best = y
  return best
}

function single(ids: Int32Array) {
  return { ids, offsets: Int32Array.of(0, ids.length) }
}
