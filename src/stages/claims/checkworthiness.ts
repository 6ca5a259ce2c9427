import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { firstEndingAfter, firstStartingAtOrAfter } from '../../doc/span.js'
import { lowerTokens } from '../../doc/vocab.js'
import type { Checkworthiness, Doc, Span } from '../../doc/types.js'
import { hashString, mix } from '../../model/hash.js'
import { ConfigError } from '../../errors.js'
import { classScores } from '../../model/classifier.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { decodeModel, encodeModel } from '../../model/model-file.js'
import { sharedTable } from '../../model/shared-tables.js'
import type { Stage } from '../../pipeline/stage.js'
import {
  hashTokens,
  SPAN_BIAS,
  SPAN_BIGRAM,
  SPAN_FIRST,
  SPAN_LENGTH,
  SPAN_TRIGRAM,
  spanFeatures,
  type TokenHashes,
} from './sentence-features.js'

/** Hash buckets of the check-worthiness model. */
export const CHECKWORTHY_BUCKETS = 1 << 20
/** Bumped whenever `sentenceFeatures` changes, so that a stale model is refused. */
export const CHECKWORTHY_FEATURES_VERSION = 3
/** Where the shipped model lives. */
export const CHECKWORTHY_MODEL_PATH = fileURLToPath(new URL('../../../models/checkworthy.bin', import.meta.url))

/** A trained check-worthiness model: log-odds from sentence features, and the decision threshold tuned by cross-validation. */
export interface CheckworthyModel {
  model: CompiledChain
  /** Log-odds above which a sentence counts as check-worthy. */
  threshold: number
  /** The model file it was read from: names its weight table, which the threads of a process share. */
  source?: string
}

/** The layers whose findings inside a span say something of its check-worthiness. */
export type CheckworthyLayers = Pick<Doc, 'text' | 'tokens' | 'mentions' | 'amounts' | 'times' | 'events' | 'quotes'>

/**
 * Adds `hash(item)` to `out` for the items of a list sorted by start that lie within `span`: a binary search, so
 * long articles stay linear.
 */
function addWithin<T>(
  out: number[],
  list: readonly T[],
  span: Span,
  at: (item: T) => Span,
  hash: (item: T) => number,
): void {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (at(list[mid]).start < span.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < list.length && at(list[k]).start < span.end; k++)
    if (at(list[k]).end <= span.end) out.push(hash(list[k]))
}

const self = (x: Span) => x

/** A layer whose findings are features: where each finding lies and the hash of its kind. */
interface Layer<T> {
  of: (doc: CheckworthyLayers) => readonly T[]
  at: (item: T) => Span
  hash: (item: T) => number
}

const layer = <T>(l: Layer<T>) => l as Layer<unknown>

/** The layers whose findings inside a span are features, in this order: amounts, time expressions, names, events, quotes. */
const LAYERS: readonly Layer<unknown>[] = [
  layer({ of: (doc) => doc.amounts, at: self, hash: (a) => mix(LAYER.amount, hashString(a.kind)) }),
  layer({ of: (doc) => doc.times, at: self, hash: (t) => mix(LAYER.time, hashString(t.type)) }),
  layer({ of: (doc) => doc.mentions, at: self, hash: (m) => mix(LAYER.mention, hashString(m.label)) }),
  layer({ of: (doc) => doc.events, at: (e) => e.trigger, hash: (e) => mix(LAYER.event, hashString(e.type)) }),
  layer({ of: (doc) => doc.quotes, at: (q) => q.content, hash: (q) => mix(LAYER.quote, hashString(q.kind)) }),
]

/** Hashes of what the earlier stages found inside `span`, and how many findings of each layer (in `LAYERS` order). */
function layerFeatures(doc: CheckworthyLayers, span: Span): { features: number[]; counts: number[] } {
  const features: number[] = []
  const counts = LAYERS.map(({ of, at, hash }) => {
    const before = features.length
    addWithin(features, of(doc), span, at, hash)
    return features.length - before
  })
  return { features, counts }
}

function hashesOf(doc: CheckworthyLayers): TokenHashes {
  let hashes = tokenHashes.get(doc.tokens)
  if (!hashes) {
    hashes = hashTokens(doc.text, doc.tokens)
    tokenHashes.set(doc.tokens, hashes)
  }
  return hashes
}

/** Features of this model alone: word beginnings, and how many numbers, names, amounts and dates a span holds. */
const OWN = { prefix: 302, numbers: 303, mentions: 304, amounts: 305, times: 306 }

/**
 * The count features of a span from its number tokens and its layer counts (in `LAYERS` order), each count capped:
 * "two numbers and a date" is what matters, not twelve.
 */
function countFeatures(numbers: number, [amounts, times, mentions]: readonly number[]): number[] {
  return [
    mix(OWN.numbers, Math.min(numbers, 4)),
    mix(OWN.mentions, Math.min(mentions, 5)),
    mix(OWN.amounts, Math.min(amounts, 3)),
    mix(OWN.times, Math.min(times, 3)),
  ]
}

/** Each token's beginning feature (the first four letters of a word, lower case; 0 for other tokens), once per document. */
function prefixesOf(doc: CheckworthyLayers): Int32Array {
  let prefixes = tokenPrefixes.get(doc.tokens)
  if (!prefixes) {
    const lowered = lowerTokens(doc.text, doc.tokens)
    prefixes = new Int32Array(doc.tokens.length)
    for (let t = 0; t < prefixes.length; t++) {
      if (doc.tokens[t].kind !== 'word') continue
      prefixes[t] = mix(OWN.prefix, hashString(lowered[t], 0, 4))
    }
    tokenPrefixes.set(doc.tokens, prefixes)
  }
  return prefixes
}

const tokenPrefixes = new WeakMap<readonly unknown[], Int32Array>()

/**
 * The features of the words of `span`: its n-grams and word beginnings, plus what the earlier stages found in it
 * (amounts, time expressions, kinds of names, event types, quotes) and how many: a statistic, a date and a named
 * actor make a claim checkable.
 */
export function checkworthyFeatures(doc: CheckworthyLayers, span: Span): Int32Array {
  const from = firstEndingAfter(doc.tokens, span.start)
  const to = firstStartingAtOrAfter(doc.tokens, span.end)
  const prefixes = prefixesOf(doc)
  const { features: extra, counts } = layerFeatures(doc, span)
  let numbers = 0
  for (let t = from; t < to; t++) {
    if (prefixes[t]) extra.push(prefixes[t])
    if (doc.tokens[t].kind === 'number') numbers++
  }
  extra.push(...countFeatures(numbers, counts))
  return spanFeatures(hashesOf(doc), from, to, CHECKWORTHY_BUCKETS - 1, extra)
}

/** What a layer found in the document, as start and end offsets and the weight of its feature. */
interface LayerItems {
  starts: number[]
  ends: number[]
  weights: number[]
}

/** Each model's weights by bucket (2 MB): one read per feature, where the model's own table probes a 4 MB one. */
const bucketWeights = new WeakMap<CheckworthyModel, Int16Array>()

function weightsOf(model: CheckworthyModel): Int16Array {
  let weights = bucketWeights.get(model)
  if (!weights) {
    const { table, rows } = model.model
    const build = () => {
      const dense = new Int16Array(CHECKWORTHY_BUCKETS)
      for (let at = 0; at < table.slots.length; at += 2)
        if (table.slots[at] !== -1) dense[table.slots[at]] = rows[table.slots[at + 1]]
      return dense
    }
    weights = sharedTable(model.source && `${model.source}#weights`, build)
    bucketWeights.set(model, weights)
  }
  return weights
}

/**
 * Scores many spans of one document as `checkworthyLogOdds` does (tested equal), from running sums of each
 * token's weights: the n-grams of a token are read once however many spans hold it — every token lies in a
 * sentence and most in a quote too — and a span costs only the n-grams that its start cuts, and its layer features.
 */
export class SpanScorer {
  private readonly mask = CHECKWORTHY_BUCKETS - 1
  private readonly weights: Int16Array
  private readonly hashes: TokenHashes
  /** Summed weights of every feature of tokens [0, t) as inside a span. */
  private readonly prefix: Float64Array
  /** How many of tokens [0, t) are numbers. */
  private readonly numbers: Int32Array
  private readonly counts = LAYERS.map(() => 0)
  private readonly layers: LayerItems[]

  constructor(
    private readonly model: CheckworthyModel,
    private readonly doc: CheckworthyLayers,
  ) {
    const w = (this.weights = weightsOf(model))
    const mask = this.mask
    const h = (this.hashes = hashesOf(doc))
    const beginnings = prefixesOf(doc)
    const n = doc.tokens.length
    this.prefix = new Float64Array(n + 1)
    this.numbers = new Int32Array(n + 1)
    for (let t = 0; t < n; t++) {
      let sum = w[h.unigrams[t] & mask] + w[h.bigrams[t] & mask] + w[h.trigrams[t] & mask]
      for (let j = h.offsets[t]; j < h.offsets[t + 1]; j++) sum += w[h.local[j] & mask]
      if (beginnings[t]) sum += w[beginnings[t] & mask]
      this.prefix[t + 1] = this.prefix[t] + sum
      this.numbers[t + 1] = this.numbers[t] + (doc.tokens[t].kind === 'number' ? 1 : 0)
    }
    // Plain arrays: a document has a few dozen items per layer, and a typed array each would cost a native allocation.
    this.layers = LAYERS.map(({ of, at, hash }) => {
      const out: LayerItems = { starts: [], ends: [], weights: [] }
      for (const item of of(doc)) {
        const span = at(item)
        out.starts.push(span.start)
        out.ends.push(span.end)
        out.weights.push(this.weight(hash(item)))
      }
      return out
    })
  }

  /** The quantised weight of one feature. */
  private weight(hash: number): number {
    return this.weights[hash & this.mask]
  }

  logOdds(span: Span): number {
    const { hashes: h } = this
    const from = firstEndingAfter(this.doc.tokens, span.start)
    const to = firstStartingAtOrAfter(this.doc.tokens, span.end)
    const n = Math.max(0, to - from)
    // The features `spanFeatures` lists, with the n-grams of the span's first two tokens as the start cuts them.
    let sum = this.weight(SPAN_BIAS) + this.weight(mix(SPAN_LENGTH, Math.min(6, Math.floor(n / 5))))
    if (n > 0) {
      sum += this.prefix[to] - this.prefix[from] - this.weight(h.bigrams[from]) - this.weight(h.trigrams[from])
      sum += this.weight(mix(SPAN_BIGRAM, mix(0, h.words[from]))) + this.weight(mix(SPAN_FIRST, h.words[from]))
    }
    if (n > 1)
      sum +=
        this.weight(mix(SPAN_TRIGRAM, mix(0, mix(h.words[from], h.words[from + 1])))) -
        this.weight(h.trigrams[from + 1])
    // What the layers found inside the span, as `addWithin` lists it, and how many of each.
    const counts = this.counts
    for (let layer = 0; layer < this.layers.length; layer++) {
      const { starts, ends, weights } = this.layers[layer]
      let lo = 0
      let hi = starts.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (starts[mid] < span.start) lo = mid + 1
        else hi = mid
      }
      let count = 0
      for (let k = lo; k < starts.length && starts[k] < span.end; k++) {
        if (ends[k] > span.end) continue
        sum += weights[k]
        count++
      }
      counts[layer] = count
    }
    for (const feature of countFeatures(n > 0 ? this.numbers[to] - this.numbers[from] : 0, counts))
      sum += this.weight(feature)
    const { model } = this.model
    return sum * model.scale + model.scores.start[0] + model.scores.end[0]
  }
}

/** Token hashes of each document's tokens, computed once for all its sentences and quotes. */
const tokenHashes = new WeakMap<readonly unknown[], TokenHashes>()

const LAYER = { amount: 201, time: 202, mention: 203, event: 204, quote: 205 }

/** Log-odds that the words of `span` are a check-worthy factual claim. */
export function checkworthyLogOdds(model: CheckworthyModel, doc: CheckworthyLayers, span: Span): number {
  return classScores(model.model, checkworthyFeatures(doc, span))[0]
}

export function saveCheckworthyModel(
  path: string,
  { model, threshold }: CheckworthyModel,
  info: Record<string, unknown>,
): void {
  writeFileSync(
    path,
    encodeModel({
      header: {
        kind: 'checkworthy',
        labels: ['checkworthy'],
        buckets: CHECKWORTHY_BUCKETS,
        info: { ...info, threshold, features: CHECKWORTHY_FEATURES_VERSION },
      },
      chain: model,
    }),
  )
}

/** @throws ConfigError for a missing file or another feature version. */
export function loadCheckworthyModel(path: string): CheckworthyModel {
  if (!existsSync(path))
    throw new ConfigError(`the check-worthiness model ${path} is missing: run \`npm run train:checkworthy\``)
  const { header, chain } = decodeModel(readFileSync(path), path)
  if (header.kind !== 'checkworthy' || header.info.features !== CHECKWORTHY_FEATURES_VERSION) {
    throw new ConfigError(`${path} was trained with other features: run \`npm run train:checkworthy\``)
  }
  return { model: chain, threshold: header.info.threshold as number, source: path }
}

let shared: CheckworthyModel | undefined
/** The shipped model, loaded on first use. */
export function defaultCheckworthyModel(): CheckworthyModel {
  shared ??= loadCheckworthyModel(CHECKWORTHY_MODEL_PATH)
  return shared
}

/** Scores every sentence and every quote's content: probabilities rounded to three decimals. */
export function scoreCheckworthiness(
  doc: CheckworthyLayers & Pick<Doc, 'sentences'>,
  model: CheckworthyModel,
): Checkworthiness {
  const scorer = new SpanScorer(model, doc)
  const score = (span: Span) => Math.round(1000 / (1 + Math.exp(-scorer.logOdds(span)))) / 1000
  return { sentences: doc.sentences.map(score), quotes: doc.quotes.map((q) => score(q.content)) }
}

/** The check-worthiness stage. */
export const checkworthinessStage: Stage<'checkworthiness'> = {
  layer: 'checkworthiness',
  requires: ['tokens', 'sentences', 'mentions', 'amounts', 'times', 'events', 'quotes'],
  run: (doc) => scoreCheckworthiness(doc, defaultCheckworthyModel()),
}
