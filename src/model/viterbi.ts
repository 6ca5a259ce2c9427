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
  emissions: Float32Array | Float64Array,
  tokens: number,
  labels: number,
  transitions: Float32Array | Float64Array,
  start: Float32Array | Float64Array,
  end: Float32Array | Float64Array,
  at = 0,
  path: Int32Array = new Int32Array(tokens),
): Int32Array {
  if (tokens === 0) return path
  if (scratch.score.length < tokens * labels) {
    scratch.score = new Float64Array(tokens * labels * 2)
    scratch.back = new Int32Array(tokens * labels * 2)
  }
  const score = scratch.score
  const back = scratch.back
  for (let y = 0; y < labels; y++) score[y] = start[y] + emissions[at + y]
  const { kernel, columns } = forwardKernel(transitions, labels)
  kernel(emissions, tokens, at, columns, score, back)
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

/**
 * The forward pass over tokens 1 … tokens−1: the best score of each label at each token (`score`), and the label
 * before it on that best path (`back`). `columns` holds the transitions by column, `[y * labels + prev]`.
 */
type ForwardKernel = (
  emissions: Float32Array | Float64Array,
  tokens: number,
  at: number,
  columns: Float64Array,
  score: Float64Array,
  back: Int32Array,
) => void

/** One kernel per constraint pattern: every table with the same forbidden transitions shares it. */
const kernels = new Map<string, ForwardKernel>()
const kernelCache = new WeakMap<object, { kernel: ForwardKernel; columns: Float64Array }>()

/** The kernel for a table's pattern of forbidden transitions, and the table by column (cached per table: tables are not changed once decoded with). */
function forwardKernel(
  transitions: Float32Array | Float64Array,
  labels: number,
): { kernel: ForwardKernel; columns: Float64Array } {
  let found = kernelCache.get(transitions)
  if (!found) {
    const columns = new Float64Array(labels * labels)
    const allowed: number[][] = []
    for (let y = 0; y < labels; y++) {
      allowed.push([])
      for (let p = 0; p < labels; p++) {
        columns[y * labels + p] = transitions[p * labels + y]
        if (transitions[p * labels + y] !== -Infinity) allowed[y].push(p)
      }
    }
    const key = `${labels}:${allowed.map((from) => from.join(',')).join(';')}`
    let kernel = kernels.get(key)
    if (!kernel) kernels.set(key, (kernel = compileKernel(labels, allowed)))
    kernelCache.set(transitions, (found = { kernel, columns }))
  }
  return found
}

/**
 * Writes out the forward pass for one constraint pattern (`allowed[y]`: the labels that may precede y), unrolled
 * over labels: the previous token's scores stay in registers, and only allowed transitions are compared — under
 * BIO an I- label compares two, not all. Twice as fast as a loop over a list of allowed pairs. Ties go to the
 * lowest label.
 */
function compileKernel(labels: number, allowed: readonly (readonly number[])[]): ForwardKernel {
  const read = new Set(allowed.flat())
  const body = [`for (let t = 1; t < tokens; t++) {`, `const row = t * ${labels}, prev = row - ${labels}`]
  for (const p of read) body.push(`const s${p} = score[prev + ${p}]`)
  allowed.forEach((from, y) => {
    if (from.length === 0) {
      body.push(`score[row + ${y}] = -Infinity; back[row + ${y}] = 0`)
      return
    }
    body.push(`{ let best = s${from[0]} + columns[${y * labels + from[0]}], arg = ${from[0]}, v`)
    for (const p of from.slice(1))
      body.push(`v = s${p} + columns[${y * labels + p}]; if (v > best) { best = v; arg = ${p} }`)
    body.push(`score[row + ${y}] = best + emissions[at + row + ${y}]; back[row + ${y}] = arg }`)
  })
  body.push('}')
  // Generated from label indices only: no outside text reaches the code.
  return new Function('emissions', 'tokens', 'at', 'columns', 'score', 'back', body.join('\n')) as ForwardKernel
}

/** Reused buffers: decoding allocates nothing per sentence once they have grown. */
const scratch = { score: new Float64Array(4096), back: new Int32Array(4096) }
