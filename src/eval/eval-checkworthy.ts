import { readFileSync } from 'node:fs'
import { trainLogistic } from '../model/train-logistic.js'
import {
  CHECKWORTHY_BUCKETS,
  checkworthyFeatures,
  checkworthyLogOdds,
  type CheckworthyModel,
} from '../stages/claims/checkworthiness.js'
import { classScores } from '../model/classifier.js'
import { analyzeDoc } from '../pipeline/analyze.js'
import { createPipeline } from '../pipeline/create-pipeline.js'
import { defaultStages } from '../pipeline/default.js'
import { AppError } from '../errors.js'
import { fromPR, type BinaryScores } from './score-spans.js'

/** One labelled sentence (ClaimBuster's `train.json` shape: label 1 = check-worthy). */
export interface LabelledSentence {
  text: string
  label: 0 | 1
}

/** Reads a JSON array of `{text, label}`. @throws InputError when the file is not such an array. */
export function readClaimbuster(path: string): LabelledSentence[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new AppError('invalid_input', `${path} is not JSON: ${(error as Error).message}`)
  }
  if (!Array.isArray(data)) throw new AppError('invalid_input', `${path} must hold a JSON array of {text, label}`)
  return data.map((d, i) => {
    if (typeof d?.text !== 'string' || (d.label !== 0 && d.label !== 1))
      throw new AppError('invalid_input', `${path}[${i}] needs a string "text" and a "label" of 0 or 1`)
    return { text: d.text, label: d.label }
  })
}

/** Training settings chosen by cross-validation on ClaimBuster (5 folds). */
export const CHECKWORTHY_TRAINING = { buckets: CHECKWORTHY_BUCKETS, epochs: 12, l2: 1e-5, rate: 0.03 }

/** Every stage the check-worthiness stage reads, and not that stage itself (whose model may be the one in training). */
const beforeCheckworthiness = createPipeline(defaultStages.filter((stage) => stage.layer !== 'checkworthiness'))

/** Each sentence analysed on its own, as the stage sees a sentence of an article. */
function analyzed(items: readonly LabelledSentence[]) {
  return items.map((d) => analyzeDoc(d.text, {}, { pipeline: beforeCheckworthiness }))
}

function featurize(items: readonly LabelledSentence[], docs = analyzed(items)) {
  return items.map((d, i) => ({ ids: checkworthyFeatures(docs[i], whole(docs[i])), label: d.label }))
}

const whole = (doc: { text: string }) => ({ start: 0, end: doc.text.length })

function score(pairs: readonly (readonly [number, number])[], threshold: number): BinaryScores {
  let tp = 0,
    fp = 0,
    fn = 0
  for (const [logOdds, label] of pairs) {
    const predicted = logOdds > threshold
    if (predicted && label) tp++
    else if (predicted) fp++
    else if (label) fn++
  }
  return fromPR(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0)
}

/** Scores a trained model on labelled sentences at its own threshold. */
export function evalCheckworthy(items: readonly LabelledSentence[], model: CheckworthyModel): BinaryScores {
  return score(
    analyzed(items).map((doc, i) => [checkworthyLogOdds(model, doc, whole(doc)), items[i].label] as const),
    model.threshold,
  )
}

/**
 * K-fold cross-validation (fold = index mod K): trains on K−1 folds, scores the held-out one, pools the
 * predictions, and picks the log-odds threshold that maximises pooled F1 (the threshold the shipped model uses).
 */
export function crossValidateCheckworthy(
  items: readonly LabelledSentence[],
  folds: number,
): BinaryScores & { threshold: number } {
  const examples = featurize(items)
  const pairs: [number, number][] = []
  for (let f = 0; f < folds; f++) {
    const model = trainLogistic(
      examples.filter((_, i) => i % folds !== f),
      CHECKWORTHY_TRAINING,
    )
    examples.forEach((e, i) => {
      if (i % folds === f) pairs.push([classScores(model, e.ids)[0], e.label])
    })
  }
  let best = { ...score(pairs, 0), threshold: 0 }
  for (let t = -2; t <= 2; t += 0.05) {
    const s = score(pairs, t)
    if (s.f1 > best.f1) best = { ...s, threshold: Math.round(t * 100) / 100 }
  }
  return best
}

/** Trains the shipped model on all items at a given threshold. */
export function trainCheckworthy(items: readonly LabelledSentence[], threshold: number): CheckworthyModel {
  return { model: trainLogistic(featurize(items), CHECKWORTHY_TRAINING), threshold }
}
