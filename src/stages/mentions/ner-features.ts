import { FeatureSeqBuilder, type FeatureSeq } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'
import { FUNCTION_WORDS } from '../../lexicons/function-words.js'
import { isDigit, isLetter, isUpper } from '../text/char-class.js'
import { GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js'

/** Version of the feature set; a model trained with another version is refused. */
export const NER_FEATURES_VERSION = 6

/** Per-document facts that make features non-local. */
export interface DocContext {
  /** lower-case word → how it is written where case is informative (mid-sentence, not in a headline). */
  caseOf: Map<string, number>
  /** lower-case word → entity type (1–4) the first pass gave it most often elsewhere in the document; 0 none. */
  predicted?: Map<string, number>
}

const CASE_UPPER = 1
const CASE_LOWER = 2

/** Template ids: each feature hash starts from its template, so equal values in different templates differ. */
const T = {
  bias: 1, lower: 2, word: 3, shape: 4, short: 5, prefix: 6, suffix: 10, prev: 14, next: 15, prev2: 16, next2: 17,
  prevShort: 18, nextShort: 19, prevBigram: 20, nextBigram: 21, shapeTrigram: 22, first: 23, headline: 24, gaz: 25,
  prevGaz: 26, nextGaz: 27, docCase: 28, predicted: 29, prevPredicted: 30, nextPredicted: 31, length: 32, functionWord: 33,
} as const

/** Normalises a word for features: curly quotes become straight, digits become 0. */
export function normalizeWord(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0')
}

/** Word shape: "Zelensky" → "Xxxxxxxx", "U.S." → "X.X.", "267" → "ddd"; long runs kept up to 4. */
export function wordShape(word: string): string {
  let shape = ''
  let run = 0
  let last = ''
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const c = isUpper(code) ? 'X' : isLetter(code) ? 'x' : isDigit(code) ? 'd' : word[i]
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 4) shape += c
  }
  return shape
}

/** Short shape: runs collapsed — "Xxxxxxxx" → "Xx", "X.X." → "X.X.". */
export function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/g, '$1')
}

/** True when a sentence is written in capitals (a CoNLL headline such as "EU REJECTS GERMAN CALL"). */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0
  let letters = 0
  for (const w of words) {
    let hasLetter = false
    let hasLower = false
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      if (!isLetter(c)) continue
      hasLetter = true
      if (!isUpper(c)) {
        hasLower = true
        break
      }
    }
    if (!hasLetter) continue
    letters++
    if (!hasLower) upper++
  }
  return letters >= 2 && upper / letters > 0.8
}

/**
 * Builds the document context: for each lower-case word, whether it appears capitalised and/or lower case in
 * positions where case carries meaning (not sentence-initial, not in an all-caps sentence).
 */
export function buildDocContext(sentences: readonly (readonly string[])[]): DocContext {
  const caseOf = new Map<string, number>()
  for (const words of sentences) {
    if (isAllCapsSentence(words)) continue
    for (let i = 1; i < words.length; i++) {
      const w = words[i]
      const c = w.charCodeAt(0)
      const kind = isUpper(c) ? CASE_UPPER : isLetter(c) ? CASE_LOWER : 0
      if (!kind) continue
      const key = w.toLowerCase()
      caseOf.set(key, (caseOf.get(key) ?? 0) | kind)
    }
  }
  return { caseOf }
}

/** What a word contributes on its own: hashes used by context features, and its word-only feature ids. */
export interface WordInfo {
  lower: number
  short: number
  lowerText: string
  isFunction: boolean
  /** Bucket ids of the features that depend on the word alone (and on the headline flag). */
  ids: Int32Array
  /** Scores of `ids` under each model that has seen the word, by the model's slot: filled by the tagger. */
  scores: Float64Array[]
}

/** Word-only features, cached per word: one map for ordinary sentences, one for all-caps headlines. */
const wordCaches = [new Map<string, WordInfo>(), new Map<string, WordInfo>()]
const WORD_CACHE_LIMIT = 300_000

/**
 * The word-only features of `raw`, cached per word and headline flag (words repeat: most tokens hit the cache):
 * bias, lower case, the word itself, its shape and short shape, prefixes and suffixes up to 4, length,
 * whether it is a function word, and in headlines the lower-cased word again.
 */
export function wordInfo(raw: string, headline: boolean, mask: number): WordInfo {
  const wordCache = wordCaches[headline ? 1 : 0]
  let info = wordCache.get(raw)
  if (info) return info
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear()
  const w = normalizeWord(raw)
  const lowerText = w.toLowerCase()
  const shape = wordShape(w)
  const shortText = shortShape(shape)
  const lower = hashString(lowerText)
  const short = hashString(shortText)
  const h = headline ? 1 : 0
  const isFunction = FUNCTION_WORDS.has(lowerText)
  const ids: number[] = [mix(T.bias, 0), mix(T.lower, lower), mix(T.word, mix(hashString(w), h)), mix(T.shape, mix(hashString(shape), h)), mix(T.short, mix(short, h))]
  // Affix hashes grow one character at a time (FNV-1a is incremental): no substring is built.
  let prefix = 0x811c9dc5
  let suffix = 0x811c9dc5
  for (let k = 1; k <= 4 && k <= lowerText.length; k++) {
    prefix = Math.imul(prefix ^ lowerText.charCodeAt(k - 1), 0x01000193) >>> 0
    suffix = Math.imul(suffix ^ lowerText.charCodeAt(lowerText.length - k), 0x01000193) >>> 0
    ids.push(mix(T.prefix + k - 1, prefix), mix(T.suffix + k - 1, suffix))
  }
  ids.push(mix(T.length, Math.min(lowerText.length, 12)))
  if (headline) ids.push(mix(T.headline, lower))
  if (isFunction) ids.push(mix(T.functionWord, mix(0, h)))
  info = { lower, short, lowerText, isFunction, ids: Int32Array.from(ids, (id) => id & mask), scores: [] }
  wordCache.set(raw, info)
  return info
}

/** The features of one sentence, split into word-only features (per word) and context features. */
export interface SentenceFeatures {
  words: WordInfo[]
  headline: boolean
  /** Features that depend on neighbours, position, gazetteer matches and the document. */
  context: FeatureSeq
}

const START = hashString('<s>')
const END = hashString('</s>')

/**
 * Hashed NER features of one sentence: the word-only features of each word, plus a ±2 window, bigrams, the
 * shapes around it, sentence-initial and headline conjunctions, gazetteer matches for the word and its
 * neighbours, and how the same word is cased elsewhere in the document (non-local).
 */
export function sentenceFeatures(words: readonly string[], gazetteer: Gazetteer, doc: DocContext, mask: number): SentenceFeatures {
  const n = words.length
  const headline = isAllCapsSentence(words)
  const infos = words.map((raw) => wordInfo(raw, headline, mask))
  const gaz = new Int32Array(n * 2) // mask, position code (1 B, 2 I, 3 L, 4 U)
  for (const m of gazetteer.match(words, headline)) {
    for (let i = m.start; i < m.end; i++) {
      gaz[i * 2] = m.mask
      gaz[i * 2 + 1] = m.end - m.start === 1 ? 4 : i === m.start ? 1 : i === m.end - 1 ? 3 : 2
    }
  }
  // Padded by two on each side so that i ± 2 never leaves the arrays: index i + 2 is token i.
  const lowers = new Int32Array(n + 4).fill(START)
  const shorts = new Int32Array(n + 4).fill(START)
  for (let i = 0; i < n; i++) {
    lowers[i + 2] = infos[i].lower
    shorts[i + 2] = infos[i].short
  }
  lowers[n + 2] = lowers[n + 3] = shorts[n + 2] = shorts[n + 3] = END
  const b = new FeatureSeqBuilder(mask, n * 24)
  const h = headline ? 1 : 0
  for (let i = 0; i < n; i++) {
    const info = infos[i]
    const prevShort = shorts[i + 1]
    const nextShort = shorts[i + 3]
    b.add(mix(T.prev, lowers[i + 1]))
    b.add(mix(T.next, lowers[i + 3]))
    b.add(mix(T.prev2, lowers[i]))
    b.add(mix(T.next2, lowers[i + 4]))
    b.add(mix(T.prevShort, mix(prevShort, h)))
    b.add(mix(T.nextShort, mix(nextShort, h)))
    b.add(mix(T.prevBigram, mix(lowers[i + 1], info.lower)))
    b.add(mix(T.nextBigram, mix(info.lower, lowers[i + 3])))
    b.add(mix(T.shapeTrigram, mix(mix(prevShort, info.short), mix(nextShort, h))))
    if (i === 0) b.add(mix(T.first, mix(info.short, info.lower)))
    if (info.isFunction && i === 0) b.add(mix(T.functionWord, mix(1, h)))
    if (i > 0 && infos[i - 1].isFunction) b.add(mix(T.functionWord, 2 + (i === 1 ? 1 : 0)))
    const here = gaz[i * 2]
    const before = i > 0 ? gaz[(i - 1) * 2] : 0
    const after = i + 1 < n ? gaz[(i + 1) * 2] : 0
    if (here | before | after) {
      for (let c = 0; c < GAZ_CATEGORIES; c++) {
        if (here & (1 << c)) b.add(mix(T.gaz, mix(c, gaz[i * 2 + 1])))
        if (before & (1 << c)) b.add(mix(T.prevGaz, c))
        if (after & (1 << c)) b.add(mix(T.nextGaz, c))
      }
    }
    // Non-local: how the word is cased elsewhere tells a sentence-initial or headline "Rejects" from a name.
    const cased = doc.caseOf.get(info.lowerText) ?? 0
    b.add(i === 0 || headline ? mix(T.docCase, mix(cased, mix(info.short, h))) : mix(T.docCase, mix(cased, 7)))
    b.next()
  }
  return { words: infos, headline, context: b.build() }
}

/**
 * Second-pass features: how the first pass typed this word, and its neighbours, elsewhere in the document
 * (Ratinov & Roth's non-local features). Needs `doc.predicted`.
 */
export function predictedFeatures(words: readonly WordInfo[], doc: DocContext, mask: number): FeatureSeq {
  const n = words.length
  const predicted = doc.predicted ?? new Map<string, number>()
  const typeAt = (k: number) => (k < 0 || k >= n ? 0 : predicted.get(words[k].lowerText) ?? 0)
  const b = new FeatureSeqBuilder(mask, n * 3)
  for (let i = 0; i < n; i++) {
    b.add(mix(T.predicted, mix(typeAt(i), words[i].short)))
    b.add(mix(T.prevPredicted, typeAt(i - 1)))
    b.add(mix(T.nextPredicted, typeAt(i + 1)))
    b.next()
  }
  return b.build()
}

/** Every feature of a sentence in one sequence (word-only, context, and second-pass when given): for training. */
export function mergeFeatures(sentence: SentenceFeatures, extra?: FeatureSeq): FeatureSeq {
  const b = new FeatureSeqBuilder(-1, sentence.context.ids.length * 2)
  sentence.words.forEach((word, t) => {
    for (const id of word.ids) b.add(id)
    for (const seq of extra ? [sentence.context, extra] : [sentence.context]) {
      for (let k = seq.offsets[t]; k < seq.offsets[t + 1]; k++) b.add(seq.ids[k])
    }
    b.next()
  })
  return b.build()
}

/** All features of one sentence in one sequence: `mergeFeatures(sentenceFeatures(…))`, plus second-pass ones. */
export function nerFeatures(words: readonly string[], gazetteer: Gazetteer, doc: DocContext, mask: number): FeatureSeq {
  const sentence = sentenceFeatures(words, gazetteer, doc, mask)
  return mergeFeatures(sentence, doc.predicted ? predictedFeatures(sentence.words, doc, mask) : undefined)
}
