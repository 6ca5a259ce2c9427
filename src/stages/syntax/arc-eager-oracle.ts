import { LEFT, REDUCE, RIGHT, SHIFT, type ParseState } from './arc-eager.js'

/**
 * The arc-eager dynamic oracle (Goldberg & Nivre 2012): how many gold arcs, still reachable from state `s`,
 * `action` makes unreachable. `gold[i]` is word i's gold head (ROOT is n); the gold tree must be projective.
 */
export function actionCost(s: ParseState, action: number, gold: Int32Array): number {
  const { n, b, sp, stack, heads } = s
  const s0 = sp > 0 ? stack[sp - 1] : -1
  let cost = 0
  switch (action) {
    case LEFT:
      // s0's head elsewhere in the buffer, and s0's children still in the buffer, are lost.
      if (gold[s0] !== b && gold[s0] > b) cost++
      for (let k = b; k < n; k++) if (gold[k] === s0) cost++
      return cost
    case RIGHT:
      // b's head anywhere but s0, and b's headless children on the stack, are lost.
      if (gold[b] !== s0 && (gold[b] > b || onStack(s, gold[b]))) cost++
      for (let k = 0; k < sp; k++) if (heads[stack[k]] === -1 && gold[stack[k]] === b) cost++
      return cost
    case REDUCE:
      for (let k = b; k < n; k++) if (gold[k] === s0) cost++
      return cost
    case SHIFT:
      // b can no longer take a head from the stack, nor children from it.
      if (onStack(s, gold[b])) cost++
      for (let k = 0; k < sp; k++) if (heads[stack[k]] === -1 && gold[stack[k]] === b) cost++
      return cost
    default:
      return Number.POSITIVE_INFINITY
  }
}

function onStack(s: ParseState, word: number): boolean {
  for (let k = 0; k < s.sp; k++) if (s.stack[k] === word) return true
  return false
}

/**
 * Makes a tree projective by lifting: while some arc crosses another, the shortest such arc's dependent is
 * re-attached to its head's head (Nivre & Nilsson 2005, without encoding the lift in the label). `heads` uses
 * ROOT = n and is changed in place; returns how many arcs were lifted.
 */
export function projectivize(heads: Int32Array): number {
  const n = heads.length
  let lifted = 0
  for (;;) {
    let worst = -1
    let worstLength = Number.POSITIVE_INFINITY
    for (let d = 0; d < n; d++) {
      const h = heads[d]
      if (h === n) continue
      const length = Math.abs(h - d)
      if (length < worstLength && !isProjectiveArc(heads, h, d)) {
        worst = d
        worstLength = length
      }
    }
    if (worst < 0) return lifted
    heads[worst] = heads[heads[worst]]
    lifted++
  }
}

/** Whether every word strictly between `h` and `d` descends from `h`. */
function isProjectiveArc(heads: Int32Array, h: number, d: number): boolean {
  const n = heads.length
  const from = Math.min(h, d) + 1
  const to = Math.max(h, d)
  for (let k = from; k < to; k++) {
    let a = k
    let steps = 0
    while (a !== h && a !== n && steps++ <= n) a = heads[a]
    if (a !== h) return false
  }
  return true
}
