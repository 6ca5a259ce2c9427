/**
 * First-order Viterbi decoding over per-token label scores and label-to-label transition scores.
 * Forbidden transitions, starts and ends (BIO constraints) carry -Infinity, so no invalid sequence can win.
 *
 * @param emissions scores, token-major: `emissions[at + t * labels + y]`
 * @param transitions `transitions[prev * labels + y]`
 * @param start score of each label at the first token; `end` at the last
 * @param at where the sequence's scores begin in `emissions`
 * @param path where the labels go (a new array by default)
 * @returns the best label index for each token, in `path[0 … tokens)`
 */
export function viterbi(
  emissions: Float32Array | Float64Array, tokens: number, labels: number,
  transitions: Float32Array | Float64Array, start: Float32Array | Float64Array, end: Float32Array | Float64Array,
  at = 0, path: Int32Array = new Int32Array(tokens),
): Int32Array {
  if (tokens === 0) return path
  if (scratch.score.length < tokens * labels) {
    scratch.score = new Float64Array(tokens * labels * 2)
    scratch.back = new Int32Array(tokens * labels * 2)
  }
  const score = scratch.score
  const back = scratch.back
  const { from, fromStart, fromScore } = allowedPrevious(transitions, labels)
  for (let y = 0; y < labels; y++) score[y] = start[y] + emissions[at + y]
  for (let t = 1; t < tokens; t++) {
    const row = t * labels
    const prevRow = row - labels
    for (let y = 0; y < labels; y++) {
      let best = -Infinity
      let arg = 0
      for (let k = fromStart[y]; k < fromStart[y + 1]; k++) {
        const s = score[prevRow + from[k]] + fromScore[k]
        if (s > best) {
          best = s
          arg = from[k]
        }
      }
      score[row + y] = best + emissions[at + row + y]
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

/**
 * For each label y, the labels that may precede it and the transition scores, flat:
 * `from[fromStart[y] … fromStart[y + 1])` with `fromScore` alongside.
 */
interface Allowed {
  from: Int32Array
  fromStart: Int32Array
  fromScore: Float64Array
}

const allowedCache = new WeakMap<object, Allowed>()

/** The allowed transitions (score above -Infinity) of a table, cached per table. */
function allowedPrevious(transitions: Float32Array | Float64Array, labels: number): Allowed {
  let allowed = allowedCache.get(transitions)
  if (!allowed) {
    const from: number[] = []
    const fromScore: number[] = []
    const fromStart = new Int32Array(labels + 1)
    for (let y = 0; y < labels; y++) {
      for (let p = 0; p < labels; p++) {
        if (transitions[p * labels + y] === -Infinity) continue
        from.push(p)
        fromScore.push(transitions[p * labels + y])
      }
      fromStart[y + 1] = from.length
    }
    allowed = { from: Int32Array.from(from), fromStart, fromScore: Float64Array.from(fromScore) }
    allowedCache.set(transitions, allowed)
  }
  return allowed
}
