import { BIO_CONSTRAINTS, bioLabels, decodeBio, encodeBio, type TypedSpan } from '../../model/bio.js'

/** The entity types the tagger is trained on (CoNLL-2003's). */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const
export type ConllType = (typeof CONLL_TYPES)[number]

/** An entity span over token indices [start, end). */
export type TokenSpan = TypedSpan<ConllType>

/**
 * Label names: O, then B- and I- for each type; index = 1 + 2·type + (0 for B, 1 for I). BIO rather than BILOU:
 * half the labels make decoding about three times cheaper, for a small loss in accuracy.
 */
export const LABELS: readonly string[] = bioLabels(CONLL_TYPES)

export { BIO_CONSTRAINTS }

/** Encodes entity spans as BIO labels over `length` tokens. */
export function toBio(spans: readonly TokenSpan[], length: number): Int32Array {
  return encodeBio(CONLL_TYPES, spans, length)
}

/** Decodes BIO labels `labels[0 … length)` (assumed valid, as constrained decoding gives) into entity spans. */
export function fromBio(labels: Int32Array, length = labels.length): TokenSpan[] {
  return decodeBio(CONLL_TYPES, labels, length)
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
