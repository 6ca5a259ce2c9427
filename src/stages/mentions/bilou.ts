import type { Constraints } from '../../model/linear-chain.js'

/** The entity types the tagger is trained on (CoNLL-2003's). */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const
export type ConllType = (typeof CONLL_TYPES)[number]

/** A typed span over token indices [start, end). */
export interface TokenSpan {
  start: number
  end: number
  type: ConllType
}

/** Label names: O, then B-, I-, L-, U- for each type. Index = 1 + 4·type + position. */
export const LABELS: readonly string[] = ['O', ...CONLL_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))]

const B = 0
const I = 1
const L = 2
const U = 3
const position = (label: number) => (label - 1) % 4
const typeOf = (label: number) => Math.floor((label - 1) / 4)

/** BILOU constraints: an entity opens with B and closes with L, or is one U token. */
export const BILOU_CONSTRAINTS: Constraints = {
  allowed(prev, next) {
    const inside = prev !== 0 && (position(prev) === B || position(prev) === I)
    if (inside) return next !== 0 && typeOf(next) === typeOf(prev) && (position(next) === I || position(next) === L)
    return next === 0 || position(next) === B || position(next) === U
  },
  canStart: (y) => y === 0 || position(y) === B || position(y) === U,
  canEnd: (y) => y === 0 || position(y) === L || position(y) === U,
}

/** Encodes spans as BILOU labels over `length` tokens. */
export function toBilou(spans: readonly TokenSpan[], length: number): Int32Array {
  const labels = new Int32Array(length)
  for (const s of spans) {
    const base = 1 + 4 * CONLL_TYPES.indexOf(s.type)
    if (s.end - s.start === 1) labels[s.start] = base + U
    else {
      labels[s.start] = base + B
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = base + I
      labels[s.end - 1] = base + L
    }
  }
  return labels
}

/** Decodes BILOU labels (assumed valid, as constrained decoding gives) into spans. */
export function fromBilou(labels: Int32Array): TokenSpan[] {
  const spans: TokenSpan[] = []
  let start = -1
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i]
    if (y === 0) continue
    const type = CONLL_TYPES[typeOf(y)]
    const pos = position(y)
    if (pos === U) spans.push({ start: i, end: i + 1, type })
    else if (pos === B) start = i
    else if (pos === L && start >= 0) {
      spans.push({ start, end: i + 1, type })
      start = -1
    }
  }
  return spans
}

/** Reads IOB1/IOB2 tags ("B-PER", "I-PER", "O") into spans. */
export function fromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = []
  let open: TokenSpan | undefined
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)]
    if (open && (prefix !== 'I' || type !== open.type)) {
      spans.push(open)
      open = undefined
    }
    if (prefix === 'B' || (prefix === 'I' && !open)) open = { start: i, end: i + 1, type: type as ConllType }
    else if (prefix === 'I' && open) open.end = i + 1
  })
  if (open) spans.push(open)
  return spans
}
