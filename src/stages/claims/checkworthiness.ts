import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { firstEndingAfter, firstStartingAtOrAfter } from '../../doc/span.js'
import type { Checkworthiness, Doc, Span, Token } from '../../doc/types.js'
import { ConfigError } from '../../errors.js'
import { classScores } from '../../model/classifier.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { decodeModel, encodeModel } from '../../model/model-file.js'
import type { Stage } from '../../pipeline/stage.js'
import { sentenceFeatures } from './sentence-features.js'

/** Hash buckets of the check-worthiness model. */
export const CHECKWORTHY_BUCKETS = 1 << 20
/** Bumped whenever `sentenceFeatures` changes, so that a stale model is refused. */
export const CHECKWORTHY_FEATURES_VERSION = 1
/** Where the shipped model lives. */
export const CHECKWORTHY_MODEL_PATH = fileURLToPath(new URL('../../../models/checkworthy.bin', import.meta.url))

/** A trained check-worthiness model: log-odds from sentence features, and the decision threshold tuned by cross-validation. */
export interface CheckworthyModel {
  model: CompiledChain
  /** Log-odds above which a sentence counts as check-worthy. */
  threshold: number
}

/** The features of the words `tokens` of `text`. */
export function checkworthyFeatures(text: string, tokens: readonly Token[]): Int32Array {
  return sentenceFeatures(text, tokens, CHECKWORTHY_BUCKETS - 1)
}

/** Log-odds that the words are a check-worthy factual claim. */
export function checkworthyLogOdds(model: CheckworthyModel, text: string, tokens: readonly Token[]): number {
  return classScores(model.model, checkworthyFeatures(text, tokens))[0]
}

/** Probability (0–1) that the words are a check-worthy factual claim. */
export function checkworthyScore(model: CheckworthyModel, text: string, tokens: readonly Token[]): number {
  return 1 / (1 + Math.exp(-checkworthyLogOdds(model, text, tokens)))
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

/** Scores every sentence and every quote's content (rounded to three decimals). */
export function scoreCheckworthiness(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'quotes'>, model: CheckworthyModel): Checkworthiness {
  const score = (span: Span) => {
    const tokens = doc.tokens.slice(firstEndingAfter(doc.tokens, span.start), firstStartingAtOrAfter(doc.tokens, span.end))
    return Math.round(checkworthyScore(model, doc.text, tokens) * 1000) / 1000
  }
  return { sentences: doc.sentences.map(score), quotes: doc.quotes.map((q) => score(q.content)) }
}

/** The check-worthiness stage. */
export const checkworthinessStage: Stage<'checkworthiness'> = {
  layer: 'checkworthiness',
  requires: ['tokens', 'sentences', 'quotes'],
  run: (doc) => scoreCheckworthiness(doc, defaultCheckworthyModel()),
}
