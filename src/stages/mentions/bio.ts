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

/**
 * Label names: O, then B- and I- for each type; index = 1 + 2·type + (0 for B, 1 for I). BIO rather than BILOU:
 * half the labels make decoding about three times cheaper, for a small loss in accuracy.
 */
export const LABELS: readonly string[] = ['O', ...CONLL_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]

const typeOf = (label: number) => (label - 1) >> 1
const isInside = (label: number) => label !== 0 && (label - 1) % 2 === 1

/** BIO constraints: I-X only continues B-X or I-X. */
export const BIO_CONSTRAINTS: Constraints = {
  allowed: (prev, next) => !isInside(next) || (prev !== 0 && typeOf(prev) === typeOf(next)),
  canStart: (y) => !isInside(y),
  canEnd: () => true,
}

/** Encodes spans as BIO labels over `length` tokens. */
export function toBio(spans: readonly TokenSpan[], length: number): Int32Array {
  const labels = new Int32Array(length)
  for (const s of spans) {
    const base = 1 + 2 * CONLL_TYPES.indexOf(s.type)
    labels[s.start] = base
    for (let i = s.start + 1; i < s.end; i++) labels[i] = base + 1
  }
  return labels
}

/** Decodes BIO labels `labels[0 … length)` (assumed valid, as constrained decoding gives) into spans. */
export function fromBio(labels: Int32Array, length = labels.length): TokenSpan[] {
  const spans: TokenSpan[] = []
  let open: TokenSpan | undefined
  for (let i = 0; i < length; i++) {
    const y = labels[i]
    if (open && (y === 0 || !isInside(y) || CONLL_TYPES[typeOf(y)] !== open.type)) {
      spans.push(open)
      open = undefined
    }
    if (y === 0) continue
    if (!isInside(y) || !open) open = { start: i, end: i + 1, type: CONLL_TYPES[typeOf(y)] }
    else open.end = i + 1
  }
  if (open) spans.push(open)
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
