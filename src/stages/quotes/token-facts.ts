import { hashString } from '../../model/hash.js'
import { tokenIndexOf } from '../../doc/span.js'
import { spellingsOf, type Spelling } from '../../doc/vocab.js'
import type { Doc } from '../../doc/types.js'
import { CUE_VERBS } from './lexicon.js'
import { wordCue, type RuleWord } from './quote-context.js'

/** What the attribution tagger reads of a document, and each token's facts its features read (computed once). */
export type TaggerDoc = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'quotations' | 'entities'>

/** Per-token facts of one document that the features read, computed once. */
export interface TokenFacts {
  words: Int32Array
  /** 0 outside quotations, 1 inside, 2 an opening mark, 3 a closing mark. */
  quote: Uint8Array
  /** 0 none, else the entity's class (`entityClass`). */
  entity: Uint8Array
  /** 1 where the word is likely to be a cue (lexicon or training data): the anchor the distance features measure from. */
  anchor: Uint8Array
  /** Sentence index of each token. */
  sentence: Int32Array
  /** Each token's word, shared by every token so spelt. */
  views: WordView[]
}

const POLARITIES = ['assert', 'deny', 'claim', 'question']
/** Entity classes the features tell apart: a person by name, pronoun, title or description; an organisation; a place; a group. */
function entityClass(label: string, kind: string): number {
  if (label === 'PERSON') return kind === 'name' ? 1 : kind === 'pronoun' ? 2 : kind === 'title' ? 3 : 4
  if (label === 'ORG') return kind === 'name' ? 5 : 6
  if (label === 'GPE' || label === 'LOC' || label === 'FAC') return 7
  if (label === 'NORP') return 8
  return 9
}

/**
 * Character classes in a row, repeats collapsed, at most five: "Xx", "d,d", "x-x". Not the NER's `wordShape`:
 * uncased letters and non-Latin digits stay as written here, and the trained weights depend on it.
 */
function shapeOf(word: string): string {
  let shape = ''
  let previous = ''
  for (let k = 0; k < word.length && shape.length < 5; k++) {
    const code = word.charCodeAt(k)
    const ch = word[k]
    const c =
      code >= 65 && code <= 90
        ? 'X'
        : code >= 97 && code <= 122
          ? 'x'
          : code >= 48 && code <= 57
            ? 'd'
            : code < 128
              ? ch
              : ch.toLowerCase() !== ch
                ? 'X'
                : ch.toUpperCase() !== ch
                  ? 'x'
                  : ch
    if (c !== previous) shape += c
    previous = c
  }
  return shape
}

/** Word (lower case) → how often it opens a cue in PolNeAR train, 1 (a fifth of its uses) to 4 (most). */
export type CueRates = ReadonlyMap<string, number>

/** The spelling's view, built once and kept on it: most words recur across articles. */
function wordView(spelling: Spelling, rates: CueRates): WordView {
  let found = spelling.attribution as WordView | undefined
  if (!found || found.rates !== rates) {
    const text = spelling.text
    const w = spelling.lower
    const polarity = CUE_VERBS.get(w)
    spelling.attribution = found = {
      cue: wordCue(w),
      word: hashString(w),
      shape: hashString(shapeOf(text)),
      suffix: hashString(w.length > 3 ? w.slice(-3) : w),
      rate: rates.get(w) ?? 0,
      polarity: polarity ? 1 + POLARITIES.indexOf(polarity) : 0,
      rates,
      poolKey: 0,
      slot: 0,
      scored: 0,
    }
  }
  return found
}

/** The typed arrays of `tokenFacts(…, true)`, grown as needed: a native allocation each would cost more than filling them. */
let buffers = { ints: new Int32Array(0), bytes: new Uint8Array(0) }

/**
 * Each token's facts. `reuse`: the arrays are views of buffers that the next such call overwrites (the stage's
 * own call, whose facts do not outlive it); training keeps the facts of many documents and gets arrays of their own.
 */
export function tokenFacts(doc: TaggerDoc, rates: CueRates, reuse = false): TokenFacts {
  const { text, tokens } = doc
  const n = tokens.length
  if (reuse && buffers.ints.length < 2 * n) buffers = { ints: new Int32Array(4 * n), bytes: new Uint8Array(6 * n) }
  const ints = (k: number) => (reuse ? buffers.ints.subarray(k * n, (k + 1) * n) : new Int32Array(n))
  const bytes = (k: number, zero: boolean) => {
    if (!reuse) return new Uint8Array(n)
    const view = buffers.bytes.subarray(k * n, (k + 1) * n)
    return zero ? view.fill(0) : view
  }
  const facts: TokenFacts = {
    words: ints(0),
    quote: bytes(0, true),
    entity: bytes(1, true),
    anchor: bytes(2, false),
    sentence: ints(1),
    views: new Array(n),
  }
  const spellings = spellingsOf(text, tokens)
  for (let i = 0; i < n; i++) {
    const h = wordView(spellings[i], rates)
    facts.views[i] = h
    facts.words[i] = h.word
    facts.anchor[i] = h.polarity || h.rate >= 2 ? 1 : 0
  }
  const tokenAt = tokenIndexOf(text, tokens)
  for (const q of doc.quotations) {
    if (q.depth !== 0) continue
    for (let t = tokenAt(q.start); t < n && tokens[t].start < q.end; t++) facts.quote[t] = 1
    const open = tokenAt(q.open.start)
    if (open < n) facts.quote[open] = 2
    if (q.close) {
      const close = tokenAt(q.close.start)
      if (close < n) facts.quote[close] = 3
    }
  }
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      const c = entityClass(entity.label, m.kind)
      for (let t = tokenAt(m.start); t < n && tokens[t].start < m.end; t++)
        if (!facts.entity[t] || m.kind === 'name') facts.entity[t] = c
    }
  }
  let s = 0
  for (let i = 0; i < n; i++) {
    while (s + 1 < doc.sentences.length && doc.sentences[s].end <= tokens[i].start) s++
    facts.sentence[i] = s
  }
  return facts
}

/**
 * One spelling's facts as the features read them (hashes of the word, its shape and suffix, its cue facts), and as
 * the rules read it (`RuleWord`).
 */
export interface WordView extends RuleWord {
  word: number
  shape: number
  suffix: number
  polarity: number
  rate: number
  /** The cue rates `rate` was read from: a view built for other rates is built anew. */
  rates: CueRates | undefined
  /** Where a scorer keeps the word's summed weights: valid while `poolKey` is the scorer's current key. */
  poolKey: number
  slot: number
  /** Which of its lazy roles (cue word, side: bit role − 5) the pool holds for the word, under the same key. */
  scored: number
}
