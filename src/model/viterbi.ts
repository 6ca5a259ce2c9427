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
  for (let y = 0; y < labels; y++) score[y] = start[y] + emissions[at + y]
  if (labels <= 9) forwardUpTo9(emissions, tokens, labels, transitions, at, score, back)
  else forward(emissions, tokens, labels, transitions, at, score, back)
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

/** The forward pass: best score of each label at each token, and the label before it on that best path. */
function forward(
  emissions: Float32Array | Float64Array, tokens: number, labels: number, transitions: Float32Array | Float64Array, at: number,
  score: Float64Array, back: Int32Array,
): void {
  const { from, fromStart, fromScore } = allowedPrevious(transitions, labels)
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
}

/**
 * `forward` for up to nine labels (BIO over four types: the NER tagger; over three: the attribution tagger),
 * unrolled: V8 keeps the previous token's scores in registers, twice as fast as reloading them from the array.
 * Fewer labels are padded to nine with -Infinity scores and transitions. Forbidden transitions are -Infinity in
 * `transitions`, so they never win; ties go to the lowest label, as in `forward`.
 */
function forwardUpTo9(emissions: Float32Array | Float64Array, tokens: number, labels: number, transitions: Float32Array | Float64Array, at: number, score: Float64Array, back: Int32Array): void {
  const tr = transposedTo9(transitions, labels)
  const L = labels
  for (let t = 1; t < tokens; t++) {
    const row = t * L
    const prev = row - L
    const s0 = score[prev]
    const s1 = L > 1 ? score[prev + 1] : -Infinity
    const s2 = L > 2 ? score[prev + 2] : -Infinity
    const s3 = L > 3 ? score[prev + 3] : -Infinity
    const s4 = L > 4 ? score[prev + 4] : -Infinity
    const s5 = L > 5 ? score[prev + 5] : -Infinity
    const s6 = L > 6 ? score[prev + 6] : -Infinity
    const s7 = L > 7 ? score[prev + 7] : -Infinity
    const s8 = L > 8 ? score[prev + 8] : -Infinity
    for (let y = 0; y < L; y++) {
      const c = y * 9
      let best = s0 + tr[c]
      let arg = 0
      let v = s1 + tr[c + 1]
      if (v > best) { best = v; arg = 1 }
      v = s2 + tr[c + 2]
      if (v > best) { best = v; arg = 2 }
      v = s3 + tr[c + 3]
      if (v > best) { best = v; arg = 3 }
      v = s4 + tr[c + 4]
      if (v > best) { best = v; arg = 4 }
      v = s5 + tr[c + 5]
      if (v > best) { best = v; arg = 5 }
      v = s6 + tr[c + 6]
      if (v > best) { best = v; arg = 6 }
      v = s7 + tr[c + 7]
      if (v > best) { best = v; arg = 7 }
      v = s8 + tr[c + 8]
      if (v > best) { best = v; arg = 8 }
      score[row + y] = best + emissions[at + row + y]
      back[row + y] = arg
    }
  }
}

const transposedCache = new WeakMap<object, Float64Array>()

/** `transitions` by column (`[y * 9 + prev]`), padded to nine labels with -Infinity, cached per table. */
function transposedTo9(transitions: Float32Array | Float64Array, labels: number): Float64Array {
  let out = transposedCache.get(transitions)
  if (!out) {
    out = new Float64Array(81).fill(-Infinity)
    for (let p = 0; p < labels; p++) for (let y = 0; y < labels; y++) out[y * 9 + p] = transitions[p * labels + y]
    transposedCache.set(transitions, out)
  }
  return out
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

/** The allowed transitions (score above -Infinity) of a table, cached per table (tables are not changed once decoded with). */
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
