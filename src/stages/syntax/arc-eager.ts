/**
 * The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros & Nivre
 * 2013): words 0 … n−1, then ROOT at n, which is never shifted. A word still headless when only ROOT is left in
 * the buffer is attached to ROOT by LEFT. The state lives in typed arrays sized once per sentence length, and
 * keeps what the features read: each word's two leftmost and two rightmost children, valencies, label sets.
 */

/** Push the buffer's front word onto the stack. */
export const SHIFT = 0
/** Pop the stack (its top already has a head). */
export const REDUCE = 1
/** The buffer's front becomes the head of the stack's top, which is popped. */
export const LEFT = 2
/** The stack's top becomes the head of the buffer's front, which is pushed. */
export const RIGHT = 3
/** How many actions there are. */
export const ACTIONS = 4

const ARRAYS = [
  'stack',
  'heads',
  'labels',
  'lc1',
  'lc2',
  'rc1',
  'rc2',
  'nl',
  'nr',
  'lsetLo',
  'lsetHi',
  'rsetLo',
  'rsetHi',
] as const

/** A parser configuration: stack, buffer front, arcs so far. */
export class ParseState {
  /** Words in the sentence; ROOT is word n. */
  n = 0
  /** The buffer's front: the buffer is always words b … n. */
  b = 0
  /** Stack height. */
  sp = 0
  stack: Int32Array
  heads: Int32Array
  labels: Int32Array
  /** Leftmost, second leftmost, rightmost and second rightmost child (−1 for none). */
  lc1: Int32Array
  lc2: Int32Array
  rc1: Int32Array
  rc2: Int32Array
  /** Left and right valency (number of children on each side). */
  nl: Int32Array
  nr: Int32Array
  /** Bit sets of the labels of the left and right children (labels 0–31 in lo, 32–63 in hi). */
  lsetLo: Int32Array
  lsetHi: Int32Array
  rsetLo: Int32Array
  rsetHi: Int32Array

  constructor(capacity = 64) {
    const size = capacity + 1
    this.stack = new Int32Array(size)
    this.heads = new Int32Array(size)
    this.labels = new Int32Array(size)
    this.lc1 = new Int32Array(size)
    this.lc2 = new Int32Array(size)
    this.rc1 = new Int32Array(size)
    this.rc2 = new Int32Array(size)
    this.nl = new Int32Array(size)
    this.nr = new Int32Array(size)
    this.lsetLo = new Int32Array(size)
    this.lsetHi = new Int32Array(size)
    this.rsetLo = new Int32Array(size)
    this.rsetHi = new Int32Array(size)
  }

  /** Makes this state a copy of `other` (same sentence); used by beam search. */
  copyFrom(other: ParseState): void {
    const m = other.n + 1
    if (this.stack.length < m) throw new RangeError('state too small for the copied sentence')
    this.n = other.n
    this.b = other.b
    this.sp = other.sp
    for (const key of ARRAYS) this[key].set(other[key].subarray(0, m))
  }

  /** The initial state for a sentence of `n` words (a fresh state when this one is too small). */
  static start(n: number, reuse?: ParseState): ParseState {
    const s = reuse && reuse.stack.length > n ? reuse : new ParseState(Math.max(64, n * 2))
    s.n = n
    s.b = 0
    s.sp = 0
    s.heads.fill(-1, 0, n + 1)
    s.labels.fill(-1, 0, n + 1)
    s.lc1.fill(-1, 0, n + 1)
    s.lc2.fill(-1, 0, n + 1)
    s.rc1.fill(-1, 0, n + 1)
    s.rc2.fill(-1, 0, n + 1)
    s.nl.fill(0, 0, n + 1)
    s.nr.fill(0, 0, n + 1)
    s.lsetLo.fill(0, 0, n + 1)
    s.lsetHi.fill(0, 0, n + 1)
    s.rsetLo.fill(0, 0, n + 1)
    s.rsetHi.fill(0, 0, n + 1)
    return s
  }

  /** True once every word has been attached and popped. */
  get done(): boolean {
    return this.b >= this.n && this.sp === 0
  }

  /** The stack's top (−1 when empty). */
  get s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1
  }

  /** Whether `action` may be taken now. */
  isLegal(action: number): boolean {
    const { sp, b, n } = this
    switch (action) {
      case SHIFT:
        return b < n
      case REDUCE:
        return sp > 0 && this.heads[this.stack[sp - 1]] !== -1
      case LEFT:
        return sp > 0 && this.heads[this.stack[sp - 1]] === -1
      case RIGHT:
        return sp > 0 && b < n
      default:
        return false
    }
  }

  /** Applies a legal `action`; `label` is the arc's label for LEFT and RIGHT. */
  apply(action: number, label: number): void {
    switch (action) {
      case SHIFT:
        this.stack[this.sp++] = this.b++
        break
      case REDUCE:
        this.sp--
        break
      case LEFT: {
        const dependent = this.stack[--this.sp]
        this.attach(this.b, dependent, label)
        break
      }
      case RIGHT:
        this.attach(this.stack[this.sp - 1], this.b, label)
        this.stack[this.sp++] = this.b++
        break
    }
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head
    this.labels[dependent] = label
    if (dependent < head) {
      // LEFT attaches ever farther words to the same head: each new one is the leftmost.
      const first = this.lc1[head]
      if (first === -1 || dependent < first) {
        this.lc2[head] = first
        this.lc1[head] = dependent
      } else if (this.lc2[head] === -1 || dependent < this.lc2[head]) this.lc2[head] = dependent
      this.nl[head]++
      if (label < 32) this.lsetLo[head] |= 1 << label
      else this.lsetHi[head] |= 1 << (label - 32)
    } else {
      const last = this.rc1[head]
      if (last === -1 || dependent > last) {
        this.rc2[head] = last
        this.rc1[head] = dependent
      } else if (this.rc2[head] === -1 || dependent > this.rc2[head]) this.rc2[head] = dependent
      this.nr[head]++
      if (label < 32) this.rsetLo[head] |= 1 << label
      else this.rsetHi[head] |= 1 << (label - 32)
    }
  }

  /**
   * The only legal action, when there is one: SHIFT on an empty stack; REDUCE or LEFT once only ROOT is left.
   * −1 when the model must choose.
   */
  forced(): number {
    if (this.sp === 0) return SHIFT
    if (this.b >= this.n) return this.heads[this.stack[this.sp - 1]] === -1 ? LEFT : REDUCE
    return -1
  }
}
