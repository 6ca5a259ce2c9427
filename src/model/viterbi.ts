/**
 * First-order Viterbi decoding over per-token label scores and label-to-label transition scores.
 * Forbidden transitions, starts and ends (BIO constraints) carry -Infinity, so no invalid sequence can win.
 *
 * @param emissions scores, token-major: `emissions[t * labels + y]`
 * @param transitions `transitions[prev * labels + y]`
 * @param start score of each label at the first token; `end` at the last
 * @returns the best label index for each token
 */
export function viterbi(
  emissions: Float32Array | Float64Array, tokens: number, labels: number,
  transitions: Float32Array | Float64Array, start: Float32Array | Float64Array, end: Float32Array | Float64Array,
): Int32Array {
  const path = new Int32Array(tokens)
  if (tokens === 0) return path
  if (scratch.score.length < tokens * labels) {
    scratch.score = new Float64Array(tokens * labels * 2)
    scratch.back = new Int32Array(tokens * labels * 2)
  }
  const { score, back } = scratch
  const allowed = allowedPrevious(transitions, labels)
  for (let y = 0; y < labels; y++) score[y] = start[y] + emissions[y]
  for (let t = 1; t < tokens; t++) {
    const row = t * labels
    const prevRow = row - labels
    for (let y = 0; y < labels; y++) {
      let best = -Infinity
      let arg = 0
      const from = allowed[y]
      for (let k = 0; k < from.length; k++) {
        const p = from[k]
        const s = score[prevRow + p] + transitions[p * labels + y]
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[row + y] = best + emissions[row + y]
      back[row + y] = arg
    }
  }
  const last = (tokens - 1) * labels
  let best = -Infinity
  let arg = 0
  for (let y = 0; y < labels; y++) {
    const s = score[last + y] + end[y]
    if (s > best) {
      best = s
      arg = y
    }
  }
  path[tokens - 1] = arg
  for (let t = tokens - 1; t > 0; t--) path[t - 1] = back[t * labels + path[t]]
  return path
}

/** Reused buffers: decoding allocates nothing per sentence once they have grown. */
const scratch = { score: new Float64Array(4096), back: new Int32Array(4096) }

const allowedCache = new WeakMap<object, Int32Array[]>()

/** For each label, the labels that may precede it (transition score above -Infinity); cached per table. */
function allowedPrevious(transitions: Float32Array | Float64Array, labels: number): Int32Array[] {
  let allowed = allowedCache.get(transitions)
  if (!allowed) {
    allowed = []
    for (let y = 0; y < labels; y++) {
      const from: number[] = []
      for (let p = 0; p < labels; p++) if (transitions[p * labels + y] > -Infinity) from.push(p)
      allowed.push(Int32Array.from(from))
    }
    allowedCache.set(transitions, allowed)
  }
  return allowed
}
