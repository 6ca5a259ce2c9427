import type { FeatureSeqBuilder, FeatureSeq } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'
import type { TokenFacts, WordView } from './token-facts.js'

/** The attribution tagger's features: templates, per-paragraph context, and the tables the fast scorer sums. */

export const T = {
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

export const bucket = (d: number) => (d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6)
const PARAGRAPH_KINDS: Record<string, number> = { title: 1, byline: 2, heading: 3, body: 4 }
const COMMA = hashString(',')
/** What a token's neighbour features read beyond the paragraph's edges. */
export const LEFT_EDGE = 11
export const RIGHT_EDGE = 13
export const NO_VALUE = 9

/** Per-token context of one run of sentences (one paragraph at most) that both feature paths read. */
export interface ParagraphContext {
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
export function paragraphContext(
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
export function cueSide(lb: number, rb: number): number {
  return (lb === 0 ? 0 : lb <= 2 ? 1 : 2) * 3 + (rb === 0 ? 0 : rb <= 2 ? 1 : 2)
}

/** The feature of a word with its `cueSide`, valued left · 4 + right as the trained weights know it. */
function wordSideHash(word: number, side: number): number {
  return mix(mix(T.wordCueSide, word), side + Math.floor(side / 3))
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
export function wordOwnedByCue(polarity: number, rate: number, role: number, add: (hash: number) => void): void {
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
export function wordOwnedByWord(w: WordView, role: number, add: (hash: number) => void): void {
  if (role === 0) {
    add(mix(T.w0, w.word))
    add(mix(T.shape, w.shape))
    add(mix(T.suffix, w.suffix))
  } else if (role === 1) add(mix(T.wm1, w.word))
  else if (role === 2) add(mix(T.wp1, w.word))
  else if (role === 3) add(mix(T.wm2, w.word))
  else add(mix(T.wp2, w.word))
}

export const EDGES: readonly WordView[] = [LEFT_EDGE, RIGHT_EDGE].map(
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
export interface CombinedTables {
  quotes: Int32Array
  entityCues: Int32Array
  neighbours: Int32Array
  layout: Int32Array
}

/** `addRow(hash, out, offset)` adds the feature's weights to `out` from `offset`. */
export function combinedTables(
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
export const WORD_ROLES = 18
export const CUE_WORD_ROLE = 5
export const SIDE_ROLE = 9

/** The one hashed feature of a word in a lazy role (5–17). */
export function lazyRoleHash(w: WordView, role: number): number {
  if (role < SIDE_ROLE) {
    const k = role - CUE_WORD_ROLE
    return cueWordHash(k < 2 ? T.cueLeftWord : T.cueRightWord, w.word, 2 + (k & 1))
  }
  return wordSideHash(w.word, role - SIDE_ROLE)
}
