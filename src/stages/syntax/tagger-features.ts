import type { FeatureSeqBuilder } from '../../model/features.js'
import { hashString, mix } from '../../model/hash.js'

/** Bumped whenever the tagger's features change: a model trained on other features is refused. */
export const TAGGER_FEATURES_VERSION = 1

/** Hash buckets of the tagger's features (a power of two). */
export const TAGGER_BUCKETS = 1 << 20

/** What the tagger knows of each word of a sentence, hashed once: slot `i + 2` is word i (two pads each side). */
export interface TaggerWords {
  length: number
  lower: Int32Array
  exact: Int32Array
  shape: Int32Array
  suffix: Int32Array
  prefix: Int32Array
  /** The word's ambiguity class: the set of tags training saw it with (0 for an unknown word). */
  ambiguity: Int32Array
}

const PAD_LEFT = hashString('<s>')
const PAD_RIGHT = hashString('</s>')
/** Suffixes of 1–4 and prefixes of 1–3 code units, four slots per word. */
export const AFFIXES = 4

/** Buffers for one sentence's word facts, grown as needed and reused. */
export function createTaggerWords(capacity = 64): TaggerWords {
  const n = capacity + 4
  return {
    length: 0,
    lower: new Int32Array(n),
    exact: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: new Int32Array(n * AFFIXES),
    prefix: new Int32Array(n * AFFIXES),
    ambiguity: new Int32Array(n),
  }
}

/**
 * Word forms the way the tagger and parser see them: lower-case, digits as 0 ("1,250" and "3,400" alike), curly
 * quotes and apostrophes straight ("’s" as "'s").
 */
export function normalForm(word: string): string {
  const lower = word.toLowerCase()
  return /[0-9‘’“”]/.test(lower) ? lower.replace(/[0-9]/g, '0').replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : lower
}

/**
 * Fills `into` with the facts of `words` (growing it when the sentence is longer) and returns it.
 * `ambiguityOf` maps a normal form's hash to its ambiguity class.
 */
export function describeWords(
  words: readonly string[],
  ambiguityOf: (formHash: number) => number,
  into: TaggerWords,
): TaggerWords {
  const out = words.length + 4 > into.lower.length ? createTaggerWords(words.length * 2) : into
  out.length = words.length
  for (const pad of [0, 1, words.length + 2, words.length + 3]) {
    const h = pad < 2 ? PAD_LEFT : PAD_RIGHT
    out.lower[pad] = out.exact[pad] = out.shape[pad] = out.ambiguity[pad] = h
    out.suffix.fill(h, pad * AFFIXES, pad * AFFIXES + AFFIXES)
    out.prefix.fill(h, pad * AFFIXES, pad * AFFIXES + AFFIXES)
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const form = normalForm(word)
    const at = i + 2
    out.lower[at] = hashString(form)
    out.exact[at] = hashString(word)
    out.shape[at] = shapeHash(word)
    out.ambiguity[at] = ambiguityOf(out.lower[at])
    for (let k = 0; k < AFFIXES; k++) {
      out.suffix[at * AFFIXES + k] = hashString(form, form.length - k - 1)
      out.prefix[at * AFFIXES + k] = k < 3 ? hashString(form, 0, k + 1) : form.length
    }
  }
  return out
}

/**
 * The word shape with runs collapsed: "McCain" → "XxXx", "1990s" → "dx", "U.S." → "X.X.", hashed as it is read.
 */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5
  let last = -1
  const n = Math.min(word.length, 24)
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i)
    const k = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c > 127 ? 120 : c
    if (k === last) continue
    last = k
    h = Math.imul(h ^ k, 0x01000193)
  }
  return (h ^ (word.length > 4 ? 1 : 0)) >>> 0
}

const T = (id: number) => mix(0x7a99e7, id)

/**
 * Adds the features of word `i` given the tags already chosen left of it (`xpos` and `upos` ids; greedy
 * left-to-right): the word, its affixes and shape, two words either side, their ambiguity classes, the last two
 * tags. Every feature is an integer mix of a template id and hashes: no string is built here.
 */
export function addTaggerFeatures(
  w: TaggerWords,
  i: number,
  xpos: Int32Array,
  upos: Int32Array,
  b: FeatureSeqBuilder,
): void {
  const at = i + 2
  const x1 = i > 0 ? xpos[i - 1] : -1
  const x2 = i > 1 ? xpos[i - 2] : -1
  const u1 = i > 0 ? upos[i - 1] : -1
  const word = w.lower[at]
  const amb = w.ambiguity[at]
  const suffix = at * AFFIXES
  b.add(T(1))
  b.add(mix(T(2), word))
  b.add(mix(T(3), w.exact[at]))
  for (let k = 0; k < AFFIXES; k++) b.add(mix(T(4 + k), w.suffix[suffix + k]))
  for (let k = 0; k < 3; k++) b.add(mix(T(8 + k), w.prefix[suffix + k]))
  b.add(mix(T(11), w.shape[at]))
  b.add(mix(T(12), w.lower[at - 1]))
  b.add(mix(T(13), w.lower[at - 2]))
  b.add(mix(T(14), w.lower[at + 1]))
  b.add(mix(T(15), w.lower[at + 2]))
  b.add(mix(T(16), w.suffix[suffix - AFFIXES + 2]))
  b.add(mix(T(17), w.suffix[suffix + AFFIXES + 2]))
  b.add(mix(T(18), x1))
  b.add(mix(mix(T(19), x1), x2))
  b.add(mix(mix(T(20), x1), word))
  b.add(mix(T(21), u1))
  b.add(mix(T(22), amb))
  b.add(mix(T(23), w.ambiguity[at + 1]))
  b.add(mix(T(24), w.ambiguity[at + 2]))
  b.add(mix(T(25), w.ambiguity[at - 1]))
  b.add(mix(mix(T(26), amb), w.ambiguity[at + 1]))
  b.add(mix(mix(T(27), w.lower[at - 1]), word))
  b.add(mix(mix(T(28), word), w.lower[at + 1]))
  b.add(mix(mix(T(29), w.shape[at - 1]), w.shape[at]))
  b.add(mix(mix(T(30), i === 0 ? 1 : 0), w.shape[at]))
  b.add(mix(mix(mix(T(31), x1), amb), w.ambiguity[at + 1]))
  b.add(mix(mix(T(32), x1), w.suffix[suffix + 2]))
  b.add(mix(mix(T(33), w.shape[at]), w.shape[at + 1]))
  b.add(mix(mix(T(34), amb), w.suffix[suffix + 2]))
  b.next()
}
