import type { Spelling } from '../../doc/vocab.js'
import { FeatureSeqBuilder, type FeatureSeq } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'
import { FUNCTION_WORDS } from '../../lexicons/function-words.js'
import { isDigit, isLetter, isUpper } from '../text/char-class.js'
import { GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js'
import { CONLL_TYPES, type TokenSpan } from './bio.js'

/** Size of the NER feature space: hashes are masked to 2^21 buckets. */
export const NER_BUCKETS = 1 << 21

/** Version of the feature set; a model trained with another version is refused. */
export const NER_FEATURES_VERSION = 6

/** Per-document facts that make features non-local. */
export interface DocContext {
  /** lower-case word → how it is written where case is informative (mid-sentence, not in a headline). */
  caseOf: Map<string, number>
  /** lower-case word → entity type (1–4) the first pass gave it most often elsewhere in the document; 0 none. */
  predicted?: Map<string, number>
}

/** How a word is cased (`WordInfo.caseKind`). */
export const CASE_UPPER = 1
const CASE_LOWER = 2

/** Template ids: each feature hash starts from its template, so equal values in different templates differ. */
const T = {
  bias: 1,
  lower: 2,
  word: 3,
  shape: 4,
  short: 5,
  prefix: 6,
  suffix: 10,
  prev: 14,
  next: 15,
  prev2: 16,
  next2: 17,
  prevShort: 18,
  nextShort: 19,
  prevBigram: 20,
  nextBigram: 21,
  shapeTrigram: 22,
  first: 23,
  headline: 24,
  gaz: 25,
  prevGaz: 26,
  nextGaz: 27,
  docCase: 28,
  predicted: 29,
  prevPredicted: 30,
  nextPredicted: 31,
  length: 32,
  functionWord: 33,
} as const

/** Normalises a word for features: curly quotes become straight, digits become 0. */
export function normalizeWord(word: string): string {
  if (!/[\d’‘“”]/.test(word)) return word
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

/** A sentence as word infos, with its headline flag. */
export interface SentenceWords {
  headline: boolean
  words: WordInfo[]
}

/**
 * The word infos of each sentence of a document (`mask`: the feature space, `NER_BUCKETS - 1`). `spellings`: each
 * sentence's tokens' spellings, where its words are the tokens as written (`spellingsOf`); a word then keeps its
 * info on its spelling instead of in this module's map.
 */
export function sentenceWords(
  sentences: readonly (readonly string[])[],
  mask: number,
  spellings?: readonly (readonly Spelling[] | undefined)[],
): SentenceWords[] {
  // The caches are bounded, and emptied only between documents: a document's words share their lexemes.
  if (wordCaches[0].size + wordCaches[1].size >= WORD_CACHE_LIMIT || lexemes.size >= WORD_CACHE_LIMIT) {
    for (const cache of wordCaches) cache.clear()
    lexemes.clear()
    generation++
  }
  return sentences.map((words, s) => {
    const headline = isAllCapsSentence(words)
    return { headline, words: wordInfos(words, headline, mask, headline ? undefined : spellings?.[s]) }
  })
}

/**
 * Builds the document context: for each lower-case word, whether it appears capitalised and/or lower case in
 * positions where case carries meaning (not sentence-initial, not in an all-caps sentence).
 */
export function buildDocContext(sentences: readonly (readonly string[])[]): DocContext {
  return docContextOf(sentenceWords(sentences, NER_BUCKETS - 1))
}

/** `buildDocContext` over sentences already turned into word infos. */
export function docContextOf(sentences: readonly SentenceWords[]): DocContext {
  const stamp = markCase(sentences)
  const caseOf = new Map<string, number>()
  for (const { words } of sentences) {
    for (const { lexeme } of words) if (lexeme.stamp === stamp && lexeme.cased) caseOf.set(lexeme.text, lexeme.cased)
  }
  return { caseOf }
}

/**
 * A word form after normalising and lower-casing, shared by every WordInfo with that form ("The", "the", "THE"
 * in a headline): where the facts of one document about it are kept while that document is tagged. Fields
 * read for every token, rather than maps keyed by the text. `stamp` says which document they belong to.
 */
export interface Lexeme {
  text: string
  stamp: number
  /** How it is cased mid-sentence in the stamped document: CASE_UPPER and CASE_LOWER bits (`buildDocContext`). */
  cased: number
  /** The first pass's votes for each type (CONLL_TYPES order) in the stamped document (`predictedTypes`). */
  votes: Int32Array
}

const lexemes = new Map<string, Lexeme>()
let lastStamp = 0

function lexemeOf(text: string): Lexeme {
  let lexeme = lexemes.get(text)
  if (!lexeme) lexemes.set(text, (lexeme = { text, stamp: 0, cased: 0, votes: new Int32Array(CONLL_TYPES.length) }))
  return lexeme
}

/** A stamp no document has had yet. */
export function newStamp(): number {
  return ++lastStamp
}

/** Makes `lexeme` hold facts of the document `stamp`, forgetting those of an earlier one. */
function claim(lexeme: Lexeme, stamp: number): void {
  if (lexeme.stamp === stamp) return
  lexeme.stamp = stamp
  lexeme.cased = 0
  lexeme.votes.fill(0)
}

/**
 * Starts a document: records on each word's lexeme whether it appears capitalised and/or lower case where case
 * carries meaning (not sentence-initial, not in an all-caps sentence). Returns the document's stamp.
 */
export function markCase(sentences: readonly SentenceWords[]): number {
  const stamp = newStamp()
  for (const { headline, words } of sentences) {
    if (headline) continue
    for (let i = 1; i < words.length; i++) {
      const { caseKind, lexeme } = words[i]
      if (!caseKind) continue
      claim(lexeme, stamp)
      lexeme.cased |= caseKind
    }
  }
  return stamp
}

/** How `word` is cased elsewhere in the document `stamp` (0 when it never appears where case is informative). */
export function casedIn(word: WordInfo, stamp: number): number {
  return word.lexeme.stamp === stamp ? word.lexeme.cased : 0
}

/**
 * Records the first pass's entities of the document `stamp`: a vote, per capitalised word inside an entity,
 * for the entity's type.
 */
export function markVotes(
  sentences: readonly SentenceWords[],
  spans: readonly (readonly TokenSpan[])[],
  stamp: number,
): void {
  sentences.forEach(({ words }, s) => {
    for (const span of spans[s]) {
      const type = CONLL_TYPES.indexOf(span.type)
      for (let i = span.start; i < span.end; i++) {
        if (words[i].caseKind !== CASE_UPPER) continue
        claim(words[i].lexeme, stamp)
        words[i].lexeme.votes[type]++
      }
    }
  })
}

/** The type (1-based index into CONLL_TYPES) `word` won most votes for in the document `stamp`; 0 for none. */
export function votedType(word: WordInfo, stamp: number): number {
  const { lexeme } = word
  if (lexeme.stamp !== stamp) return 0
  let best = 0
  for (let k = 1; k < lexeme.votes.length; k++) if (lexeme.votes[k] > lexeme.votes[best]) best = k
  return lexeme.votes[best] > 0 ? best + 1 : 0
}

/**
 * A word (or a sentence boundary) as the tagger sees it: the features it owns, and what it gives its
 * neighbours — the ids it adds to the token two after it (that token's `prev2`), one after (`prev`,
 * `prevShort`), one before and two before. All depend on the word alone, so a tagger scores them once per word.
 */
export interface Neighbour {
  /** The word's own ids `ids[0 … own)`, then its ids for each role (`roleRange`). */
  ids: Int32Array
  own: number
  /**
   * Where the tagger that last scored this word keeps its scores: `scoreOffset` in its pool, valid while
   * `scoreKey` equals the tagger's current key. Fields, not a map: read for every token.
   */
  scoreKey: number
  scoreOffset: number
}

/** Roles a word plays for the token being labelled: it stands two before it, one before, one after, two after. */
export const ROLE = { prev2: 0, prev: 1, next: 2, next2: 3 } as const
export const ROLES = 4
/** Role r's ids are `ids[own + ROLE_BOUNDS[r] … own + ROLE_BOUNDS[r + 1])`. */
export const ROLE_BOUNDS = [0, 1, 3, 5, 6] as const

/** What a word contributes on its own: hashes used by context features, its word-only ids and neighbour ids. */
export interface WordInfo extends Neighbour {
  lower: number
  short: number
  /** The word normalised (`normalizeWord`) and in lower case: the key of document-level facts. */
  lowerText: string
  lexeme: Lexeme
  isFunction: boolean
  /**
   * CASE_UPPER or CASE_LOWER by the word's first letter; 0 when it starts with something else, or when
   * normalising changed it (digits, curly quotes): document-level facts are not kept for those words.
   */
  caseKind: number
  /** The caches' generation it was built in (its lexeme is that generation's). */
  generation: number
}

/** Appends the ids a word with hashes `lower` and `short` gives its neighbours (headline flag `h`), by role. */
function pushRoleIds(ids: number[], lower: number, short: number, h: number): void {
  ids.push(
    mix(T.prev2, lower),
    mix(T.prev, lower),
    mix(T.prevShort, mix(short, h)),
    mix(T.next, lower),
    mix(T.nextShort, mix(short, h)),
    mix(T.next2, lower),
  )
}

/** A typed copy of `ids` under `mask`. */
function masked(ids: readonly number[], mask: number): Int32Array {
  const out = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) out[i] = ids[i] & mask
  return out
}

/**
 * Word-only features, cached per word: on the word's spelling in ordinary sentences of a document
 * (`Spelling.names`), else in one map for ordinary sentences and one for all-caps headlines.
 */
const wordCaches = [new Map<string, WordInfo>(), new Map<string, WordInfo>()]
const WORD_CACHE_LIMIT = 300_000
/** Bumped when the caches and lexemes start again: an info kept on a spelling from before is built anew. */
let generation = 0

/**
 * The word-only features of `raw`, cached per word and headline flag (words repeat: most tokens hit the cache):
 * bias, lower case, the word itself, its shape and short shape, prefixes and suffixes up to 4, length,
 * whether it is a function word, and in headlines the lower-cased word again.
 */
export function wordInfo(raw: string, headline: boolean, mask: number): WordInfo {
  const wordCache = wordCaches[headline ? 1 : 0]
  let info = wordCache.get(raw)
  if (!info) wordCache.set(raw, (info = newWordInfo(raw, headline, mask)))
  return info
}

/** `wordInfo` of an ordinary sentence's word, kept on its spelling. */
function spelledWordInfo(spelling: Spelling, mask: number): WordInfo {
  let info = spelling.names as WordInfo | undefined
  if (!info || info.generation !== generation) spelling.names = info = newWordInfo(spelling.text, false, mask)
  return info
}

function newWordInfo(raw: string, headline: boolean, mask: number): WordInfo {
  const w = normalizeWord(raw)
  const lowerText = w.toLowerCase()
  const shape = wordShape(w)
  const shortText = shortShape(shape)
  const lower = hashString(lowerText)
  const short = hashString(shortText)
  const h = headline ? 1 : 0
  const isFunction = FUNCTION_WORDS.has(lowerText)
  const ids: number[] = [
    mix(T.bias, 0),
    mix(T.lower, lower),
    mix(T.word, mix(hashString(w), h)),
    mix(T.shape, mix(hashString(shape), h)),
    mix(T.short, mix(short, h)),
  ]
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
  const own = ids.length
  pushRoleIds(ids, lower, short, h)
  const initial = raw.charCodeAt(0)
  const caseKind = w !== raw ? 0 : isUpper(initial) ? CASE_UPPER : isLetter(initial) ? CASE_LOWER : 0
  return {
    lower,
    short,
    lowerText,
    lexeme: lexemeOf(lowerText),
    isFunction,
    caseKind,
    ids: masked(ids, mask),
    own,
    scoreKey: 0,
    scoreOffset: 0,
    generation,
  }
}

/** The features of one sentence, split into word-owned features (per word) and context features. */
export interface SentenceFeatures {
  words: WordInfo[]
  headline: boolean
  /** What stands before the first word and after the last, as neighbours. */
  start: Neighbour
  end: Neighbour
  /** Features that depend on word pairs, position, gazetteer matches and the document. */
  context: FeatureSeq
}

const START = hashString('<s>')
const END = hashString('</s>')
/** Sentence boundaries as neighbours by headline flag, for the one mask in use (the tagger keeps scores on them). */
let boundaries: { mask: number; start: Neighbour[]; end: Neighbour[] } | undefined

function boundariesFor(mask: number): { start: Neighbour[]; end: Neighbour[] } {
  if (boundaries?.mask !== mask) {
    const of = (hash: number, h: number): Neighbour => {
      const ids: number[] = []
      pushRoleIds(ids, hash, hash, h)
      // Shaped like a WordInfo (same fields, same order), so that code reading either stays monomorphic.
      const boundary: WordInfo = {
        lower: hash,
        short: hash,
        lowerText: '',
        lexeme: lexemeOf(''),
        isFunction: false,
        caseKind: 0,
        ids: masked(ids, mask),
        own: 0,
        scoreKey: 0,
        scoreOffset: 0,
        generation,
      }
      return boundary
    }
    boundaries = { mask, start: [of(START, 0), of(START, 1)], end: [of(END, 0), of(END, 1)] }
  }
  return boundaries
}

/** The neighbour `offset` tokens away from token `i` (-2 … 2), a boundary beyond either end. */
export function neighbourAt(sentence: SentenceFeatures, i: number, offset: number): Neighbour {
  const k = i + offset
  return k < 0 ? sentence.start : k >= sentence.words.length ? sentence.end : sentence.words[k]
}

/** What stands before the first word and after the last of a sentence, as neighbours. */
export function sentenceBoundaries(headline: boolean, mask: number): { start: Neighbour; end: Neighbour } {
  const { start, end } = boundariesFor(mask)
  const h = headline ? 1 : 0
  return { start: start[h], end: end[h] }
}

/**
 * Word-only features of every word of a sentence (`headline` from `isAllCapsSentence`). `spellings`: the words'
 * spellings, for an ordinary sentence in the default feature space (see `sentenceWords`).
 */
export function wordInfos(
  words: readonly string[],
  headline: boolean,
  mask: number,
  spellings?: readonly Spelling[],
): WordInfo[] {
  const infos = new Array<WordInfo>(words.length)
  if (spellings && !headline && mask === NER_BUCKETS - 1) {
    for (let i = 0; i < words.length; i++) infos[i] = spelledWordInfo(spellings[i], mask)
  } else {
    for (let i = 0; i < words.length; i++) infos[i] = wordInfo(words[i], headline, mask)
  }
  return infos
}

/**
 * Hashed NER features of one sentence: the word-owned features of each word (its own, and what it gives a ±2
 * window), plus the context features of `addContextFeatures`.
 */
export function sentenceFeatures(
  words: readonly string[],
  gazetteer: Gazetteer,
  doc: DocContext,
  mask: number,
): SentenceFeatures {
  const headline = isAllCapsSentence(words)
  const infos = wordInfos(words, headline, mask)
  const b = new FeatureSeqBuilder(mask, words.length * 8)
  addContextFeatures(
    words,
    infos,
    headline,
    gazetteer,
    infos.map((info) => doc.caseOf.get(info.lowerText) ?? 0),
    b,
  )
  return { words: infos, headline, ...sentenceBoundaries(headline, mask), context: b.build() }
}

/** Gazetteer positions of the current sentence: reused, so tagging a sentence allocates no typed array. */
let gazScratch = new Int32Array(256)

/** Feature hashes over small value sets, computed once: gazetteer category × position, neighbour types… */
const table = (size: number, hash: (k: number) => number) => Uint32Array.from({ length: size }, (_, k) => hash(k))
const GAZ_HERE = table(GAZ_CATEGORIES * 5, (k) => mix(T.gaz, mix(Math.floor(k / 5), k % 5)))
const GAZ_BEFORE = table(GAZ_CATEGORIES, (c) => mix(T.prevGaz, c))
const GAZ_AFTER = table(GAZ_CATEGORIES, (c) => mix(T.nextGaz, c))
const AFTER_FUNCTION_WORD = table(4, (k) => mix(T.functionWord, k))
const DOC_CASE_MID_SENTENCE = table(4, (cased) => mix(T.docCase, mix(cased, 7)))
const TYPE_BEFORE = table(CONLL_TYPES.length + 1, (type) => mix(T.prevPredicted, type))
const TYPE_AFTER = table(CONLL_TYPES.length + 1, (type) => mix(T.nextPredicted, type))

/**
 * Adds the context features of each token to `b` (one `next()` per token): bigrams, the shapes around it,
 * sentence-initial and headline conjunctions, gazetteer matches for the word and its neighbours, and how the
 * same word is cased elsewhere in the document (non-local: `cased[i]`, as in `DocContext.caseOf`).
 */
export function addContextFeatures(
  words: readonly string[],
  infos: readonly WordInfo[],
  headline: boolean,
  gazetteer: Gazetteer,
  cased: ArrayLike<number>,
  b: FeatureSeqBuilder,
): void {
  const n = words.length
  if (gazScratch.length < n * 2) gazScratch = new Int32Array(n * 4)
  const gaz = gazScratch // mask, position code (1 B, 2 I, 3 L, 4 U)
  gaz.fill(0, 0, n * 2)
  for (const m of gazetteer.match(words, headline)) {
    for (let i = m.start; i < m.end; i++) {
      gaz[i * 2] = m.mask
      gaz[i * 2 + 1] = m.end - m.start === 1 ? 4 : i === m.start ? 1 : i === m.end - 1 ? 3 : 2
    }
  }
  const h = headline ? 1 : 0
  for (let i = 0; i < n; i++) {
    const info = infos[i]
    const prevLower = i > 0 ? infos[i - 1].lower : START
    const nextLower = i + 1 < n ? infos[i + 1].lower : END
    const prevShort = i > 0 ? infos[i - 1].short : START
    const nextShort = i + 1 < n ? infos[i + 1].short : END
    b.add(mix(T.prevBigram, mix(prevLower, info.lower)))
    b.add(mix(T.nextBigram, mix(info.lower, nextLower)))
    b.add(mix(T.shapeTrigram, mix(mix(prevShort, info.short), mix(nextShort, h))))
    if (i === 0) b.add(mix(T.first, mix(info.short, info.lower)))
    if (info.isFunction && i === 0) b.add(mix(T.functionWord, mix(1, h)))
    if (i > 0 && infos[i - 1].isFunction) b.add(AFTER_FUNCTION_WORD[2 + (i === 1 ? 1 : 0)])
    const here = gaz[i * 2]
    const before = i > 0 ? gaz[(i - 1) * 2] : 0
    const after = i + 1 < n ? gaz[(i + 1) * 2] : 0
    if (here | before | after) {
      for (let c = 0; c < GAZ_CATEGORIES; c++) {
        if (here & (1 << c)) b.add(GAZ_HERE[c * 5 + gaz[i * 2 + 1]])
        if (before & (1 << c)) b.add(GAZ_BEFORE[c])
        if (after & (1 << c)) b.add(GAZ_AFTER[c])
      }
    }
    // Non-local: how the word is cased elsewhere tells a sentence-initial or headline "Rejects" from a name.
    b.add(i === 0 || headline ? mix(T.docCase, mix(cased[i], mix(info.short, h))) : DOC_CASE_MID_SENTENCE[cased[i]])
    b.next()
  }
}

/**
 * Second-pass features: how the first pass typed this word, and its neighbours, elsewhere in the document
 * (Ratinov & Roth's non-local features). Needs `doc.predicted`.
 */
export function predictedFeatures(words: readonly WordInfo[], doc: DocContext, mask: number): FeatureSeq {
  const b = new FeatureSeqBuilder(mask, words.length * 3)
  addPredictedFeatures(words, doc, b)
  return b.build()
}

/**
 * Adds the second-pass features of each token to `b` (one `next()` per token): its own predicted type with its
 * short shape (`predictedTypeId`), and the types before and after it (`NEIGHBOUR_TYPE_IDS`).
 */
export function addPredictedFeatures(words: readonly WordInfo[], doc: DocContext, b: FeatureSeqBuilder): void {
  const n = words.length
  const predicted = doc.predicted ?? new Map<string, number>()
  let before = 0
  let here = n > 0 ? (predicted.get(words[0].lowerText) ?? 0) : 0
  for (let i = 0; i < n; i++) {
    const after = i + 1 < n ? (predicted.get(words[i + 1].lowerText) ?? 0) : 0
    b.add(predictedTypeId(here, words[i]))
    b.add(NEIGHBOUR_TYPE_IDS.before[before])
    b.add(NEIGHBOUR_TYPE_IDS.after[after])
    b.next()
    before = here
    here = after
  }
}

/** The second-pass feature of a word the first pass typed `type` elsewhere in the document (0: never). */
export function predictedTypeId(type: number, word: WordInfo): number {
  return mix(T.predicted, mix(type, word.short))
}

/** Second-pass features of the types (0 none, 1–4) of the words just before and after a token. */
export const NEIGHBOUR_TYPE_IDS = { before: TYPE_BEFORE, after: TYPE_AFTER } as const

/** Each neighbour position with the role its word plays for the token being labelled. */
export const NEIGHBOUR_OFFSETS: readonly [number, number][] = [
  [-2, ROLE.prev2],
  [-1, ROLE.prev],
  [1, ROLE.next],
  [2, ROLE.next2],
]

/** Every feature of a sentence in one sequence (word-only, context, and second-pass when given): for training. */
export function mergeFeatures(sentence: SentenceFeatures, extra?: FeatureSeq): FeatureSeq {
  const b = new FeatureSeqBuilder(-1, sentence.context.ids.length * 2)
  sentence.words.forEach((word, t) => {
    for (let k = 0; k < word.own; k++) b.add(word.ids[k])
    for (const [offset, role] of NEIGHBOUR_OFFSETS) {
      const neighbour = neighbourAt(sentence, t, offset)
      for (let k = neighbour.own + ROLE_BOUNDS[role]; k < neighbour.own + ROLE_BOUNDS[role + 1]; k++)
        b.add(neighbour.ids[k])
    }
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
