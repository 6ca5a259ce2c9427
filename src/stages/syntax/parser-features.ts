import type { FeatureSeqBuilder } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'
import type { ParseState } from './arc-eager.js'
import { AFFIXES, type TaggerWords } from './tagger-features.js'

/** Bumped whenever the parser's features change: a model trained on other features is refused. */
export const PARSER_FEATURES_VERSION = 2

/** Hash buckets of the transition features (a power of two). */
export const PARSER_BUCKETS = 1 << 22
/** Hash buckets of the label features (a power of two). */
export const LABEL_BUCKETS = 1 << 19

/** The words of a sentence as the parser reads them, ROOT at index n: form hashes and tag ids. */
export interface ParserWords {
  n: number
  form: Int32Array
  tag: Int32Array
  upos: Int32Array
  /** The last three letters' hash: the label of an unknown word often shows there ("-tion", "-ing"). */
  suffix: Int32Array
}

const NONE = hashString('<none>')
const ROOT_FORM = hashString('<root>')
const ROOT_TAG = 1000

/**
 * Fills (or grows) `into` with the form hashes and tags of a sentence's words, ROOT after them. The forms come
 * from the tagger's facts about the same words (`TaggerWords`), hashed once for both.
 */
export function describeParserWords(
  words: TaggerWords,
  xpos: Int32Array,
  upos: Int32Array,
  into?: ParserWords,
): ParserWords {
  const n = words.length
  const out =
    into && into.form.length > n
      ? into
      : {
          n,
          form: new Int32Array(n * 2 + 2),
          tag: new Int32Array(n * 2 + 2),
          upos: new Int32Array(n * 2 + 2),
          suffix: new Int32Array(n * 2 + 2),
        }
  out.n = n
  for (let i = 0; i < n; i++) {
    out.form[i] = words.lower[i + 2]
    out.suffix[i] = words.suffix[(i + 2) * AFFIXES + 2]
    out.tag[i] = xpos[i]
    out.upos[i] = upos[i]
  }
  out.form[n] = ROOT_FORM
  out.suffix[n] = ROOT_FORM
  out.tag[n] = ROOT_TAG
  out.upos[n] = ROOT_TAG
  return out
}

const SEEDS = Int32Array.from({ length: 128 }, (_, k) => mix(0x5eed, k))

// The builder and template counter of the features being added: module state, so that adding a feature
// allocates no closure.
let out: FeatureSeqBuilder
let template = 0
const f1 = (a: number) => out.add(mix(SEEDS[template++], a))
const f2 = (a: number, c: number) => out.add(mix(mix(SEEDS[template++], a), c))
const f3 = (a: number, c: number, d: number) => out.add(mix(mix(mix(SEEDS[template++], a), c), d))

const wd = (form: Int32Array, i: number) => (i < 0 ? NONE : form[i])
const pt = (tag: Int32Array, i: number) => (i < 0 ? -1 : tag[i])
const lb = (labels: Int32Array, i: number) => (i < 0 ? -2 : labels[i])

const tagAt = (tag: Int32Array, n: number, i: number) => (i >= 0 && i <= n ? tag[i] : -1)

/** Distance in a few buckets: 1, 2, 3, 4, 5–6, 7–9, 10+. */
function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7
}

/**
 * Adds the transition features of a configuration (Zhang & Nivre 2011's rich set, for arc-eager): words and tags
 * of S0, S1, N0–N2, S0's head and grand-head, the two outermost children of S0 and N0, distance, valencies,
 * children's label sets; singly and in the pairs and triples of the paper. Integer mixes only.
 */
export function addParserFeatures(w: ParserWords, s: ParseState, b: FeatureSeqBuilder): void {
  const { form, tag } = w
  const n = s.n
  const heads = s.heads
  const labels = s.labels
  const S0 = s.sp > 0 ? s.stack[s.sp - 1] : -1
  const S1 = s.sp > 1 ? s.stack[s.sp - 2] : -1
  const N0 = s.b
  const N1 = N0 + 1 <= n ? N0 + 1 : -1
  const N2 = N0 + 2 <= n ? N0 + 2 : -1
  const S0h = S0 >= 0 ? heads[S0] : -1
  const S0h2 = S0h >= 0 && S0h < n ? heads[S0h] : -1
  const S0l = S0 >= 0 ? s.lc1[S0] : -1
  const S0l2 = S0 >= 0 ? s.lc2[S0] : -1
  const S0r = S0 >= 0 ? s.rc1[S0] : -1
  const S0r2 = S0 >= 0 ? s.rc2[S0] : -1
  const N0l = s.lc1[N0]
  const N0l2 = s.lc2[N0]
  const S0w = wd(form, S0)
  const S0p = pt(tag, S0)
  const N0w = wd(form, N0)
  const N0p = pt(tag, N0)
  const N1w = wd(form, N1)
  const N1p = pt(tag, N1)
  const N2p = pt(tag, N2)
  const S0wp = mix(S0w, S0p)
  const N0wp = mix(N0w, N0p)
  const N1wp = mix(N1w, N1p)
  out = b
  template = 0
  f1(1)
  // Single words.
  f1(S0wp)
  f1(S0w)
  f1(S0p)
  f1(N0wp)
  f1(N0w)
  f1(N0p)
  f1(N1wp)
  f1(N1w)
  f1(N1p)
  f2(wd(form, N2), N2p)
  f1(wd(form, N2))
  f1(N2p)
  // Pairs.
  f2(S0wp, N0wp)
  f2(S0wp, N0w)
  f2(S0w, N0wp)
  f2(S0wp, N0p)
  f2(S0p, N0wp)
  f2(S0w, N0w)
  f2(S0p, N0p)
  f2(N0p, N1p)
  // Triples.
  f3(N0p, N1p, N2p)
  f3(S0p, N0p, N1p)
  f3(pt(tag, S0h), S0p, N0p)
  f3(S0p, pt(tag, S0l), N0p)
  f3(S0p, pt(tag, S0r), N0p)
  f3(S0p, N0p, pt(tag, N0l))
  // Distance (S0 to N0).
  const d = S0 >= 0 ? distanceBucket(Math.min(N0, n) - S0) : 0
  f2(S0w, d)
  f2(S0p, d)
  f2(N0w, d)
  f2(N0p, d)
  f3(S0w, N0w, d)
  f3(S0p, N0p, d)
  // Valency.
  const S0vl = S0 >= 0 ? s.nl[S0] : -1
  const S0vr = S0 >= 0 ? s.nr[S0] : -1
  const N0vl = s.nl[N0]
  f2(S0w, S0vr)
  f2(S0p, S0vr)
  f2(S0w, S0vl)
  f2(S0p, S0vl)
  f2(N0w, N0vl)
  f2(N0p, N0vl)
  // Second-order: head, leftmost and rightmost children.
  f1(wd(form, S0h))
  f1(pt(tag, S0h))
  f1(lb(labels, S0))
  f1(wd(form, S0l))
  f1(pt(tag, S0l))
  f1(lb(labels, S0l))
  f1(wd(form, S0r))
  f1(pt(tag, S0r))
  f1(lb(labels, S0r))
  f1(wd(form, N0l))
  f1(pt(tag, N0l))
  f1(lb(labels, N0l))
  // Third-order.
  f1(wd(form, S0h2))
  f1(pt(tag, S0h2))
  f1(S0h >= 0 ? lb(labels, S0h) : -3)
  f1(wd(form, S0l2))
  f1(pt(tag, S0l2))
  f1(lb(labels, S0l2))
  f1(wd(form, S0r2))
  f1(pt(tag, S0r2))
  f1(lb(labels, S0r2))
  f1(wd(form, N0l2))
  f1(pt(tag, N0l2))
  f1(lb(labels, N0l2))
  f3(S0p, pt(tag, S0l), pt(tag, S0l2))
  f3(S0p, pt(tag, S0r), pt(tag, S0r2))
  f3(S0p, pt(tag, S0h), pt(tag, S0h2))
  f3(N0p, pt(tag, N0l), pt(tag, N0l2))
  // Label sets.
  const S0sr = S0 >= 0 ? mix(s.rsetLo[S0], s.rsetHi[S0]) : -1
  const S0sl = S0 >= 0 ? mix(s.lsetLo[S0], s.lsetHi[S0]) : -1
  const N0sl = mix(s.lsetLo[N0], s.lsetHi[N0])
  f2(S0w, S0sr)
  f2(S0p, S0sr)
  f2(S0w, S0sl)
  f2(S0p, S0sl)
  f2(N0w, N0sl)
  f2(N0p, N0sl)
  // The second stack word, which arc-eager often needs to decide whether S0 may be reduced.
  f2(wd(form, S1), pt(tag, S1))
  f3(pt(tag, S1), S0p, N0p)
  f3(pt(tag, S1), lb(labels, S0), N0p)
  f2(S0 >= 0 && heads[S0] !== -1 ? 1 : 0, N0p)
  f3(S0 >= 0 && heads[S0] !== -1 ? 1 : 0, S0p, N0p)
  // Universal tags, coarser than PTB ones and so more often right: "NN" or "NNP" mistaken, still a noun.
  const { upos } = w
  const S0u = pt(upos, S0)
  const N0u = pt(upos, N0)
  f2(S0u, N0u)
  f3(S0u, N0u, pt(upos, N1))
  f3(pt(upos, S1), S0u, N0u)
  f3(S0u, pt(upos, S0h), N0u)
  f2(N0w, N1w)
  f3(S0w, N0p, N1p)
  f3(S0p, N0w, N1p)
  b.next()
}

/**
 * Adds the features that choose the label of an arc `head` → `dependent` once the transition is chosen: the two
 * words and tags, direction, distance, the dependent's children so far and the head's own label.
 */
export function addLabelFeatures(w: ParserWords, s: ParseState, head: number, dependent: number, b: FeatureSeqBuilder) {
  const { form, tag, suffix } = w
  const n = s.n
  const dir = dependent < head ? 1 : 2
  const hw = form[head]
  const hp = tag[head]
  const dw = form[dependent]
  const dp = tag[dependent]
  const dist = distanceBucket(Math.abs(head - dependent))
  out = b
  template = 100
  f1(dir)
  f2(dir, hw)
  f2(dir, hp)
  f2(dir, dw)
  f2(dir, dp)
  f3(dir, hp, dp)
  f3(dir, hw, dp)
  f3(dir, hp, dw)
  f3(dir, hw, dw)
  f3(dir, dp, dist)
  f3(dir, hp, dist)
  f2(dir, suffix[dependent])
  f3(dir, hp, suffix[dependent])
  f3(dir, dp, mix(s.lsetLo[dependent], s.lsetHi[dependent]))
  f3(dir, hp, mix(s.lsetLo[head], s.lsetHi[head]))
  f3(dir, hp, mix(s.rsetLo[head], s.rsetHi[head]))
  f3(dir, dp, s.lc1[dependent] >= 0 ? tag[s.lc1[dependent]] : -1)
  f3(dir, hp, head < n ? s.labels[head] : -3)
  f3(dir, dp, head < n && s.heads[head] >= 0 ? tag[s.heads[head]] : -1)
  f3(dir, dp, tagAt(tag, n, dependent - 1))
  f3(dir, dp, tagAt(tag, n, dependent + 1))
  f3(dir, hp, tagAt(tag, n, head - 1))
  f3(dir, hp, tagAt(tag, n, head + 1))
  f3(dir, w.upos[head], w.upos[dependent])
  f3(dir, dp, dependent === 0 ? 1 : 0)
  b.next()
}
