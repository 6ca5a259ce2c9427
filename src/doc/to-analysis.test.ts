import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../pipeline/analyze.js'
import { assertValidAnalysis } from '../test-support/check-analysis.js'
import type { Analysis } from './analysis.js'

// An article written for this test: names, quotes, a disputed claim, events, times, amounts and places.
const ARTICLE = [
  'Valdorian minister falsely claimed the harbour was closed',
  '',
  'LISBON, March 4, 2025 (Reuters) - Valdorian Defence Minister Ana Ruiz falsely claimed on Tuesday that the ' +
    'harbour had been closed for three weeks, officials in Lisbon said.',
  '',
  '"We will not pay $40 million for repairs," Ruiz told reporters in Lisbon. Portuguese police arrested two ' +
    'protesters near the port on Monday, and about 300 people marched to the parliament.',
  '',
  'Ruiz said she would meet Prime Minister Luis Montenegro in Madrid next week to discuss the dispute.',
].join('\n')

/** The layers whose records are findings, each named by the rule or model that made it. */
const FINDINGS = ['entities', 'mentions', 'quotes', 'events', 'claims', 'times', 'amounts', 'places', 'syntax'] as const

test('every finding of every layer names the rule or model that made it', () => {
  const analysis: Analysis = analyze(ARTICLE, { published: '2025-03-04' }, { syntax: true })
  assertValidAnalysis(analysis)
  for (const layer of FINDINGS) {
    const records = (analysis[layer] ?? []) as { rule?: unknown }[]
    assert.ok(records.length > 0, `the test article should give ${layer}`)
    for (const [i, record] of records.entries())
      assert.ok(
        typeof record.rule === 'string' && /^[a-z]+\/\S+/.test(record.rule),
        `${layer}[${i}] names no rule: ${JSON.stringify(record).slice(0, 160)}`,
      )
  }
  for (const message of analysis.messages) assert.match(message.ruleId, /^[a-z]+\/\S+/)
  // Layout layers (sentences, paragraphs, quotations, structure) are cut by one function each and carry no rule.
  const entity = analysis.entities.find((e) => e.name === 'Ana Ruiz')
  assert.ok(entity?.rule, 'the minister is an entity with a rule')
  assert.ok(analysis.mentions.some((m) => m.rule.startsWith('mentions/')))
})
