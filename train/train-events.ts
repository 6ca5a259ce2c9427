// Trains the sentence quad model on ../shared/data/events/conflibert_cameo (cameo_class/train.tsv), reports
// cross-validated scores, and writes models/event-quad.bin. Run: npm run train:events  (option: --folds K)
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readQuadSentences } from '../src/eval/conflibert.js'
import {
  QUAD_MODEL_PATH,
  crossValidateQuads,
  saveQuadModel,
  scoreQuads,
  trainQuadModel,
} from '../src/eval/eval-events.js'

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' } } })
const folds = Number(values.folds)
const DIR = new URL('../../shared/data/events/conflibert_cameo', import.meta.url).pathname
if (!existsSync(`${DIR}/cameo_class/train.tsv`)) {
  console.error('../shared/data/events/conflibert_cameo/cameo_class/train.tsv is absent: nothing to train on')
  process.exit(1)
}
const items = readQuadSentences(DIR, 'train')
const cv = scoreQuads(
  items.map((d) => d.quad),
  crossValidateQuads(items, folds),
)
console.log(`${folds}-fold cross-validation: accuracy ${cv.accuracy.toFixed(3)}, macro F1 ${cv.macroF1.toFixed(3)}`)
saveQuadModel(QUAD_MODEL_PATH, trainQuadModel(items), {
  data: 'conflibert_cameo/cameo_class/train.tsv',
  cv: { folds, accuracy: cv.accuracy, macroF1: cv.macroF1 },
})
console.log(`wrote ${QUAD_MODEL_PATH}`)
