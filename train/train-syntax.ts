// Trains the part-of-speech tagger and the dependency parser on UD English EWT (../shared/data/ud-english-ewt,
// CC BY-SA 4.0) and writes models/syntax.bin. The parser learns on tags the tagger gave each sentence without
// having seen it (jackknifing over --folds parts of train), as it will meet them. Scores are printed for the
// first half of dev (tuned on), the second half (not tuned on) and the whole.
// Run: npm run train:syntax  (options: --tagger-epochs N --parser-epochs N --folds K --out FILE; --tagger-prune,
// --parser-prune, --label-prune SHARE; --from FILE scores and writes a trained model again instead of training)
import { existsSync, readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readConllu, type ConlluSentence } from '../src/eval/conllu.js'
import { evalParse, type ParseScores } from '../src/eval/eval-parse.js'
import { SYNTAX_MODEL_PATH, loadSyntaxModel, saveSyntaxModel } from '../src/stages/syntax/load-syntax.js'
import { SyntaxModel } from '../src/stages/syntax/syntax-model.js'
import { trainParser, type ParserExample } from './syntax/train-parser.js'
import { trainTagger } from './syntax/train-tagger.js'
import type { PosTagger } from '../src/stages/syntax/pos-tagger.js'
import { decodeBundle } from '../src/model/model-file.js'

const { values } = parseArgs({
  options: {
    'tagger-epochs': { type: 'string', default: '8' },
    'parser-epochs': { type: 'string', default: '15' },
    folds: { type: 'string', default: '4' },
    'tagger-prune': { type: 'string', default: '0.02' },
    'parser-prune': { type: 'string', default: '0.02' },
    'label-prune': { type: 'string', default: '0.04' },
    // Scores and writes an already trained model (--from FILE) instead of training.
    from: { type: 'string' },
    out: { type: 'string', default: SYNTAX_MODEL_PATH },
  },
})
const taggerEpochs = Number(values['tagger-epochs'])
const parserEpochs = Number(values['parser-epochs'])
const folds = Number(values.folds)
const DATA = new URL('../../shared/data/ud-english-ewt/', import.meta.url).pathname
if (!existsSync(`${DATA}en_ewt-ud-train.conllu`)) {
  console.error('../shared/data/ud-english-ewt/en_ewt-ud-train.conllu is absent: nothing to train on')
  process.exit(1)
}
const train = readConllu(`${DATA}en_ewt-ud-train.conllu`)
const dev = readConllu(`${DATA}en_ewt-ud-dev.conllu`)
const tuneDev = dev.slice(0, dev.length >> 1)
const heldDev = dev.slice(dev.length >> 1)
const sorted = (pick: (s: ConlluSentence) => string[]) => [...new Set(train.flatMap(pick))].sort()
const uposTags = sorted((s) => s.upos)
const xposTags = sorted((s) => s.xpos)
const deprels = sorted((s) => s.deprels)
const taggerOptions = { uposTags, xposTags, epochs: taggerEpochs }
const prunes = {
  tagger: Number(values['tagger-prune']),
  actions: Number(values['parser-prune']),
  labeller: Number(values['label-prune']),
}
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

function tagged(tagger: PosTagger | undefined, s: ConlluSentence): ParserExample {
  const tags = tagger?.tag(s.words)
  const id = (tags: readonly string[], t: string) => Math.max(0, tags.indexOf(t))
  return {
    words: s.words,
    upos: tags ? tags.upos.slice(0, s.words.length) : Int32Array.from(s.upos, (t) => id(uposTags, t)),
    xpos: tags ? tags.xpos.slice(0, s.words.length) : Int32Array.from(s.xpos, (t) => id(xposTags, t)),
    heads: s.heads,
    labels: Int32Array.from(s.deprels, (t) => id(deprels, t)),
  }
}

/** Trains the tagger, then the parser on jackknifed tags. */
function trainModel(): SyntaxModel {
  // Jackknifing: sentence i is tagged by a tagger trained on the folds without it.
  const examples: ParserExample[] = new Array(train.length)
  if (folds > 1) {
    for (let k = 0; k < folds; k++) {
      const tagger = trainTagger(
        train.filter((_, i) => i % folds !== k),
        taggerOptions,
      )
      train.forEach((s, i) => {
        if (i % folds === k) examples[i] = tagged(tagger, s)
      })
      console.log(`jackknife fold ${k + 1}/${folds} tagged (${elapsed()})`)
    }
  } else train.forEach((s, i) => (examples[i] = tagged(undefined, s)))

  // Rows of near-zero weights are dropped from the shipped models (not from the jackknifing taggers).
  const tagger = trainTagger(train, {
    ...taggerOptions,
    prune: prunes.tagger,
    onEpoch: (epoch, t) => {
      const right = tuneDev.reduce((sum, s) => {
        const tags = t.tag(s.words)
        return sum + s.upos.filter((u, i) => uposTags[tags.upos[i]] === u).length
      }, 0)
      const words = tuneDev.reduce((sum, s) => sum + s.words.length, 0)
      console.log(`tagger epoch ${epoch}: UPOS ${(right / words).toFixed(4)} on dev's first half (${elapsed()})`)
    },
  })
  const parser = trainParser(examples, {
    deprels,
    epochs: parserEpochs,
    prune: prunes.actions,
    labelPrune: prunes.labeller,
    onEpoch: (epoch, p) => {
      const s = evalParse(new SyntaxModel(tagger, p), tuneDev)
      console.log(
        `parser epoch ${epoch}: UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} on dev's first half (${elapsed()})`,
      )
    },
  })
  return new SyntaxModel(tagger, parser)
}

const trainedWith = values.from
  ? readTrainedWith(values.from)
  : { data: 'UD English EWT (train), CC BY-SA 4.0', taggerEpochs, parserEpochs, folds }

/** What the header of the model in `path` says of it. */
function readInfo(path: string): Record<string, unknown> {
  return decodeBundle(readFileSync(path), path).header.info
}

/** How the model in `path` was trained, from its header. */
function readTrainedWith(path: string): Record<string, unknown> {
  const info = readInfo(path)
  const { data, taggerEpochs, parserEpochs, folds } = info
  return (info.trainedWith as Record<string, unknown> | undefined) ?? { data, taggerEpochs, parserEpochs, folds }
}
const model = values.from ? loadSyntaxModel(values.from) : trainModel()
const round = (s: ParseScores) => ({
  ...s,
  upos: +s.upos.toFixed(4),
  xpos: +s.xpos.toFixed(4),
  uas: +s.uas.toFixed(4),
  las: +s.las.toFixed(4),
  lasFull: +s.lasFull.toFixed(4),
})
const scores = {
  devFirstHalf: round(evalParse(model, tuneDev)),
  devSecondHalf: round(evalParse(model, heldDev)),
  dev: round(evalParse(model, dev)),
}
const prunedWith = values.from ? readInfo(values.from).prunes : prunes
saveSyntaxModel(values.out, model, { trainedWith, prunes: prunedWith, scores })
const loadStarted = performance.now()
loadSyntaxModel(values.out)
const loadMs = performance.now() - loadStarted
console.log(JSON.stringify(scores, null, 1))
console.log(
  `wrote ${values.out}: ${(statSync(values.out).size / 1e6).toFixed(1)} MB, ` +
    `loads in ${loadMs.toFixed(0)} ms (${elapsed()})`,
)
