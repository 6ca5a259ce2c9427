// Dates and amounts on data in ../shared: the seed story, and floors on TempEval-3 (AQUAINT, the part tuned on).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { evalTime } from '../src/eval/eval-time.js'
import { readTimeml } from '../src/eval/timeml.js'
import { analyze } from '../src/index.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'

test('the seed story’s dates and amounts resolve against 2025-02-23', { skip: skipWithoutShared(SEED) }, () => {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const value = (text: string) => analysis.times.find((t) => t.text === text)?.value
  assert.equal(value('Sunday'), '2025-02-23')
  assert.equal(value('Monday'), '2025-02-24')
  assert.equal(value('this week'), '2025-W09')
  const money = analysis.amounts.find((a) => a.kind === 'money')
  assert.deepEqual([money?.value, money?.unit], [5e11, 'USD'])
  const drones = analysis.amounts.find((a) => a.of === 'drone attacks')
  assert.equal(drones?.value, 267)
})

test('TempEval-3 AQUAINT relaxed F1 and value F1 stay above their floors', {
  skip: skipWithoutShared('data/tempeval3/TBAQ-cleaned/AQUAINT'),
}, () => {
  const score = evalTime(readTimeml(SHARED_DIR + 'data/tempeval3/TBAQ-cleaned/AQUAINT'))
  assert.ok(score.relaxed.f1 >= 0.87, `relaxed F1 ${score.relaxed.f1.toFixed(3)}`)
  assert.ok(score.value.f1 >= 0.7, `value F1 ${score.value.f1.toFixed(3)}`)
})
