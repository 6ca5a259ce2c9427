import { bioLabels, decodeBio, encodeBio, type TypedSpan } from '../../model/bio.js'

/**
 * The attribution tagger: a linear-chain model that labels every token it reads (`taggedRanges`) as part of a
 * source, a cue or a content (PolNeAR's univocal annotation is exactly such a tag sequence), trained on PolNeAR train by
 * `npm run train:quotes`. The rules in find-direct-quotes read quotation marks; this model reads what the
 * rules cannot list: "mocked", "figures that", "is convinced", "the poll showed".
 */
export const ROLES = ['SOURCE', 'CUE', 'CONTENT'] as const
export type Role = (typeof ROLES)[number]
/** O, then B- and I- for each role: label = 1 + 2·role + (0 for B, 1 for I). */
export const QUOTE_LABELS: readonly string[] = bioLabels(ROLES)
export const QUOTE_BUCKETS = 1 << 20
/** Bumped whenever the features change, so that a stale model file is refused. */
export const QUOTE_FEATURES_VERSION = 4
export const QUOTE_MODEL_PATH = new URL('../../../models/quotes.bin', import.meta.url).pathname

/** A run of tokens [start, end) with one role. */
export type RoleSpan = TypedSpan<Role>

/** Encodes role spans as labels over `length` tokens. */
export function toLabels(spans: readonly RoleSpan[], length: number): Int32Array {
  return encodeBio(ROLES, spans, length)
}

/** Decodes constrained labels into role spans, token indices offset by `from`. */
export function fromLabels(labels: Int32Array, from = 0): RoleSpan[] {
  return decodeBio(ROLES, labels, labels.length, from)
}
