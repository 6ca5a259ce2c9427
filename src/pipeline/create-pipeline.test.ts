import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc } from './create-doc.js'
import { ConfigError } from '../errors.js'
import { splitSentencesStage } from '../stages/text/split-sentences.js'
import { tokenizeStage } from '../stages/text/tokenize.js'
import { createPipeline } from './create-pipeline.js'
import { defaultStages } from './default.js'

test('refuses a stage whose required layer no earlier stage adds', () => {
  assert.throws(
    () => createPipeline([tokenizeStage, splitSentencesStage]),
    (error: Error) => error instanceof ConfigError && /stage "sentences" requires "paragraphs"/.test(error.message),
  )
})

test('refuses two stages that add the same layer', () => {
  assert.throws(() => createPipeline([tokenizeStage, tokenizeStage]), /two stages both add the layer "tokens"/)
})

test('stores each stage’s layer and records its time', () => {
  const timings: Record<string, number> = {}
  const doc = createPipeline(defaultStages).run(createDoc('One. Two.'), { timings })
  assert.equal(doc.sentences.length, 2)
  assert.deepEqual(Object.keys(timings).sort(), defaultStages.map((s) => s.layer).sort())
})

test('collects the messages stages report', () => {
  const doc = createPipeline(defaultStages).run(createDoc('He said “yes and left.'))
  assert.ok(doc.messages.some((m) => m.ruleId === 'quotations/unclosed'))
})
