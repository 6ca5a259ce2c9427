import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Analysis } from '../../doc/analysis.js'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

/**
 * One test per example of the reader's audit of issue 27 (the quotes' part), each in sentences of our own: who said
 * it, what was said, and whether it was said at all.
 */

function quotes(text: string): { speaker: string; content: string }[] {
  const analysis: Analysis = analyze(text, { published: '2025-03-01' })
  assertValidAnalysis(analysis)
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
  return analysis.quotes.map((q) => ({
    speaker: (q.speaker && names.get(q.speaker)) ?? '-',
    content: (q.parts ?? [q.content]).map((p) => p.text).join(' | '),
  }))
}

const speakerOf = (text: string, words: string) => quotes(text).find((q) => q.content.includes(words))?.speaker

test('audit: a woman’s accusation is hers, not the man’s she accuses', () => {
  const text =
    'Jessica Marlow accused Tom Becker of hiding the losses. She said he had lied to the board for three years.'
  assert.equal(speakerOf(text, 'lied to the board'), 'Jessica Marlow')
})

test('audit: the president’s praise of a candidate is the president’s', () => {
  const text = 'President Ana Ruiz praised Tom Becker on Monday, saying he would make a fine governor.'
  assert.equal(speakerOf(text, 'fine governor'), 'Ana Ruiz')
})

test('audit: a campaign spokesman’s accusation is the spokesman’s, not the candidate’s', () => {
  const text = 'Becker campaign spokesman Glen Harlow said the new advertisement was false.'
  assert.equal(speakerOf(text, 'advertisement was false'), 'Glen Harlow')
})

test('audit: words said to someone are the speaker’s, not the hearer’s', () => {
  const text = 'Tom Becker told House Speaker Paul Rand that the bill was dead.'
  assert.equal(speakerOf(text, 'the bill was dead'), 'Tom Becker')
})

test('audit: "who" speaks for the person it follows', () => {
  const text = 'Ed Rendell, who served as chairman of the party in 2000, said the rules should change.'
  assert.equal(speakerOf(text, 'the rules should change'), 'Ed Rendell')
})

test('audit: "the candidate" and "the company" speak as what they describe', () => {
  assert.equal(
    speakerOf('Gary Holt toured a factory in Ohio. The candidate said wages had to rise.', 'wages had to rise'),
    'Gary Holt',
  )
  assert.equal(
    speakerOf('Apex Mining Corp. cut 300 jobs on Monday. The company said demand had collapsed.', 'demand had'),
    'Apex Mining Corp.',
  )
})

test('audit: "of California" modifies the speaker and never speaks', () => {
  const text = 'Rep. Adam B. Schiff of California urged the agency to release the records.'
  assert.equal(speakerOf(text, 'release the records'), 'Adam B. Schiff')
})

test('audit: an organisation or a president speaks across a time adjunct', () => {
  assert.equal(speakerOf('The Kremlin on Friday dismissed the report as a fabrication.', 'the report'), 'Kremlin')
  assert.equal(
    speakerOf('President Barack Obama on Tuesday accused the Senate of stalling the bill.', 'stalling'),
    'Barack Obama',
  )
})

test('audit: "would deny Democrats a landslide" and "appears" are no attributions', () => {
  const found = quotes(
    'A strong third-party showing would deny the governor a second term. The senator appears ready to quit the race.',
  )
  assert.deepEqual(found, [])
})

test('audit: a content is not cut mid-clause, and keeps no rebuttal of the reporter', () => {
  const cut = quotes('Officials said optimism about a quick deal among the negotiators was fading.')
  assert.ok(cut.some((q) => q.content.startsWith('optimism about a quick deal') && q.content.includes('was fading')))
  const rebutted = quotes(
    'Governor Tom Becker insisted the vote was rigged even though voters are more likely to be struck by lightning.',
  )
  assert.deepEqual(
    rebutted.map((q) => q.content),
    ['the vote was rigged'],
  )
})
