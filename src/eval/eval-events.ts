import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../errors.js'
import { decodeModel, encodeModel } from '../model/model-file.js'
import type { Analysis } from '../doc/analysis.js'
import { hashString, mix } from '../model/hash.js'
import { classify, trainClassifier } from '../model/classifier.js'
import type { CompiledChain } from '../model/linear-chain.js'
import { analyze } from '../pipeline/analyze.js'
import { sentenceFeatures } from '../stages/claims/sentence-features.js'
import { tokenize } from '../stages/text/tokenize.js'
import type { ActorRole, QuadSentence, RoleSentence } from './conflibert.js'
import { fromPR, type BinaryScores } from './score-spans.js'

/** Hash buckets of the sentence quad model. */
export const QUAD_BUCKETS = 1 << 19
/** Bumped whenever `quadFeatures` changes. */
export const QUAD_FEATURES_VERSION = 1
/** Training settings chosen by cross-validation on ConfliBERT train (5 folds). */
export const QUAD_TRAINING = { labels: 5, buckets: QUAD_BUCKETS, epochs: 10 }

/** Quad accuracy and macro F1 over the five classes 0–4. */
export interface QuadScores {
  accuracy: number
  macroF1: number
  /** F1 of each class 0–4. */
  byClass: number[]
}

/**
 * The sentence's most salient event: the first asserted one, else the first reported or future one; a
 * hypothetical event ("is considering sending aid") has not happened, and alone leaves the sentence eventless.
 */
export function salientEvent(analysis: Analysis): Analysis['events'][number] | undefined {
  return (
    analysis.events.find((e) => e.modality === 'asserted') ?? analysis.events.find((e) => e.modality !== 'hypothetical')
  )
}

/** The event whose arguments a sentence's actor spans mark: the first asserted one, else the first, whatever its modality. */
function mainEvent(analysis: Analysis): Analysis['events'][number] | undefined {
  return analysis.events.find((e) => e.modality === 'asserted') ?? analysis.events[0]
}

/** Analyses one sentence the way the evaluation reads it (no publication date: dates do not matter here). */
function analyzeSentence(text: string): Analysis {
  return analyze(text)
}

/**
 * Features of a sentence for the quad model: its words (as for check-worthiness) plus what the rule-based
 * event coder found in it (types, quads, modalities), so that the model learns when to trust the rules.
 */
export function quadFeatures(text: string, analysis: Analysis = analyzeSentence(text)): Int32Array {
  const extra: number[] = []
  if (analysis.events.length === 0) extra.push(hashString('events:none'))
  for (const e of analysis.events) {
    extra.push(
      mix(hashString('event:type'), hashString(e.type)),
      mix(hashString('event:quad'), e.quad),
      mix(hashString('event:modality'), hashString(`${e.type}/${e.modality}`)),
    )
  }
  const salient = mainEvent(analysis)
  if (salient) extra.push(mix(hashString('event:salient'), hashString(salient.type)))
  return sentenceFeatures(text, tokenize(text), QUAD_BUCKETS - 1, extra)
}

export function scoreQuads(gold: readonly number[], predicted: readonly number[]): QuadScores {
  const confusion = Array.from({ length: 5 }, () => new Array<number>(5).fill(0))
  gold.forEach((g, i) => confusion[g][predicted[i]]++)
  const byClass = confusion.map((row, c) => {
    const tp = row[c]
    const predictedC = confusion.reduce((sum, r) => sum + r[c], 0)
    const goldC = row.reduce((a, b) => a + b, 0)
    const p = predictedC ? tp / predictedC : 0
    const r = goldC ? tp / goldC : 0
    return fromPR(p, r).f1
  })
  const correct = confusion.reduce((sum, row, c) => sum + row[c], 0)
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: byClass.reduce((a, b) => a + b, 0) / 5, byClass }
}

/** Quads from the rule-based coder alone: the quad of the salient event. */
export function ruleQuads(items: readonly QuadSentence[]): number[] {
  return items.map((d) => salientEvent(analyzeSentence(d.text))?.quad ?? 0)
}

/** Trains the quad model on labelled sentences. */
export function trainQuadModel(
  items: readonly QuadSentence[],
  features = items.map((d) => quadFeatures(d.text)),
): CompiledChain {
  return trainClassifier(
    items.map((d, i) => ({ ids: features[i], label: d.quad })),
    QUAD_TRAINING,
  )
}

/** Quads predicted by a trained model. */
export function modelQuads(items: readonly QuadSentence[], model: CompiledChain): number[] {
  return items.map((d) => classify(model, quadFeatures(d.text)))
}

/** K-fold cross-validated predictions of the quad model (fold = index mod K). */
export function crossValidateQuads(items: readonly QuadSentence[], folds: number): number[] {
  const features = items.map((d) => quadFeatures(d.text))
  const predicted = new Array<number>(items.length).fill(0)
  for (let f = 0; f < folds; f++) {
    const train = items.filter((_, i) => i % folds !== f)
    const model = trainQuadModel(
      train,
      features.filter((_, i) => i % folds !== f),
    )
    items.forEach((_, i) => {
      if (i % folds === f) predicted[i] = classify(model, features[i])
    })
  }
  return predicted
}

/**
 * Actor-span scores of the rule-based coder: each sentence (its words joined by spaces) is analysed, and its
 * salient event's actor words become S spans, its recipients' T spans; a meeting whose parties are all actors
 * gives R spans. Exact token spans; `overlap` counts a span that shares a word with a gold span of its role.
 */
export function scoreRoleSpans(sentences: readonly RoleSentence[]): {
  exact: Record<ActorRole, BinaryScores>
  overlap: Record<ActorRole, BinaryScores>
} {
  const roles: ActorRole[] = ['S', 'T', 'R']
  const counts = Object.fromEntries(
    roles.map((r) => [r, { gold: 0, predicted: 0, exact: 0, overlapP: 0, overlapR: 0 }]),
  ) as Record<ActorRole, { gold: number; predicted: number; exact: number; overlapP: number; overlapR: number }>
  for (const sentence of sentences) {
    const offsets: number[] = []
    let at = 0
    for (const w of sentence.words) {
      offsets.push(at)
      at += w.length + 1
    }
    const text = sentence.words.join(' ')
    const wordAt = (char: number) => {
      let lo = 0
      while (lo + 1 < offsets.length && offsets[lo + 1] <= char) lo++
      return lo
    }
    const toWords = (span: { start: number; end: number }) => ({
      start: wordAt(span.start),
      end: wordAt(span.end - 1) + 1,
    })
    const predicted: { start: number; end: number; role: ActorRole }[] = []
    const event = mainEvent(analyzeSentence(text))
    if (event) {
      const reciprocal =
        (event.recipientSpans ?? []).length === 0 &&
        (event.actorSpans ?? []).length > 1 &&
        (event.type === 'CONSULT' || event.type === 'COOPERATE' || event.type === 'AGREE')
      for (const a of event.actorSpans ?? []) predicted.push({ ...toWords(a), role: reciprocal ? 'R' : 'S' })
      for (const r of event.recipientSpans ?? []) predicted.push({ ...toWords(r), role: 'T' })
    }
    for (const role of roles) {
      const gold = sentence.spans.filter((s) => s.role === role)
      const mine = predicted.filter((s) => s.role === role)
      const c = counts[role]
      c.gold += gold.length
      c.predicted += mine.length
      c.exact += mine.filter((m) => gold.some((g) => g.start === m.start && g.end === m.end)).length
      c.overlapP += mine.filter((m) => gold.some((g) => g.start < m.end && m.start < g.end)).length
      c.overlapR += gold.filter((g) => mine.some((m) => g.start < m.end && m.start < g.end)).length
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0)
  return {
    exact: Object.fromEntries(
      roles.map((r) => [
        r,
        fromPR(ratio(counts[r].exact, counts[r].predicted), ratio(counts[r].exact, counts[r].gold)),
      ]),
    ) as Record<ActorRole, BinaryScores>,
    overlap: Object.fromEntries(
      roles.map((r) => [
        r,
        fromPR(ratio(counts[r].overlapP, counts[r].predicted), ratio(counts[r].overlapR, counts[r].gold)),
      ]),
    ) as Record<ActorRole, BinaryScores>,
  }
}

/** Where the shipped quad model lives. */
export const QUAD_MODEL_PATH = fileURLToPath(new URL('../../models/event-quad.bin', import.meta.url))

export function saveQuadModel(path: string, model: CompiledChain, info: Record<string, unknown>): void {
  writeFileSync(
    path,
    encodeModel({
      header: {
        kind: 'event-quad',
        labels: ['0', '1', '2', '3', '4'],
        buckets: QUAD_BUCKETS,
        info: { ...info, features: QUAD_FEATURES_VERSION },
      },
      chain: model,
    }),
  )
}

/** @throws ConfigError for a missing file or another feature version. */
export function loadQuadModel(path = QUAD_MODEL_PATH): CompiledChain {
  if (!existsSync(path)) throw new ConfigError(`the event quad model ${path} is missing: run \`npm run train:events\``)
  const { header, chain } = decodeModel(readFileSync(path), path)
  if (header.kind !== 'event-quad' || header.info.features !== QUAD_FEATURES_VERSION)
    throw new ConfigError(`${path} was trained with other features: run \`npm run train:events\``)
  return chain
}
