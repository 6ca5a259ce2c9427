import { createRandom } from '../../src/model/random.js'
import type { ConlluSentence } from '../../src/eval/conllu.js'
import { FeatureSeqBuilder } from '../../src/model/features.js'
import { hashString, mix } from '../../src/model/hash.js'
import { QuantizedRows, rowsOf } from '../../src/model/quantized-rows.js'
import { DenseMulticlass } from '../../src/model/train-multiclass.js'
import { AmbiguityLexicon } from '../../src/stages/syntax/ambiguity-lexicon.js'
import { PosTagger, argmax } from '../../src/stages/syntax/pos-tagger.js'
import {
  TAGGER_BUCKETS,
  addTaggerFeatures,
  createTaggerWords,
  describeWords,
  normalForm,
} from '../../src/stages/syntax/tagger-features.js'

/** Options for `trainTagger`. */
export interface TrainTaggerOptions {
  uposTags: readonly string[]
  xposTags: readonly string[]
  epochs: number
  seed?: number
  /** Rows below this share of the largest weight are dropped. */
  prune?: number
  onEpoch?: (epoch: number, tagger: PosTagger) => void
}

/**
 * Uses of a form past which the tagger trusts the tags training saw it with as all it can take (chosen on dev's
 * first half: from 10 uses, 80 % of its words, the tagger scores as well as without a dictionary; from 2 uses,
 * UAS fell 0.1 point).
 */
const TAG_DICTIONARY_MIN = 10

/**
 * Builds the ambiguity lexicon: each form seen at least twice → the hash of its XPOS tags (those making at least
 * 5 % of its uses); and, for a form seen at least `TAG_DICTIONARY_MIN` times, every XPOS tag it was seen with
 * (its tag dictionary; none for rarer forms). Forms seen once stay unknown, as most words of new text are to a
 * tagger.
 */
export function buildLexicon(sentences: readonly ConlluSentence[], xposTags: readonly string[]): AmbiguityLexicon {
  const counts = new Map<string, Map<string, number>>()
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const form = normalForm(word)
      let tags = counts.get(form)
      if (!tags) counts.set(form, (tags = new Map()))
      tags.set(s.xpos[i], (tags.get(s.xpos[i]) ?? 0) + 1)
    })
  }
  const forms: number[] = []
  const classes: number[] = []
  const tagSets: number[] = []
  for (const [form, tags] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0
    for (const c of tags.values()) total += c
    if (total < 2) continue
    const kept = [...tags].filter(([, c]) => c >= 0.05 * total).map(([t]) => t)
    forms.push(hashString(form) | 0)
    classes.push(mix(hashString(kept.sort().join('|')), 1) | 0)
    const set = [0, 0]
    for (const tag of total >= TAG_DICTIONARY_MIN ? tags.keys() : []) {
      const id = xposTags.indexOf(tag)
      if (id >= 0) set[id >> 5] |= 1 << (id & 31)
    }
    tagSets.push(...set)
  }
  return AmbiguityLexicon.of(Int32Array.from(forms), Int32Array.from(classes), Int32Array.from(tagSets))
}

/** Trains the greedy tagger (averaged perceptron, predicted left tags as features, seeded shuffles). */
export function trainTagger(sentences: readonly ConlluSentence[], options: TrainTaggerOptions): PosTagger {
  const { uposTags, xposTags } = options
  const U = uposTags.length
  const L = U + xposTags.length
  const mask = TAGGER_BUCKETS - 1
  const lexicon = buildLexicon(sentences, xposTags)
  const classOf = (h: number) => lexicon.classOf(h)
  const dense = new DenseMulticlass(L, TAGGER_BUCKETS)
  const uposId = new Map(uposTags.map((t, i) => [t, i]))
  const xposId = new Map(xposTags.map((t, i) => [t, i]))
  const gold = sentences.map((s) => ({
    upos: Int32Array.from(s.upos, (t) => uposId.get(t) ?? 0),
    xpos: Int32Array.from(s.xpos, (t) => xposId.get(t) ?? 0),
  }))
  const random = createRandom(options.seed ?? 11)
  const order = sentences.map((_, i) => i)
  const b = new FeatureSeqBuilder(mask, 64)
  const scores = new Float64Array(L)
  let words = createTaggerWords()
  const compile = () =>
    new PosTagger(QuantizedRows.of(rowsOf(dense.compile(options.prune ?? 0))), uposTags, xposTags, lexicon, mask)
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const s of order) {
      const sentence = sentences[s]
      const n = sentence.words.length
      words = describeWords(sentence.words, classOf, words)
      const upos = new Int32Array(n)
      const xpos = new Int32Array(n)
      for (let i = 0; i < n; i++) {
        b.reset()
        addTaggerFeatures(words, i, xpos, upos, b)
        const to = b.offsets[1]
        dense.score(b.ids, 0, to, scores)
        upos[i] = argmax(scores, 0, U)
        xpos[i] = argmax(scores, U, L) - U
        dense.update(b.ids, 0, to, gold[s].upos[i], upos[i])
        dense.update(b.ids, 0, to, U + gold[s].xpos[i], U + xpos[i])
        dense.tick()
      }
    }
    if (options.onEpoch) options.onEpoch(epoch, compile())
  }
  return compile()
}
