// Trains the check-worthiness model on ../shared/data/claimbuster/train.json: picks the decision threshold by
// cross-validation, reports the cross-validated scores, and writes models/checkworthy.bin.
// Run: npm run train:checkworthy  (option: --folds K)
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { crossValidateCheckworthy, readClaimbuster, trainCheckworthy } from '../src/eval/eval-checkworthy.js'
import { CHECKWORTHY_MODEL_PATH, saveCheckworthyModel } from '../src/stages/claims/checkworthiness.js'

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' } } })
const folds = Number(values.folds)
const FILE = new URL('../../shared/data/claimbuster/train.json', import.meta.url).pathname
if (!existsSync(FILE)) {
  console.error('../shared/data/claimbuster/train.json is absent: nothing to train on')
  process.exit(1)
}
const items = readClaimbuster(FILE)
const cv = crossValidateCheckworthy(items, folds)
console.log(
  `${folds}-fold cross-validation: P ${cv.p.toFixed(3)} R ${cv.r.toFixed(3)} F1 ${cv.f1.toFixed(3)} at log-odds > ${cv.threshold}`,
)
saveCheckworthyModel(CHECKWORTHY_MODEL_PATH, trainCheckworthy(items, cv.threshold), {
  data: 'claimbuster/train.json',
  cv: { folds, p: cv.p, r: cv.r, f1: cv.f1 },
})
console.log(`wrote ${CHECKWORTHY_MODEL_PATH}`)
