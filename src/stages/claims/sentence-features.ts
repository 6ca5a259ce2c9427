import type { Token } from '../../doc/types.js'
import { lowerTokens } from '../../doc/span.js'
import { hashString, mix } from '../../model/hash.js'

/** Feature templates (hashed with the value). */
const T = { word: 1, bigram: 2, shape: 3, first: 4, length: 5, bias: 6, suffix2: 7, trigram: 8, suffix3: 9 }

/** Words whose class matters more than their identity for check-worthiness. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'percent', 'half', 'twice', 'double', 'tripled', 'doubled'])

/** Per-token hashes of a text's tokens, computed once and shared by every span scored over them. */
export interface TokenHashes {
  /** The hash of each token's word class (lower case; numbers reduced to their shape). */
  words: Uint32Array
  /** Token-local features (endings, number and symbol shapes): token t owns local[offsets[t] … offsets[t + 1]). */
  local: Uint32Array
  offsets: Int32Array
}

/** Hashes every token of `text` once. */
export function hashTokens(text: string, tokens: readonly Token[]): TokenHashes {
  const lowered = lowerTokens(text, tokens)
  const words = new Uint32Array(tokens.length)
  const local: number[] = []
  const offsets = new Int32Array(tokens.length + 1)
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]
    const lower = lowered[t]
    if (token.kind === 'word') {
      words[t] = hashString(NUMBER_WORDS.has(lower) ? `<num:${lower}>` : lower)
      if (lower.length > 3) local.push(mix(T.suffix2, hashString(lower, lower.length - 2)), mix(T.suffix3, hashString(lower, lower.length - 3)))
    } else if (token.kind === 'number') {
      const word = lower.endsWith('%') ? '<pct>' : /^\d{4}$/.test(lower) ? '<year>' : '<num>'
      words[t] = hashString(word)
      local.push(mix(T.shape, words[t]))
    } else {
      words[t] = hashString(NUMBER_WORDS.has(lower) ? `<num:${lower}>` : lower)
      if (token.kind === 'symbol') local.push(mix(T.shape, hashString(text.slice(token.start, token.end))))
    }
    offsets[t + 1] = local.length
  }
  return { words, local: Uint32Array.from(local), offsets }
}

/**
 * Hashed bag-of-n-gram features of the tokens `from … to` (exclusive), shared by the check-worthiness and
 * event-class models: lower-cased words, bigrams, trigrams, word endings (tense: "-ed"), number and money
 * shapes, the first word and a length bucket. Numbers are reduced to their shape so that "1.2 million" and
 * "3 million" count as one pattern.
 */
export function spanFeatures(h: TokenHashes, from: number, to: number, mask: number, extra: readonly number[] = []): Int32Array {
  const n = Math.max(0, to - from)
  const out: number[] = [T.bias]
  for (let k = h.offsets[from]; k < h.offsets[to]; k++) out.push(h.local[k])
  for (let i = 0; i < n; i++) {
    const w = h.words[from + i]
    out.push(mix(T.word, w))
    const prev = i > 0 ? h.words[from + i - 1] : 0
    out.push(mix(T.bigram, mix(prev, w)))
    if (i > 0) out.push(mix(T.trigram, mix(i > 1 ? h.words[from + i - 2] : 0, mix(prev, w))))
  }
  if (n) out.push(mix(T.first, h.words[from]))
  out.push(mix(T.length, Math.min(6, Math.floor(n / 5))))
  for (const feature of extra) out.push(feature)
  const ids = new Int32Array(out.length)
  for (let i = 0; i < out.length; i++) ids[i] = out[i] & mask
  return ids
}

/** The features of one sentence given as `text` with its tokens. */
export function sentenceFeatures(text: string, tokens: readonly Token[], mask: number, extra: readonly number[] = []): Int32Array {
  return spanFeatures(hashTokens(text, tokens), 0, tokens.length, mask, extra)
}
