import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

const UNDATED =
  'Police seized the ledgers in 2008. The mayor will visit Lyon on Tuesday. Troops attacked the town last month. ' +
  'Police arrested the mayor on March 3, 2016. "We decide tomorrow," the mayor said yesterday.'

test('times/no-anchor: an undated article keeps relative times without a value, absolute ones with theirs', () => {
  const analysis = analyze(UNDATED)
  assertValidAnalysis(analysis)
  const times = analysis.times.map((t) => `${t.text}=${t.value ?? `(${t.anchor})`}`)
  assert.deepEqual(times, [
    '2008=2008',
    'Tuesday=(unknown)',
    'last month=(unknown)',
    'March 3, 2016=2016-03-03',
    'tomorrow=(unknown)',
    'yesterday=(unknown)',
  ])
  const notes = analysis.messages?.filter((m) => m.ruleId === 'times/no-anchor') ?? []
  assert.equal(notes.length, 1)
  assert.equal(notes[0].severity, 'info')
})

test('times/no-anchor: events and quotes of an undated article carry only the dates the text writes', () => {
  const analysis = analyze(UNDATED)
  const dates = analysis.events.map((e) => `${e.trigger.text}=${e.date ?? '-'}`)
  assert.ok(dates.includes('seized=2008'), dates.join(', '))
  assert.ok(dates.includes('visit=-'), dates.join(', '))
  assert.ok(dates.includes('attacked=-'), dates.join(', '))
  assert.ok(dates.includes('arrested=2016-03-03'), dates.join(', '))
  assert.ok(
    analysis.events.every((e) => e.date === undefined || /^20(?:08|16)/.test(e.date)),
    dates.join(', '),
  )
  assert.ok(analysis.quotes.every((q) => q.date === undefined))
})

test('a dateline that writes its year anchors an undated article; one without a year does not', () => {
  const dated = analyze('KYIV, Feb 23, 2022 (Newsgraph) - Drones struck the port on Tuesday.')
  assert.deepEqual(
    dated.times.map((t) => `${t.text}=${t.value}`),
    ['Feb 23, 2022=2022-02-23', 'Tuesday=2022-02-22'],
  )
  assert.ok(dated.messages?.some((m) => m.ruleId === 'times/dateline-anchor'))
  const yearless = analyze('KYIV, Feb 23 (Newsgraph) - Drones struck the port on Tuesday.')
  assert.deepEqual(
    yearless.times.map((t) => t.value ?? t.anchor),
    ['unknown', 'unknown'],
  )
})

test('a publication date anchors as before and raises no message', () => {
  const analysis = analyze('The mayor will visit the plant on Tuesday.', { published: '2016-11-06' })
  assert.deepEqual(
    analysis.times.map((t) => t.value),
    ['2016-11-08'],
  )
  assert.ok(!analysis.messages?.some((m) => m.ruleId.startsWith('times/')))
})
