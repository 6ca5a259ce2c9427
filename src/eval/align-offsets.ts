const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0085]/
const DASH_LIKE = /[-\u2010-\u2015\u2043\ufe63\uff0d—–]/

function same(a: string, b: string): boolean {
  return a === b || (SPACE_LIKE.test(a) && SPACE_LIKE.test(b)) || (DASH_LIKE.test(a) && DASH_LIKE.test(b))
}

/**
 * Maps offsets of a raw text to offsets of its normalised form (see `normalize`), which deletes characters,
 * replaces one with one, or composes a few into one (Unicode NFC: "A" and a combining tilde become "Ã"): a
 * two-pointer walk pairs equal characters, pairs a run that composes into the next normalised character with it,
 * and skips the deleted ones. Returns, for each raw offset 0…raw.length, the normalised offset of the first kept
 * character at or after it.
 */
export function rawToNormalized(raw: string, normalized: string): Int32Array {
  const map = new Int32Array(raw.length + 1)
  let j = 0
  for (let i = 0; i < raw.length; i++) {
    map[i] = j
    if (j >= normalized.length) continue
    if (same(raw[i], normalized[j])) {
      j++
      continue
    }
    const composed = composedLength(raw, i, normalized, j)
    if (composed) {
      for (let k = i + 1; k < i + composed.raw; k++) map[k] = j
      i += composed.raw - 1
      j += composed.normalized
    }
  }
  map[raw.length] = normalized.length
  return map
}

/**
 * How many raw characters from `i` (1 to 4) NFC turns into the normalised character(s) at `j` — a composed letter,
 * a canonical singleton (the ohm sign as omega), or a lone surrogate made U+FFFD — and how many normalised ones
 * they make; undefined when they are not such a run (deleted characters).
 */
function composedLength(
  raw: string,
  i: number,
  normalized: string,
  j: number,
): { raw: number; normalized: number } | undefined {
  for (let length = 1; length <= 4 && i + length <= raw.length; length++) {
    const run = raw.slice(i, i + length)
    const nfc = run.isWellFormed() ? run.normalize('NFC') : run.toWellFormed()
    if (normalized.startsWith(nfc, j)) return { raw: length, normalized: nfc.length }
  }
  return undefined
}
