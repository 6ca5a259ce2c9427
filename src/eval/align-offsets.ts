const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0085]/
const DASH_LIKE = /[-\u2010-\u2015\u2043\ufe63\uff0d—–]/

function same(a: string, b: string): boolean {
  return a === b || (SPACE_LIKE.test(a) && SPACE_LIKE.test(b)) || (DASH_LIKE.test(a) && DASH_LIKE.test(b))
}

/**
 * Maps offsets of a raw text to offsets of its normalised form (see `normalize`), which only deletes characters
 * or replaces one with one: a two-pointer walk pairs equal characters and skips the deleted ones. Returns, for
 * each raw offset 0…raw.length, the normalised offset of the first kept character at or after it.
 */
export function rawToNormalized(raw: string, normalized: string): Int32Array {
  const map = new Int32Array(raw.length + 1)
  let j = 0
  for (let i = 0; i < raw.length; i++) {
    map[i] = j
    if (j < normalized.length && same(raw[i], normalized[j])) j++
  }
  map[raw.length] = normalized.length
  return map
}
