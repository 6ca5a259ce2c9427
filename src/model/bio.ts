import type { Constraints } from './linear-chain.js'

/**
 * BIO labels over any list of span types: O is 0, then B- and I- for each type; label = 1 + 2·type + (0 for B,
 * 1 for I). The NER tagger (entity types) and the attribution tagger (source, cue, content) both use them.
 */

/** A span over token indices [start, end) with one of a list's types. */
export interface TypedSpan<T> {
  start: number
  end: number
  type: T
}

const typeOf = (label: number) => (label - 1) >> 1
const isInside = (label: number) => label !== 0 && (label - 1) % 2 === 1

/** Label names for a list of types: O, B-X, I-X, … */
export function bioLabels(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])]
}

/** BIO constraints, for any number of types: I-X only continues B-X or I-X. */
export const BIO_CONSTRAINTS: Constraints = {
  allowed: (prev, next) => !isInside(next) || (prev !== 0 && typeOf(prev) === typeOf(next)),
  canStart: (y) => !isInside(y),
  canEnd: () => true,
}

/** Encodes spans of `types` as BIO labels over `length` tokens. */
export function encodeBio<T>(types: readonly T[], spans: readonly TypedSpan<T>[], length: number): Int32Array {
  const labels = new Int32Array(length)
  for (const s of spans) {
    const base = 1 + 2 * types.indexOf(s.type)
    labels[s.start] = base
    for (let i = s.start + 1; i < s.end; i++) labels[i] = base + 1
  }
  return labels
}

/**
 * Decodes BIO labels `labels[0 … length)` (assumed valid, as constrained decoding gives) into spans of `types`,
 * their token indices shifted by `offset`.
 */
export function decodeBio<T>(
  types: readonly T[],
  labels: Int32Array,
  length = labels.length,
  offset = 0,
): TypedSpan<T>[] {
  const spans: TypedSpan<T>[] = []
  let open: TypedSpan<T> | undefined
  for (let i = 0; i < length; i++) {
    const y = labels[i]
    if (open && (y === 0 || !isInside(y) || types[typeOf(y)] !== open.type)) {
      spans.push(open)
      open = undefined
    }
    if (y === 0) continue
    if (!isInside(y) || !open) open = { start: offset + i, end: offset + i + 1, type: types[typeOf(y)] }
    else open.end = offset + i + 1
  }
  if (open) spans.push(open)
  return spans
}
