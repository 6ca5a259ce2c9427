import { createHash } from 'node:crypto'
import { hashString, mix } from '../../model/hash.js'
import { FUNCTION_WORDS } from '../../lexicons/function-words.js'

/** The words of a text, lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** SHA-256 (hex) of the text with case and spacing ignored: equal for byte-different copies of the same words. */
export function textHash(text: string): string {
  return createHash('sha256').update(words(text).join(' ')).digest('hex')
}

/** The identity of one stored item: the same words from the same source and URL are the same item. */
export function itemKey(text: string, source?: string, url?: string): string {
  return createHash('sha256').update(`${textHash(text)}\n${source ?? ''}\n${url ?? ''}`).digest('hex')
}

/** A 64-bit SimHash as four 16-bit bands. */
export type SimHash = [number, number, number, number]

/**
 * Charikar's SimHash over word 3-shingles: near-identical texts (a wire story with a changed headline or a
 * trailing credit line) differ in few of the 64 bits. Two copies within 3 bits share at least one whole band
 * (pigeonhole), so candidates are found by band equality and confirmed by Hamming distance.
 */
export function simHash(text: string): SimHash {
  const w = words(text)
  const votes = new Int32Array(64)
  const n = Math.max(1, Math.min(3, w.length))
  for (let i = 0; i + n <= w.length; i++) {
    const h1 = hashString(w.slice(i, i + n).join(' '))
    const h2 = mix(h1, 0x5bd1e995)
    for (let b = 0; b < 32; b++) {
      votes[b] += (h1 >>> b) & 1 ? 1 : -1
      votes[b + 32] += (h2 >>> b) & 1 ? 1 : -1
    }
  }
  const bands: SimHash = [0, 0, 0, 0]
  for (let b = 0; b < 64; b++) if (votes[b] > 0) bands[b >> 4] |= 1 << (b & 15)
  return bands
}

/** Number of differing bits. */
export function hamming(a: SimHash, b: SimHash): number {
  let d = 0
  for (let k = 0; k < 4; k++) {
    let x = (a[k] ^ b[k]) & 0xffff
    while (x) { x &= x - 1; d++ }
  }
  return d
}

/** Copies at most this many bits apart are near-duplicates. */
export const NEAR_DUPLICATE_BITS = 3

export function simHashHex(h: SimHash): string {
  return h.map((band) => band.toString(16).padStart(4, '0')).join('')
}

export function parseSimHash(hex: string): SimHash {
  return [0, 1, 2, 3].map((k) => parseInt(hex.slice(k * 4, k * 4 + 4), 16)) as SimHash
}

/** The 40 most frequent content words (no function words, no numbers): a story's vocabulary. */
export function topTerms(text: string, limit = 40): string[] {
  const counts = new Map<string, number>()
  for (const w of words(text)) {
    if (w.length < 3 || FUNCTION_WORDS.has(w) || /^\d/.test(w)) continue
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w)
}
