import type { Token } from '../../doc/types.js'
import { lowerTokens } from '../../doc/vocab.js'
import { hashString, mix } from '../../model/hash.js'

/** Feature templates (hashed with the value). */
const T = { word: 1, bigram: 2, shape: 3, first: 4, length: 5, bias: 6, suffix2: 7, trigram: 8, suffix3: 9 }
/** The templates a span scorer reads besides each token's own: the bias, the length, the first word and the n-grams a span's start cuts. */
export const SPAN_BIAS = T.bias
export const SPAN_LENGTH = T.length
export const SPAN_FIRST = T.first
export const SPAN_BIGRAM = T.bigram
export const SPAN_TRIGRAM = T.trigram

/** Words whose class matters more than their identity for check-worthiness. */
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'percent',
  'half',
  'twice',
  'double',
  'tripled',
  'doubled',
])

/** Per-token hashes of a text's tokens, computed once and shared by every span scored over them. */
export interface TokenHashes {
  /** The hash of each token's word class (lower case; numbers reduced to their shape). */
  words: Uint32Array
  /** Token-local features (endings, number and symbol shapes): token t owns local[offsets[t] … offsets[t + 1]). */
  local: Uint32Array
  offsets: Int32Array
  /** Token t's word, bigram (with token t − 1) and trigram (with t − 2, t − 1) features, as inside a span. */
  unigrams: Uint32Array
  bigrams: Uint32Array
  trigrams: Uint32Array
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
      if (lower.length > 3)
        local.push(
          mix(T.suffix2, hashString(lower, lower.length - 2)),
          mix(T.suffix3, hashString(lower, lower.length - 3)),
        )
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
  const n = tokens.length
  const unigrams = new Uint32Array(n)
  const bigrams = new Uint32Array(n)
  const trigrams = new Uint32Array(n)
  for (let t = 0; t < n; t++) {
    unigrams[t] = mix(T.word, words[t])
    const prev = t > 0 ? words[t - 1] : 0
    bigrams[t] = mix(T.bigram, mix(prev, words[t]))
    trigrams[t] = mix(T.trigram, mix(t > 1 ? words[t - 2] : 0, mix(prev, words[t])))
  }
  return { words, local: Uint32Array.from(local), offsets, unigrams, bigrams, trigrams }
}

/**
 * Hashed bag-of-n-gram features of the tokens `from … to` (exclusive), shared by the check-worthiness and
 * event-class models: lower-cased words, bigrams, trigrams, word endings (tense: "-ed"), number and money
 * shapes, the first word and a length bucket. Numbers are reduced to their shape so that "1.2 million" and
 * "3 million" count as one pattern. The n-grams of whole documents are hashed once (`hashTokens`); only the
 * first two tokens of a span, whose n-grams stop at the span's start, are hashed here.
 */
export function spanFeatures(
  h: TokenHashes,
  from: number,
  to: number,
  mask: number,
  extra: readonly number[] = [],
): Int32Array {
  const n = Math.max(0, to - from)
  const localFrom = h.offsets[from]
  const localTo = n ? h.offsets[to] : localFrom
  const ids = new Int32Array(1 + (localTo - localFrom) + 2 * n + Math.max(0, n - 1) + (n ? 1 : 0) + 1 + extra.length)
  let k = 0
  ids[k++] = T.bias & mask
  for (let j = localFrom; j < localTo; j++) ids[k++] = h.local[j] & mask
  for (let i = 0; i < n; i++) {
    const t = from + i
    ids[k++] = h.unigrams[t] & mask
    // At the span's start the n-grams see nothing before it.
    ids[k++] = (i > 0 ? h.bigrams[t] : mix(T.bigram, mix(0, h.words[t]))) & mask
    if (i > 1) ids[k++] = h.trigrams[t] & mask
    else if (i === 1) ids[k++] = mix(T.trigram, mix(0, mix(h.words[t - 1], h.words[t]))) & mask
  }
  if (n) ids[k++] = mix(T.first, h.words[from]) & mask
  ids[k++] = mix(T.length, Math.min(6, Math.floor(n / 5))) & mask
  for (const feature of extra) ids[k++] = feature & mask
  return ids
}

/** The features of one sentence given as `text` with its tokens. */
export function sentenceFeatures(
  text: string,
  tokens: readonly Token[],
  mask: number,
  extra: readonly number[] = [],
): Int32Array {
  return spanFeatures(hashTokens(text, tokens), 0, tokens.length, mask, extra)
}
