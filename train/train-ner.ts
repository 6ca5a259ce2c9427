// Trains the two-pass NER tagger on ../shared/data/conll2003/train.txt, reports F1 on valid.txt after each
// epoch, and writes models/ner.bin. Run: npm run train:ner  (options: --epochs N --folds K --prune SHARE --out FILE)
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readConll, type ConllDoc } from '../src/eval/conll.js'
import { scoreSpans } from '../src/eval/score-spans.js'
import type { CompiledChain } from '../src/model/linear-chain.js'
import { trainPerceptron, type Example } from '../src/model/train-perceptron.js'
import { BIO_CONSTRAINTS, LABELS, fromBio, toBio } from '../src/stages/mentions/bio.js'
import { defaultGazetteer } from '../src/stages/mentions/gazetteer.js'
import { buildDocContext, nerFeatures, sentenceWords, type DocContext } from '../src/stages/mentions/ner-features.js'
import { NER_MODEL_PATH, saveNerTagger } from '../src/stages/mentions/load-ner.js'
import { NER_BUCKETS, NerTagger, predictedTypes } from '../src/stages/mentions/ner-tagger.js'

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '7' },
    folds: { type: 'string', default: '5' },
    prune: { type: 'string', default: '0.002' },
    out: { type: 'string', default: NER_MODEL_PATH },
  },
})
const epochs = Number(values.epochs)
const folds = Number(values.folds)
const prune = Number(values.prune)
const DATA = new URL('../../shared/data/conll2003/', import.meta.url).pathname
if (!existsSync(DATA + 'train.txt')) {
  console.error(`../shared/data/conll2003/train.txt is absent: nothing to train on`)
  process.exit(1)
}
const train = readConll(DATA + 'train.txt')
const dev = readConll(DATA + 'valid.txt')
const gazetteer = defaultGazetteer()
const mask = NER_BUCKETS - 1
const options = { labels: LABELS.length, buckets: NER_BUCKETS, constraints: BIO_CONSTRAINTS, prune }

function examples(docs: ConllDoc[], contexts: DocContext[]): Example[] {
  return docs.flatMap((doc, d) =>
    doc.map((s) => ({ seq: nerFeatures(s.words, gazetteer, contexts[d], mask), gold: toBio(s.spans, s.words.length) })),
  )
}

const devGold = dev.flatMap((doc) => doc.map((s) => s.spans))
const devContexts = dev.map((doc) => buildDocContext(doc.map((s) => s.words)))

function devF1(tagger: NerTagger): number {
  return scoreSpans(
    devGold,
    dev.flatMap((doc) => tagger.tagDocument(doc.map((s) => s.words))),
  ).overall.f1
}

function firstPassDevF1(model: CompiledChain): number {
  return scoreSpans(devGold, tagFirst(model, dev, devContexts).flat()).overall.f1
}

function tagFirst(model: CompiledChain, docs: ConllDoc[], contexts: DocContext[]) {
  return docs.map((doc, d) => doc.map((s) => fromBio(model.tag(nerFeatures(s.words, gazetteer, contexts[d], mask)))))
}

let began = performance.now()
const trainContexts = train.map((doc) => buildDocContext(doc.map((s) => s.words)))
const firstExamples = examples(train, trainContexts)
const docOfExample = train.flatMap((doc, d) => doc.map(() => d))
console.log(`features: ${firstExamples.length} sentences in ${((performance.now() - began) / 1000).toFixed(1)} s`)

began = performance.now()
const first = trainPerceptron(firstExamples, {
  ...options,
  epochs,
  onEpoch: (epoch, model) => console.log(`first pass, epoch ${epoch}: dev F1 ${firstPassDevF1(model).toFixed(4)}`),
})
console.log(`first pass trained in ${((performance.now() - began) / 1000).toFixed(1)} s`)
// Jackknife: the second pass must learn from first-pass predictions as noisy as those it will see.
const predicted: Map<string, number>[] = new Array(train.length)
for (let k = 0; k < folds; k++) {
  const inFold = (d: number) => d % folds === k
  const model = trainPerceptron(
    firstExamples.filter((_, i) => !inFold(docOfExample[i])),
    { ...options, epochs },
  )
  train.forEach((doc, d) => {
    if (inFold(d))
      predicted[d] = predictedTypes(
        sentenceWords(
          doc.map((s) => s.words),
          mask,
        ),
        tagFirst(model, [doc], [trainContexts[d]])[0],
      )
  })
  console.log(`jackknife fold ${k + 1}/${folds} done`)
}
const secondContexts = trainContexts.map((c, d) => ({ ...c, predicted: predicted[d] }))
const second = trainPerceptron(examples(train, secondContexts), {
  ...options,
  epochs,
  onEpoch: (epoch, model) =>
    console.log(
      `second pass, epoch ${epoch}: dev F1 ${devF1(NerTagger.fromChains(first, model, gazetteer)).toFixed(4)}`,
    ),
})
const tagger = NerTagger.fromChains(first, second, gazetteer)
const f1 = devF1(tagger)
console.log(`final dev F1 ${f1.toFixed(4)}`)
saveNerTagger(values.out, tagger, { trainedOn: 'conll2003/train.txt', devF1: Number(f1.toFixed(4)), epochs, folds })
console.log(`wrote ${values.out}`)
