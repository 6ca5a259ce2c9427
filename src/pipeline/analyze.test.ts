import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { slowTier } from '../test-support/tiers.js'
import { ConfigError } from '../errors.js'
import { assertValidAnalysis } from '../test-support/check-analysis.js'
import { analyze } from './analyze.js'

const sample = readFileSync(new URL('../../examples/ceasefire-talks.txt', import.meta.url), 'utf8')

test('returns a valid newsgraph.analysis/1 for a sample article', () => {
  const analysis = analyze(sample, { published: '2025-03-03', source: 'Newsgraph', url: 'https://example.org/a' })
  assertValidAnalysis(analysis)
  assert.equal(analysis.schema, 'newsgraph.analysis/1')
  assert.equal(analysis.article.title, 'Envoys Agree to Resume Ceasefire Talks as Shelling Eases')
  assert.equal(analysis.article.published, '2025-03-03')
  assert.equal(analysis.article.language, 'en')
  assert.equal(analysis.structure.dateline?.text, 'GENEVA, March 3 (Newsgraph) -')
  assert.ok(analysis.sentences.length > 15)
})

test('gives the same id to the same text and a different one to other text', () => {
  assert.equal(analyze(sample).article.id, analyze(sample).article.id)
  assert.notEqual(analyze(sample).article.id, analyze(sample + ' More.').article.id)
})

test('offsets refer to the normalised text', () => {
  const analysis = analyze('Title  Here\r\n\r\n\r\nFirst\u00a0sentence.  Second one.')
  assertValidAnalysis(analysis)
  assert.equal(analysis.article.text, 'Title Here\n\nFirst sentence. Second one.')
})

test('gives a valid empty result for empty and whitespace-only text', () => {
  for (const text of ['', '   \n\t  \n']) {
    const analysis = analyze(text)
    assertValidAnalysis(analysis)
    assert.equal(analysis.sentences.length, 0)
    assert.ok(analysis.messages.some((m) => m.ruleId === 'doc/empty'))
  }
})

test('survives binary junk decoded as text and says it looks garbled', () => {
  const junk =
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('') + '\uFFFD'.repeat(200)
  const analysis = analyze(junk)
  assertValidAnalysis(analysis)
  assert.ok(analysis.messages.some((m) => m.ruleId === 'doc/garbled'))
})

test('survives a text of only quote marks', () => {
  const analysis = analyze(`"""'''“”“”‘’‘’«»«»„`.repeat(1000))
  assertValidAnalysis(analysis)
  assert.equal(analysis.quotations.length, 0)
})

test('analyses a 20 MB text up to the length limit, at a paragraph break, and says so', slowTier, () => {
  const big = (sample + '\n').repeat(Math.ceil(20_000_000 / sample.length))
  const began = Date.now()
  const analysis = analyze(big)
  assert.ok(Date.now() - began < 120_000)
  assert.ok(analysis.article.text.length <= 5_000_000 && analysis.article.text.length > 4_000_000)
  assert.ok(analysis.article.text.endsWith('.') || analysis.article.text.endsWith('”'))
  assert.ok(analysis.messages.some((m) => m.ruleId === 'doc/truncated'))
  assert.ok(analysis.sentences.length > 20_000)
  assertValidAnalysis(analysis)
})

test('a small length limit cuts the text and keeps every offset valid', () => {
  const analysis = analyze(sample, {}, { maxLength: 500 })
  assert.ok(analysis.article.text.length <= 500)
  assertValidAnalysis(analysis)
})

test('says when an article is not English', () => {
  const analysis = analyze(
    'Le gouvernement a annoncé mardi que les négociations avec les syndicats reprendront la semaine prochaine, selon le ministre.',
  )
  assert.equal(analysis.article.language, 'fr')
  assert.ok(analysis.messages.some((m) => m.ruleId === 'doc/not-english'))
  assertValidAnalysis(analysis)
})

test('reports a publication date that is not a date, and drops it', () => {
  const analysis = analyze('Talks went on.', { published: 'yesterday' })
  assert.equal(analysis.article.published, undefined)
  assert.ok(analysis.messages.some((m) => m.ruleId === 'doc/bad-published'))
})

test('throws a ConfigError when given something that is not a string', () => {
  assert.throws(() => analyze(42 as unknown as string), ConfigError)
})
