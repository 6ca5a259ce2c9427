// Cost of the text layers on inputs built to be slow (issue 22, D3): it must grow linearly with the input.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc } from '../../pipeline/create-doc.js'
import { createPipeline } from '../../pipeline/create-pipeline.js'
import { growthRatio } from '../../test-support/growth.js'
import { findTimes } from '../times/find-times.js'
import { findStructureStage } from './find-structure.js'
import { pairQuoteMarksStage } from './pair-quote-marks.js'
import { splitParagraphsStage } from './split-paragraphs.js'
import { splitSentencesStage } from './split-sentences.js'
import { tokenizeStage } from './tokenize.js'

const textLayers = createPipeline([
  splitParagraphsStage,
  findStructureStage,
  tokenizeStage,
  pairQuoteMarksStage,
  splitSentencesStage,
])
const runText = (text: string) => textLayers.run(createDoc(text, {}, Number.POSITIVE_INFINITY))

test('nested quotation marks cost linear time in their number (40,000 pairs took 96 s)', { timeout: 300_000 }, () => {
  const nested = (n: number) => `${'“'.repeat(n)}Yes${'”'.repeat(n)} he said.`
  const ratio = growthRatio((n) => runText(nested(n)), 16_000)
  assert.ok(ratio < 16, `8× the nested pairs cost ${ratio.toFixed(1)}× the time`)
  const doc = runText(nested(3))
  assert.equal(doc.quotations.length, 3)
  assert.deepEqual(
    doc.quotations.map((q) => q.depth),
    [0, 1, 2],
  )
})

test('many short lines cost linear time in their number (80,000 lines took 61 s)', { timeout: 300_000 }, () => {
  const lines = (n: number) => Array.from({ length: n }, (_, k) => `Line ${k} here`).join('\n')
  const ratio = growthRatio((n) => runText(lines(n)), 20_000)
  assert.ok(ratio < 16, `8× the lines cost ${ratio.toFixed(1)}× the time`)
})

test('open single marks never closed do not slow the closing double marks', { timeout: 300_000 }, () => {
  const singles = (n: number) => `“${Array.from({ length: n }, () => '‘a').join(' ')} ${'” '.repeat(n)}`
  const ratio = growthRatio((n) => runText(singles(n)), 16_000)
  assert.ok(ratio < 16, `8× the marks cost ${ratio.toFixed(1)}× the time`)
})

test('many time expressions cost linear time in their number', { timeout: 300_000 }, () => {
  const weekdays = (n: number) => Array.from({ length: n }, () => 'Monday').join(' ')
  const ratio = growthRatio((n) => {
    const text = weekdays(n)
    findTimes(text, [{ start: 0, end: text.length, paragraph: 0 }], new Date('2025-02-23'))
  }, 10_000)
  assert.ok(ratio < 16, `8× the weekdays cost ${ratio.toFixed(1)}× the time`)
})
