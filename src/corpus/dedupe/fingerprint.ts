import { createHash } from 'node:crypto'
import { hashString, mix } from '../../model/hash.js'
import { FUNCTION_WORDS } from '../../lexicons/function-words.js'

/** The words of a text, lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** What identifies a text and finds its copies, from one reading of its words. */
export interface Fingerprint {
  /** SHA-256 (hex) of the words, case and spacing ignored: equal for byte-different copies of the same words. */
  textHash: string
  minhash: MinHash
  terms: string[]
}

export function fingerprint(text: string): Fingerprint {
  const w = words(text)
  return {
    textHash: createHash('sha256').update(w.join(' ')).digest('hex'),
    minhash: minHashOfWords(w),
    terms: topTermsOfWords(w),
  }
}

/** The identity of one stored item: the same words from the same source and URL are the same item. */
export function itemKey(textHash: string, source?: string, url?: string): string {
  return createHash('sha256')
    .update(`${textHash}\n${source ?? ''}\n${url ?? ''}`)
    .digest('hex')
}

/** The id an article is stored under, from its item key. */
export function articleIdOf(key: string): string {
  return `a${key.slice(0, 16)}`
}

/** Hash functions of a MinHash signature, and how they are banded for lookup. */
export const MINHASH_SIZE = 64
export const MINHASH_BANDS = 16
const ROWS = MINHASH_SIZE / MINHASH_BANDS

/** A MinHash signature: the minimum of each of 64 hash functions over the text's word 3-shingles. */
export type MinHash = Uint32Array

/**
 * MinHash over word 3-shingles (Broder): the share of equal entries of two signatures estimates the Jaccard
 * similarity of the two texts' shingle sets, so a wire story republished with a new headline or a credit line
 * (Jaccard ≈ 0.8) is found, and a different story on the same topic (≈ 0.1) is not.
 */
function minHashOfWords(w: readonly string[]): MinHash {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  const n = Math.max(1, Math.min(3, w.length))
  for (let i = 0; i + n <= w.length; i++) {
    const shingle = hashString(w.slice(i, i + n).join(' '))
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = mix(shingle, k * 0x9e3779b1)
      if (h < signature[k]) signature[k] = h
    }
  }
  return signature
}

/** The lookup keys of a signature: one hash per band of four rows. Texts with Jaccard 0.8 share a band with probability > 0.999. */
export function minHashBands(signature: MinHash): number[] {
  const bands: number[] = []
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = b
    for (let r = 0; r < ROWS; r++) h = mix(h, signature[b * ROWS + r])
    bands.push(h | 0)
  }
  return bands
}

/** Estimated Jaccard similarity of two signatures. */
export function minHashSimilarity(a: MinHash, b: MinHash): number {
  let same = 0
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++
  return same / MINHASH_SIZE
}

/** Copies at least this similar are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6

/**
 * The exact Jaccard similarity of two texts' word 3-shingle sets, which MinHash only estimates: with 64 hash
 * functions the estimate strays by ±0.06, and a pair with Jaccard 0.5 passed 0.6 one time in twenty. A copy is
 * confirmed with this before it is linked.
 */
export function shingleSimilarity(a: string, b: string): number {
  const left = shingles(words(a))
  const right = shingles(words(b))
  if (left.size === 0 && right.size === 0) return 1
  let shared = 0
  for (const s of left) if (right.has(s)) shared++
  return shared / (left.size + right.size - shared)
}

function shingles(w: readonly string[]): Set<string> {
  const n = Math.max(1, Math.min(3, w.length))
  const set = new Set<string>()
  for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '))
  return set
}

export function minHashHex(signature: MinHash): string {
  return [...signature].map((v) => v.toString(16).padStart(8, '0')).join('')
}

export function parseMinHash(hex: string): MinHash {
  const signature = new Uint32Array(MINHASH_SIZE)
  for (let k = 0; k < MINHASH_SIZE; k++) signature[k] = parseInt(hex.slice(k * 8, k * 8 + 8), 16)
  return signature
}

/** The 40 most frequent content words (no function words, no numbers): a story's vocabulary. */
export function topTerms(text: string): string[] {
  return topTermsOfWords(words(text))
}

function topTermsOfWords(words: readonly string[], limit = 40): string[] {
  const counts = new Map<string, number>()
  for (const w of words) {
    if (w.length < 3 || FUNCTION_WORDS.has(w) || /^\d/.test(w)) continue
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w)
}
