import type { Token } from '../../doc/types.js'
import { hashString, mix } from '../../model/hash.js'

/** Feature templates (hashed with the value). */
const T = { word: 1, bigram: 2, shape: 3, first: 4, length: 5, bias: 6, suffix2: 7, trigram: 8, suffix3: 9 }

/** Words whose class matters more than their identity for check-worthiness. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'percent', 'half', 'twice', 'double', 'tripled', 'doubled'])

/**
 * Hashed bag-of-n-gram features of one sentence (`text` with its tokens, offsets relative to `text`), shared by
 * the check-worthiness and event-class models: lower-cased words, bigrams, trigrams, word endings (tense:
 * "-ed"), number and money shapes, the first word and a length bucket. Numbers are reduced to their shape so that "1.2 million" and "3 million"
 * count as one pattern.
 */
export function sentenceFeatures(text: string, tokens: readonly Token[], mask: number, extra: readonly number[] = []): Int32Array {
  const out: number[] = [T.bias]
  const words: number[] = []
  for (const token of tokens) {
    const raw = text.slice(token.start, token.end)
    const lower = raw.toLowerCase()
    let word: string
    if (token.kind === 'number') word = /%$/.test(raw) ? '<pct>' : /^\d{4}$/.test(raw) ? '<year>' : '<num>'
    else if (NUMBER_WORDS.has(lower)) word = `<num:${lower}>`
    else word = lower
    words.push(hashString(word))
    if (lower.length > 3 && token.kind === 'word') out.push(mix(T.suffix2, hashString(lower.slice(-2))), mix(T.suffix3, hashString(lower.slice(-3))))
    if (token.kind === 'number' || token.kind === 'symbol') out.push(mix(T.shape, hashString(token.kind === 'symbol' ? raw : word)))
  }
  for (let i = 0; i < words.length; i++) {
    out.push(mix(T.word, words[i]))
    const prev = i > 0 ? words[i - 1] : 0
    out.push(mix(T.bigram, mix(prev, words[i])))
    if (i > 0) out.push(mix(T.trigram, mix(i > 1 ? words[i - 2] : 0, mix(prev, words[i]))))
  }
  if (words.length) out.push(mix(T.first, words[0]))
  out.push(mix(T.length, Math.min(6, Math.floor(words.length / 5))))
  for (const feature of extra) out.push(feature)
  const ids = new Int32Array(out.length)
  for (let i = 0; i < out.length; i++) ids[i] = out[i] & mask
  return ids
}
