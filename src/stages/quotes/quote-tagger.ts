import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { ConfigError } from '../../errors.js'
import type { FeatureSeqBuilder, FeatureSeq } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'
import { bioLabels, decodeBio, encodeBio, type TypedSpan } from '../../model/bio.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { viterbi } from '../../model/viterbi.js'
import { decodeModel, encodeModel } from '../../model/model-file.js'
import { tokenIndexOf } from '../../doc/span.js'
import { spellingsOf, type Spelling } from '../../doc/vocab.js'
import type { Doc } from '../../doc/types.js'
import { CUE_VERBS } from './lexicon.js'
import { wordCue, type RuleWord } from './quote-context.js'

/**
 * The attribution tagger: a linear-chain model that labels every token it reads (`taggedRanges`) as part of a
 * source, a cue or a content (PolNeAR's univocal annotation is exactly such a tag sequence), trained on PolNeAR train by
 * `npm run train:quotes`. The rules in find-direct-quotes read quotation marks; this model reads what the
 * rules cannot list: "mocked", "figures that", "is convinced", "the poll showed".
 */
export const ROLES = ['SOURCE', 'CUE', 'CONTENT'] as const
export type Role = (typeof ROLES)[number]
/** O, then B- and I- for each role: label = 1 + 2·role + (0 for B, 1 for I). */
export const QUOTE_LABELS: readonly string[] = bioLabels(ROLES)
export const QUOTE_BUCKETS = 1 << 20
/** Bumped whenever the features change, so that a stale model file is refused. */
export const QUOTE_FEATURES_VERSION = 4
export const QUOTE_MODEL_PATH = new URL('../../../models/quotes.bin', import.meta.url).pathname

/** A run of tokens [start, end) with one role. */
export type RoleSpan = TypedSpan<Role>

/** Encodes role spans as labels over `length` tokens. */
export function toLabels(spans: readonly RoleSpan[], length: number): Int32Array {
  return encodeBio(ROLES, spans, length)
}

/** Decodes constrained labels into role spans, token indices offset by `from`. */
export function fromLabels(labels: Int32Array, from = 0): RoleSpan[] {
  return decodeBio(ROLES, labels, labels.length, from)
}

type TaggerDoc = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'quotations' | 'entities'>

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

const T = {
  bias: 1,
  w0: 2,
  wm1: 3,
  wp1: 4,
  wm2: 5,
  wp2: 6,
  shape: 9,
  suffix: 10,
  cue0: 11,
  cueM1: 12,
  cueP1: 13,
  quote: 14,
  quoteTrans: 15,
  entity0: 16,
  entityM1: 17,
  entityP1: 18,
  sentenceEdge: 19,
  cueLeft: 20,
  cueRight: 21,
  cueLeftWord: 22,
  cueRightWord: 23,
  paragraphKind: 24,
  quoteCueLeft: 25,
  quoteCueRight: 26,
  entityCueRight: 28,
  sentenceInParagraph: 30,
  rate0: 31,
  rateM1: 32,
  rateP1: 33,
  commaCue: 37,
  wordCueSide: 38,
}

const bucket = (d: number) => (d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6)
const PARAGRAPH_KINDS: Record<string, number> = { title: 1, byline: 2, heading: 3, body: 4 }
const COMMA = hashString(',')
/** What a token's neighbour features read beyond the paragraph's edges. */
const LEFT_EDGE = 11
const RIGHT_EDGE = 13
const NO_VALUE = 9

/** Per-token context of one run of sentences (one paragraph at most) that both feature paths read. */
interface ParagraphContext {
  from: number
  to: number
  /** Nearest cue-like word left and right of each token within its sentence (-1 for none). */
  left: Int32Array
  right: Int32Array
  /** 1 when a comma lies between the token and its left cue word. */
  commaSince: Uint8Array
  /** 0 no comma in the sentence, 1 before its last comma, 2 the comma, 3 after. */
  lastComma: Uint8Array
  kind: number
}

/** A context's arrays, long enough for `n` tokens: the scratch given, grown if need be, or new ones. */
function contextArrays(
  n: number,
  scratch?: ParagraphContext,
): Pick<ParagraphContext, 'left' | 'right' | 'commaSince' | 'lastComma'> {
  if (scratch && scratch.left.length >= n) return scratch
  const size = Math.max(n, scratch ? scratch.left.length * 2 : 0)
  return {
    left: new Int32Array(size),
    right: new Int32Array(size),
    commaSince: new Uint8Array(size),
    lastComma: new Uint8Array(size),
  }
}

/** The context of tokens [from, to), written into `scratch` when given (its arrays then run past `to − from`). */
function paragraphContext(
  facts: TokenFacts,
  from: number,
  to: number,
  paragraphKind: string,
  scratch?: ParagraphContext,
): ParagraphContext {
  const { words, anchor, sentence } = facts
  const n = to - from
  const { left, right, commaSince, lastComma } = contextArrays(n, scratch)
  let last = -1
  let comma = 0
  for (let i = from; i < to; i++) {
    if (last >= 0 && sentence[last] !== sentence[i]) last = -1
    left[i - from] = last
    commaSince[i - from] = comma
    if (anchor[i]) {
      last = i
      comma = 0
    } else if (words[i] === COMMA) comma = 1
  }
  last = -1
  for (let i = to - 1; i >= from; i--) {
    if (last >= 0 && sentence[last] !== sentence[i]) last = -1
    right[i - from] = last
    if (anchor[i]) last = i
  }
  // Where each token stands to its sentence's last comma: "…, sources said." makes what precedes it the content.
  for (let a = from; a < to; ) {
    let b = a
    while (b < to && sentence[b] === sentence[a]) b++
    let comma = -1
    for (let k = b - 1; k >= a && comma < 0; k--) if (words[k] === COMMA) comma = k
    for (let k = a; k < b; k++) lastComma[k - from] = comma < 0 ? 0 : k < comma ? 1 : k === comma ? 2 : 3
    a = b
  }
  return { from, to, left, right, commaSince, lastComma, kind: PARAGRAPH_KINDS[paragraphKind] ?? 0 }
}

/** The small-valued and hashed features of one token, as `tokenFeatures` writes them. */
interface TokenFeatures {
  templates: Int32Array
  values: Int32Array
  small: number
  hashes: Int32Array
  hashed: number
}

const tokenFeatureBuffer = (): TokenFeatures => ({
  templates: new Int32Array(32),
  values: new Int32Array(32),
  small: 0,
  hashes: new Int32Array(32),
  hashed: 0,
})

/**
 * The features of token i, in three groups: those owned by one word (its own and what it gives its neighbours:
 * `wordOwned`), those with a small integer value (`small`), and hashed ones (`hashed`). Training hashes all of
 * them; `QuoteScorer` caches the first group per word and reads the second from dense tables. The last two groups
 * are written to `out`.
 */
function tokenFeatures(facts: TokenFacts, c: ParagraphContext, i: number, out: TokenFeatures): void {
  const { templates, values, hashes } = out
  let s = 0
  let h = 0
  const { words, quote, entity, sentence } = facts
  const { from, to } = c
  const k = i - from
  const w0 = words[i]
  const q = quote[i]
  templates[s] = T.quote
  values[s++] = q
  templates[s] = T.quoteTrans
  values[s++] = (i > from ? quote[i - 1] : 7) * 16 + (i + 1 < to ? quote[i + 1] : 7)
  templates[s] = T.entity0
  values[s++] = entity[i]
  templates[s] = T.entityM1
  values[s++] = i > from ? entity[i - 1] : 15
  templates[s] = T.entityP1
  values[s++] = i + 1 < to ? entity[i + 1] : 15
  const opens = i === from || sentence[i - 1] !== sentence[i]
  const closes = i + 1 === to || sentence[i + 1] !== sentence[i]
  templates[s] = T.sentenceEdge
  values[s++] = (opens ? 1 : 0) + (closes ? 2 : 0)
  templates[s] = T.sentenceInParagraph
  values[s++] = Math.min(3, sentence[i] - sentence[from]) * 8 + c.kind
  templates[s] = T.paragraphKind
  values[s++] = c.kind
  const l = c.left[k]
  const r = c.right[k]
  const lb = l < 0 ? 0 : 1 + bucket(i - l)
  const rb = r < 0 ? 0 : 1 + bucket(r - i)
  templates[s] = T.cueLeft
  values[s++] = lb * 16 + c.commaSince[k]
  templates[s] = T.cueRight
  values[s++] = rb
  templates[s] = T.quoteCueLeft
  values[s++] = q * 64 + lb
  templates[s] = T.quoteCueRight
  values[s++] = q * 64 + rb
  templates[s] = T.entityCueRight
  values[s++] = entity[i] * 64 + rb
  templates[s] = T.commaCue
  values[s++] = c.lastComma[k] * 64 + rb
  hashes[h++] = cueWordHash(T.cueLeftWord, l < 0 ? 0 : words[l], lb)
  hashes[h++] = cueWordHash(T.cueRightWord, r < 0 ? 0 : words[r], rb)
  hashes[h++] = wordSideHash(w0, cueSide(lb, rb))
  out.small = s
  out.hashed = h
}

/** The feature naming the nearest cue word on one side (`template`) and whether it is the next token (bucket 2) or farther (3). */
function cueWordHash(template: number, word: number, cueBucket: number): number {
  return mix(mix(template, word), Math.min(cueBucket, 3))
}

/** Whether a cue word lies near (≤ 2 tokens away), far or nowhere on each side: 0 … 8, left · 3 + right. */
function cueSide(lb: number, rb: number): number {
  return (lb === 0 ? 0 : lb <= 2 ? 1 : 2) * 3 + (rb === 0 ? 0 : rb <= 2 ? 1 : 2)
}

/** The feature of a word with its `cueSide`, valued left · 4 + right as the trained weights know it. */
function wordSideHash(word: number, side: number): number {
  return mix(mix(T.wordCueSide, word), side + Math.floor(side / 3))
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

/**
 * The word-owned features, by the word's position relative to the token scored: 0 the token itself, 1 its left
 * neighbour, 2 its right neighbour, 3 two to the left, 4 two to the right. Each word is scored in all five roles
 * once and cached.
 */
function wordOwned(w: WordView, role: number, add: (hash: number) => void): void {
  wordOwnedByCue(w.polarity, w.rate, role, add)
  wordOwnedByWord(w, role, add)
}

/** The word-owned features read from its cue facts (polarity and rate, each 0–9) alone, and the bias. */
function wordOwnedByCue(polarity: number, rate: number, role: number, add: (hash: number) => void): void {
  if (role === 0) {
    add(T.bias)
    add(mix(T.cue0, polarity))
    add(mix(T.rate0, rate))
  } else if (role === 1) {
    add(mix(T.cueM1, polarity))
    add(mix(T.rateM1, rate))
  } else if (role === 2) {
    add(mix(T.cueP1, polarity))
    add(mix(T.rateP1, rate))
  }
}

/** The word-owned features read from the word itself: its hash, shape and suffix. */
function wordOwnedByWord(w: WordView, role: number, add: (hash: number) => void): void {
  if (role === 0) {
    add(mix(T.w0, w.word))
    add(mix(T.shape, w.shape))
    add(mix(T.suffix, w.suffix))
  } else if (role === 1) add(mix(T.wm1, w.word))
  else if (role === 2) add(mix(T.wp1, w.word))
  else if (role === 3) add(mix(T.wm2, w.word))
  else add(mix(T.wp2, w.word))
}

const EDGES: readonly WordView[] = [LEFT_EDGE, RIGHT_EDGE].map(
  (word): WordView => ({
    cue: undefined,
    word,
    shape: 0,
    suffix: 0,
    rate: NO_VALUE,
    polarity: NO_VALUE,
    rates: undefined,
    poolKey: 0,
    slot: 0,
    scored: 0,
  }),
)
const ROLE_OFFSETS = [0, -1, 1, -2, 2]

function viewAt(facts: TokenFacts, from: number, to: number, j: number): WordView {
  if (j < from) return EDGES[0]
  if (j >= to) return EDGES[1]
  return facts.views[j]
}

/** The features of tokens [from, to) (one paragraph), as hashed ids into `builder` (reset here): what training sees. */
export function quoteFeatures(
  facts: TokenFacts,
  from: number,
  to: number,
  paragraphKind: string,
  builder: FeatureSeqBuilder,
): FeatureSeq {
  builder.reset()
  const c = paragraphContext(facts, from, to, paragraphKind)
  const add = (hash: number) => builder.add(hash)
  const out = tokenFeatureBuffer()
  for (let i = from; i < to; i++) {
    for (let role = 0; role < 5; role++) wordOwned(viewAt(facts, from, to, i + ROLE_OFFSETS[role]), role, add)
    tokenFeatures(facts, c, i, out)
    for (let k = 0; k < out.small; k++) builder.add(mix(out.templates[k], out.values[k]))
    for (let k = 0; k < out.hashed; k++) builder.add(out.hashes[k])
    builder.next()
  }
  return builder.build()
}

/**
 * The small templates grouped by the variables they read, each group summed into one table over all values of
 * its variables: `quotes` [quote, quote before, quote after, left cue bucket, comma since] (quote, quoteTrans,
 * quoteCueLeft, cueLeft, and cueLeftWord without a cue word); `entityCues` [entity, right cue
 * bucket, last comma, quote] (entity0, entityCueRight, cueRight, commaCue, quoteCueRight, and cueRightWord without
 * a cue word); `neighbours` [entity before, entity after] (entityM1, entityP1); `layout` [sentence edge, sentence in
 * paragraph, paragraph kind] (sentenceEdge, sentenceInParagraph, paragraphKind). Rows of 7 labels.
 */
interface CombinedTables {
  quotes: Int32Array
  entityCues: Int32Array
  neighbours: Int32Array
  layout: Int32Array
}

/** `addRow(hash, out, offset)` adds the feature's weights to `out` from `offset`. */
function combinedTables(
  addRow: (hash: number, out: Int32Array, offset: number) => void,
  labels: number,
): CombinedTables {
  const table = (sizes: readonly number[], hashesOf: (values: number[]) => number[]): Int32Array => {
    const out = new Int32Array(sizes.reduce((a, b) => a * b, 1) * labels)
    const values = sizes.map(() => 0)
    for (let index = 0; index * labels < out.length; index++) {
      let rest = index
      for (let v = sizes.length - 1; v >= 0; v--) {
        values[v] = rest % sizes[v]
        rest = Math.floor(rest / sizes[v])
      }
      for (const hash of hashesOf(values)) addRow(hash, out, index * labels)
    }
    return out
  }
  const noCueWord = (template: number, cueBucket: number) => (cueBucket === 0 ? [cueWordHash(template, 0, 0)] : [])
  return {
    quotes: table([4, 8, 8, 8, 2], ([q, before, after, lb, comma]) => [
      mix(T.quote, q),
      mix(T.quoteTrans, before * 16 + after),
      mix(T.quoteCueLeft, q * 64 + lb),
      mix(T.cueLeft, lb * 16 + comma),
      ...noCueWord(T.cueLeftWord, lb),
    ]),
    entityCues: table([10, 8, 4, 4], ([e, rb, lastComma, q]) => [
      mix(T.entity0, e),
      mix(T.entityCueRight, e * 64 + rb),
      mix(T.cueRight, rb),
      mix(T.commaCue, lastComma * 64 + rb),
      mix(T.quoteCueRight, q * 64 + rb),
      ...noCueWord(T.cueRightWord, rb),
    ]),
    neighbours: table([16, 16], ([before, after]) => [mix(T.entityM1, before), mix(T.entityP1, after)]),
    layout: table([4, 4, 8], ([edge, index, kind]) => [
      mix(T.sentenceEdge, edge),
      mix(T.sentenceInParagraph, index * 8 + kind),
      mix(T.paragraphKind, kind),
    ]),
  }
}

/**
 * A word's cached contributions, by role: 0–4 the word-owned features at each offset (`wordOwned`); 5–8 the word as
 * the nearest cue word on the left, next to the token or farther, then on the right (cueLeftWord, cueRightWord);
 * 9–17 the word as the token, with each `cueSide` (role 0 and wordCueSide together: one read a token). Roles 0–4
 * are scored when the word gets its slot, their cue facts' part from a dense table; the others when first read: a
 * word meets few of its cue sides, and most words are never a cue. In news with a large vocabulary, a word's first
 * use is the scorer's main cost.
 */
const WORD_ROLES = 18
const CUE_WORD_ROLE = 5
const SIDE_ROLE = 9

/** The one hashed feature of a word in a lazy role (5–17). */
function lazyRoleHash(w: WordView, role: number): number {
  if (role < SIDE_ROLE) {
    const k = role - CUE_WORD_ROLE
    return cueWordHash(k < 2 ? T.cueLeftWord : T.cueRightWord, w.word, 2 + (k & 1))
  }
  return wordSideHash(w.word, role - SIDE_ROLE)
}

let nextPoolKey = 1

/**
 * Scores the tagger's features without hashing any: every feature a word owns or names (its neighbours', the
 * nearest cue word's, its cue side's) summed once per word (in a pool), the small templates from dense tables built
 * at load. Computes exactly what `model.emissions(quoteFeatures(…))` does (tested).
 */
export class QuoteScorer {
  private readonly labels: number
  private readonly mask = QUOTE_BUCKETS - 1
  /**
   * The small templates' rows summed over the variables they share, four tables indexed by those variables
   * together (`combinedTables`): a token reads four rows instead of one for each template.
   */
  private readonly combined: CombinedTables
  /** `wordOwnedByCue` of each role, polarity and rate (0–9 each): [(role · 100 + polarity · 10 + rate) · labels + y]. */
  private readonly cueRows: Int32Array
  /**
   * Each word's contributions in its roles, [slot + role · labels + y], in one flat pool (grown as words come, up
   * to `poolLimit` ints, then refilled when full): a word costs its lookups once, then a vector add for each role
   * it plays wherever it appears.
   */
  private pool: Int32Array
  private readonly poolLimit: number
  private used = 0
  private poolKey = nextPoolKey++

  /**
   * `poolWords`: how many words' sums the pool holds at most before it is refilled (15 MB for the default). The
   * words of 840 political news articles (PolNeAR train) fit: refilled every 10,000 words, the pool cost the stage
   * a sixth of its time there.
   */
  constructor(
    readonly model: CompiledChain,
    poolWords = 30_000,
  ) {
    if (model.labels !== QUOTE_LABELS.length)
      throw new ConfigError(`the attribution model has ${model.labels} labels, not ${QUOTE_LABELS.length}`)
    this.labels = model.labels
    this.poolLimit = poolWords * WORD_ROLES * model.labels
    this.pool = new Int32Array(Math.min(this.poolLimit, 1024 * WORD_ROLES * model.labels))
    this.combined = combinedTables((hash, out, offset) => this.addRow(hash, out, offset), this.labels)
    this.cueRows = new Int32Array(CUE_WORD_ROLE * 100 * this.labels)
    for (let index = 0; index < CUE_WORD_ROLE * 100; index++) {
      wordOwnedByCue(Math.floor(index / 10) % 10, index % 10, Math.floor(index / 100), (hash) =>
        this.addRow(hash, this.cueRows, index * this.labels),
      )
    }
  }

  private addRow(hash: number, out: Int32Array, offset: number): void {
    const row = this.model.table.get(hash & this.mask)
    if (row < 0) return
    const { rows } = this.model
    for (let y = 0; y < this.labels; y++) out[offset + y] += rows[row * this.labels + y]
  }

  /** The pool slot of the word's summed weights, its eager roles scored on first use. */
  private slotOf(view: WordView): number {
    if (view.poolKey === this.poolKey) return view.slot
    const slot = this.used
    const pool = this.pool
    for (let role = 0; role < CUE_WORD_ROLE; role++) {
      const at = slot + role * this.labels
      const cue = (role * 100 + view.polarity * 10 + view.rate) * this.labels
      for (let y = 0; y < this.labels; y++) pool[at + y] = this.cueRows[cue + y]
      wordOwnedByWord(view, role, (hash) => this.addRow(hash, pool, at))
    }
    this.used += WORD_ROLES * this.labels
    view.poolKey = this.poolKey
    view.slot = slot
    view.scored = 0
    return slot
  }

  /** Scores a lazy role of a word that has its slot (`scored` lacks its bit); a side role holds role 0 as well. */
  private scoreLazy(view: WordView, role: number): void {
    const at = view.slot + role * this.labels
    view.scored |= 1 << (role - CUE_WORD_ROLE)
    if (role >= SIDE_ROLE) this.pool.copyWithin(at, view.slot, view.slot + this.labels)
    this.addRow(lazyRoleHash(view, role), this.pool, at)
  }

  /** Room in the pool for `words` more words: when full, every word is forgotten and scored again on its next use. */
  private reserve(words: number): void {
    const need = words * WORD_ROLES * this.labels
    if (this.used + need <= this.pool.length) return
    if (this.pool.length < this.poolLimit || need > this.pool.length) {
      // Grown, the words scored so far kept at their slots.
      const grown = new Int32Array(Math.max(this.used + need, Math.min(this.poolLimit, 2 * this.pool.length)))
      grown.set(this.pool.subarray(0, this.used))
      this.pool = grown
      if (this.used + need <= grown.length) return
    }
    this.pool.fill(0)
    this.used = 0
    this.poolKey = nextPoolKey++
  }

  /** Emission scores of tokens [from, to), token-major. */
  emissions(facts: TokenFacts, from: number, to: number, paragraphKind: string): Float64Array {
    return this.score(facts, from, to, paragraphKind).slice(0, (to - from) * this.labels)
  }

  /** The best labels of tokens [from, to), in an array the next call reuses. */
  tag(facts: TokenFacts, from: number, to: number, paragraphKind: string): Int32Array {
    const n = to - from
    if (this.path.length < n) this.path = new Int32Array(Math.max(n, this.path.length * 2))
    const { scores } = this.model
    return viterbi(
      this.score(facts, from, to, paragraphKind),
      n,
      this.labels,
      scores.transitions,
      scores.start,
      scores.end,
      0,
      this.path,
    )
  }

  // Scratch arrays of `score` and `tag`, grown as needed: a typed array of more than a few numbers costs a
  // native allocation, and a run of sentences is scored in a few microseconds.
  private context: ParagraphContext | undefined
  private out = new Float64Array(0)
  private slots = new Int32Array(0)
  private path = new Int32Array(0)

  /** Emission scores of tokens [from, to), token-major, in an array the next call reuses (longer than needed). */
  private score(facts: TokenFacts, from: number, to: number, paragraphKind: string): Float64Array {
    const L = this.labels
    const c = (this.context = paragraphContext(facts, from, to, paragraphKind, this.context))
    if (this.out.length < (to - from) * L) this.out = new Float64Array(Math.max((to - from) * L, this.out.length * 2))
    if (this.slots.length < to - from + 4) this.slots = new Int32Array(Math.max(to - from + 4, this.slots.length * 2))
    const out = this.out
    const scale = this.model.scale
    const { quotes, entityCues, neighbours, layout } = this.combined
    const { quote, entity, sentence } = facts
    const { left, right, commaSince, lastComma, kind } = c
    const firstSentence = sentence[from]
    const views = facts.views
    // Slots of the paragraph's words and of the two edges, reserved together so that none is evicted midway.
    this.reserve(to - from + 2)
    const slots = this.slots
    slots[0] = slots[1] = this.slotOf(EDGES[0])
    for (let j = from; j < to; j++) slots[j - from + 2] = this.slotOf(views[j])
    slots[to - from + 2] = slots[to - from + 3] = this.slotOf(EDGES[1])
    const pool = this.pool
    // Seven labels summed in locals: read-modify-write of a typed array per feature costs more than the lookups.
    let offset = 0
    for (let i = from; i < to; i++) {
      const k = i - from
      const l = left[k]
      const r = right[k]
      const lb = l < 0 ? 0 : 1 + bucket(i - l)
      const rb = r < 0 ? 0 : 1 + bucket(r - i)
      // The word-owned features of the token, with its cue side (one lazy role), and of its neighbours (roles 1–4,
      // at offsets −1, +1, −2, +2), unrolled.
      const role = SIDE_ROLE + cueSide(lb, rb)
      const view = views[i]
      if ((view.scored & (1 << (role - CUE_WORD_ROLE))) === 0) this.scoreLazy(view, role)
      let b = view.slot + role * 7
      let a0 = pool[b],
        a1 = pool[b + 1],
        a2 = pool[b + 2],
        a3 = pool[b + 3],
        a4 = pool[b + 4],
        a5 = pool[b + 5],
        a6 = pool[b + 6]
      b = slots[k + 1] + 7
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k + 3] + 14
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k] + 21
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      b = slots[k + 4] + 28
      a0 += pool[b]
      a1 += pool[b + 1]
      a2 += pool[b + 2]
      a3 += pool[b + 3]
      a4 += pool[b + 4]
      a5 += pool[b + 5]
      a6 += pool[b + 6]
      // The small-valued features, as `tokenFeatures` computes them, read from the combined tables.
      const q = quote[i]
      const e = entity[i]
      const edge =
        (i === from || sentence[i - 1] !== sentence[i] ? 1 : 0) +
        (i + 1 === to || sentence[i + 1] !== sentence[i] ? 2 : 0)
      let t = quotes
      b =
        ((((q * 8 + (i > from ? quote[i - 1] : 7)) * 8 + (i + 1 < to ? quote[i + 1] : 7)) * 8 + lb) * 2 +
          commaSince[k]) *
        7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = entityCues
      b = (((e * 8 + rb) * 4 + lastComma[k]) * 4 + q) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = neighbours
      b = ((i > from ? entity[i - 1] : 15) * 16 + (i + 1 < to ? entity[i + 1] : 15)) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      t = layout
      b = ((edge * 4 + Math.min(3, sentence[i] - firstSentence)) * 8 + kind) * 7
      a0 += t[b]
      a1 += t[b + 1]
      a2 += t[b + 2]
      a3 += t[b + 3]
      a4 += t[b + 4]
      a5 += t[b + 5]
      a6 += t[b + 6]
      // The roles of the nearest cue words (without one, in the tables above).
      if (l >= 0) {
        const cueRole = CUE_WORD_ROLE + (i - l === 1 ? 0 : 1)
        const cue = views[l]
        if ((cue.scored & (1 << (cueRole - CUE_WORD_ROLE))) === 0) this.scoreLazy(cue, cueRole)
        b = cue.slot + cueRole * 7
        a0 += pool[b]
        a1 += pool[b + 1]
        a2 += pool[b + 2]
        a3 += pool[b + 3]
        a4 += pool[b + 4]
        a5 += pool[b + 5]
        a6 += pool[b + 6]
      }
      if (r >= 0) {
        const cueRole = CUE_WORD_ROLE + (r - i === 1 ? 2 : 3)
        const cue = views[r]
        if ((cue.scored & (1 << (cueRole - CUE_WORD_ROLE))) === 0) this.scoreLazy(cue, cueRole)
        b = cue.slot + cueRole * 7
        a0 += pool[b]
        a1 += pool[b + 1]
        a2 += pool[b + 2]
        a3 += pool[b + 3]
        a4 += pool[b + 4]
        a5 += pool[b + 5]
        a6 += pool[b + 6]
      }
      out[offset] = a0 * scale
      out[offset + 1] = a1 * scale
      out[offset + 2] = a2 * scale
      out[offset + 3] = a3 * scale
      out[offset + 4] = a4 * scale
      out[offset + 5] = a5 * scale
      out[offset + 6] = a6 * scale
      offset += 7
    }
    return out
  }
}

/** A run of tokens [from, to) that the tagger labels as one sequence, with its paragraph's kind. */
export interface TaggedRange {
  from: number
  to: number
  kind: string
}

/**
 * Longest run the tagger reads as one sequence. News paragraphs stay far below it; a page of junk with no
 * paragraph or sentence breaks is read in pieces, so that the scorer's word pool (which holds every word of a run)
 * keeps its size.
 */
export const MAX_RANGE_TOKENS = 1000

/**
 * The runs of sentences the tagger reads, paragraph by paragraph: each sentence that holds a quotation or a word
 * that is a reporting verb or often opened a cue in training, unless `quoted` marks all its tokens; runs of at most
 * `MAX_RANGE_TOKENS` (a longer sentence is cut). The rest of the article (most of it) is never tagged, which keeps
 * the stage cheap; training reads the same runs.
 */
export function taggedRanges(
  doc: Pick<Doc, 'tokens' | 'paragraphs' | 'sentences'>,
  facts: TokenFacts,
  quoted?: Uint8Array,
): TaggedRange[] {
  const ranges: TaggedRange[] = []
  const { tokens, sentences, paragraphs } = doc
  let t = 0
  let open: TaggedRange | undefined
  let previousParagraph = -1
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]
    while (t < tokens.length && tokens[t].start < sentence.start) t++
    const from = t
    let live = false
    let outside = quoted === undefined
    while (t < tokens.length && tokens[t].end <= sentence.end) {
      if (facts.anchor[t] || facts.quote[t]) live = true
      if (!outside && !quoted![t]) outside = true
      t++
    }
    // A sentence wholly inside a direct quote the rules found, with its attribution, is read already: nothing to tag.
    if (!outside) live = false
    if (sentence.paragraph !== previousParagraph) {
      open = undefined
      previousParagraph = sentence.paragraph
    }
    if (t > from && live) {
      if (open && open.to === from && t - open.from <= MAX_RANGE_TOKENS) open.to = t
      else {
        const kind = paragraphs[sentence.paragraph]?.kind ?? 'body'
        for (let a = from; a < t; a += MAX_RANGE_TOKENS)
          ranges.push((open = { from: a, to: Math.min(t, a + MAX_RANGE_TOKENS), kind }))
      }
    } else open = undefined
  }
  return ranges
}

/**
 * Role spans over the whole document, run by run (`taggedRanges`). `quoted` marks the tokens of the direct quotes
 * the rules found, with their sources and cues: a sentence of nothing else is not tagged. `facts`: the document's,
 * when the caller has them.
 */
export function tagRoles(
  doc: TaggerDoc,
  { scorer, rates }: QuoteModel,
  quoted?: Uint8Array,
  facts = tokenFacts(doc, rates),
): RoleSpan[] {
  const spans: RoleSpan[] = []
  for (const { from, to, kind } of taggedRanges(doc, facts, quoted)) {
    spans.push(...decodeBio(ROLES, scorer.tag(facts, from, to, kind), to - from, from))
  }
  return spans
}

/** The trained chain, its fast scorer and the cue rates its features were computed with. */
export interface QuoteModel {
  scorer: QuoteScorer
  rates: CueRates
}

export function quoteModel(model: CompiledChain, rates: CueRates): QuoteModel {
  return { scorer: new QuoteScorer(model), rates }
}

export function saveQuoteModel(
  path: string,
  { scorer: { model }, rates }: QuoteModel,
  info: Record<string, unknown>,
): void {
  const header = {
    kind: 'quotes',
    labels: [...QUOTE_LABELS],
    buckets: QUOTE_BUCKETS,
    info: { ...info, features: QUOTE_FEATURES_VERSION, rates: Object.fromEntries(rates) },
  }
  writeFileSync(path, encodeModel({ header, chain: model }))
}

/** @throws ConfigError for a missing file or another feature version. */
export function loadQuoteModel(path: string): QuoteModel {
  if (!existsSync(path)) throw new ConfigError(`the attribution model ${path} is missing: run \`npm run train:quotes\``)
  const { header, chain } = decodeModel(readFileSync(path), path)
  if (header.kind !== 'quotes' || header.info.features !== QUOTE_FEATURES_VERSION) {
    throw new ConfigError(`${path} was trained with other features: run \`npm run train:quotes\``)
  }
  return quoteModel(chain, new Map(Object.entries(header.info.rates as Record<string, number>)))
}

let shared: QuoteModel | undefined
/** The shipped model, loaded on first use. */
export function defaultQuoteModel(): QuoteModel {
  shared ??= loadQuoteModel(QUOTE_MODEL_PATH)
  return shared
}
