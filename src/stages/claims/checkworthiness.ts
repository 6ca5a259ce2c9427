import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { firstEndingAfter, firstStartingAtOrAfter } from '../../doc/span.js'
import type { Checkworthiness, Doc, Span } from '../../doc/types.js'
import { hashString, mix } from '../../model/hash.js'
import { ConfigError } from '../../errors.js'
import { classScores } from '../../model/classifier.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { decodeModel, encodeModel } from '../../model/model-file.js'
import type { Stage } from '../../pipeline/stage.js'
import { hashTokens, spanFeatures, type TokenHashes } from './sentence-features.js'

/** Hash buckets of the check-worthiness model. */
export const CHECKWORTHY_BUCKETS = 1 << 20
/** Bumped whenever `sentenceFeatures` changes, so that a stale model is refused. */
export const CHECKWORTHY_FEATURES_VERSION = 2
/** Where the shipped model lives. */
export const CHECKWORTHY_MODEL_PATH = fileURLToPath(new URL('../../../models/checkworthy.bin', import.meta.url))

/** A trained check-worthiness model: log-odds from sentence features, and the decision threshold tuned by cross-validation. */
export interface CheckworthyModel {
  model: CompiledChain
  /** Log-odds above which a sentence counts as check-worthy. */
  threshold: number
}

/** The layers whose findings inside a span say something of its check-worthiness. */
export type CheckworthyLayers = Pick<Doc, 'text' | 'tokens' | 'mentions' | 'amounts' | 'times' | 'events' | 'quotes'>

/**
 * Adds `hash(item)` to `out` for the items of a list sorted by start that lie within `span`: a binary search, so
 * long articles stay linear.
 */
function addWithin<T>(out: number[], list: readonly T[], span: Span, at: (item: T) => Span, hash: (item: T) => number): void {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (at(list[mid]).start < span.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < list.length && at(list[k]).start < span.end; k++) if (at(list[k]).end <= span.end) out.push(hash(list[k]))
}

const self = (x: Span) => x

/**
 * The features of the words of `span`: its n-grams, plus what the earlier stages found in it (amounts, time
 * expressions, kinds of names, event types, quotes): a statistic, a date and a named actor make a claim checkable.
 */
export function checkworthyFeatures(doc: CheckworthyLayers, span: Span): Int32Array {
  let hashes = tokenHashes.get(doc.tokens)
  if (!hashes) {
    hashes = hashTokens(doc.text, doc.tokens)
    tokenHashes.set(doc.tokens, hashes)
  }
  const extra: number[] = []
  addWithin(extra, doc.amounts, span, self, (a) => mix(LAYER.amount, hashString(a.kind)))
  addWithin(extra, doc.times, span, self, (t) => mix(LAYER.time, hashString(t.type)))
  addWithin(extra, doc.mentions, span, self, (m) => mix(LAYER.mention, hashString(m.label)))
  addWithin(extra, doc.events, span, (e) => e.trigger, (e) => mix(LAYER.event, hashString(e.type)))
  addWithin(extra, doc.quotes, span, (q) => q.content, (q) => mix(LAYER.quote, hashString(q.kind)))
  return spanFeatures(hashes, firstEndingAfter(doc.tokens, span.start), firstStartingAtOrAfter(doc.tokens, span.end), CHECKWORTHY_BUCKETS - 1, extra)
}

/** Token hashes of each document's tokens, computed once for all its sentences and quotes. */
const tokenHashes = new WeakMap<readonly unknown[], TokenHashes>()

const LAYER = { amount: 201, time: 202, mention: 203, event: 204, quote: 205 }

/** Log-odds that the words of `span` are a check-worthy factual claim. */
export function checkworthyLogOdds(model: CheckworthyModel, doc: CheckworthyLayers, span: Span): number {
  return classScores(model.model, checkworthyFeatures(doc, span))[0]
}

export function saveCheckworthyModel(path: string, { model, threshold }: CheckworthyModel, info: Record<string, unknown>): void {
  writeFileSync(path, encodeModel({ header: { kind: 'checkworthy', labels: ['checkworthy'], buckets: CHECKWORTHY_BUCKETS, info: { ...info, threshold, features: CHECKWORTHY_FEATURES_VERSION } }, chain: model }))
}

/** @throws ConfigError for a missing file or another feature version. */
export function loadCheckworthyModel(path: string): CheckworthyModel {
  if (!existsSync(path)) throw new ConfigError(`the check-worthiness model ${path} is missing: run \`npm run train:checkworthy\``)
  const { header, chain } = decodeModel(readFileSync(path), path)
  if (header.kind !== 'checkworthy' || header.info.features !== CHECKWORTHY_FEATURES_VERSION) {
    throw new ConfigError(`${path} was trained with other features: run \`npm run train:checkworthy\``)
  }
  return { model: chain, threshold: header.info.threshold as number }
}

let shared: CheckworthyModel | undefined
/** The shipped model, loaded on first use. */
export function defaultCheckworthyModel(): CheckworthyModel {
  shared ??= loadCheckworthyModel(CHECKWORTHY_MODEL_PATH)
  return shared
}

/** Scores every sentence and every quote's content: probabilities rounded to three decimals. */
export function scoreCheckworthiness(doc: CheckworthyLayers & Pick<Doc, 'sentences'>, model: CheckworthyModel): Checkworthiness {
  const score = (span: Span) => Math.round(1000 / (1 + Math.exp(-checkworthyLogOdds(model, doc, span)))) / 1000
  return { sentences: doc.sentences.map(score), quotes: doc.quotes.map((q) => score(q.content)) }
}

/** The check-worthiness stage. */
export const checkworthinessStage: Stage<'checkworthiness'> = {
  layer: 'checkworthiness',
  requires: ['tokens', 'sentences', 'mentions', 'amounts', 'times', 'events', 'quotes'],
  run: (doc) => scoreCheckworthiness(doc, defaultCheckworthyModel()),
}
