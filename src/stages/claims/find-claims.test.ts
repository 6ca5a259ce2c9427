// Disputed claims and check-worthiness from sentences written by the team.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../index.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

function claims(text: string) {
  const analysis = analyze(text, { published: '2026-11-27' })
  assertValidAnalysis(analysis)
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  return analysis.claims.map((c) => ({
    status: c.status,
    claimant: name.get(c.claimant ?? ''),
    content: c.content.text,
    marker: c.marker.text,
    quote: c.quote,
  }))
}

test('“falsely” on the cue makes the reported statement a false claim by its speaker', () => {
  assert.deepEqual(claims('Senator Jane Holt falsely claimed that the election was stolen.'), [
    { status: 'false', claimant: 'Jane Holt', content: 'the election was stolen', marker: 'falsely', quote: 'q1' },
  ])
})

test('“without evidence” between the cue and the content: unsupported', () => {
  const [claim] = claims('Governor Mark Reyes said, without evidence, that migrants caused the fires.')
  assert.equal(claim.status, 'unsupported')
  assert.equal(claim.content, 'migrants caused the fires')
  assert.equal(claim.claimant, 'Mark Reyes')
})

test('“contrary to” a source: disputed, attached to the right one of two statements', () => {
  const found = claims(
    'Mayor Tom Bell accused Dana Cole of lying and claimed, contrary to official figures, that crime had doubled.',
  )
  assert.deepEqual(
    found.map((c) => [c.status, c.content, c.marker]),
    [['disputed', 'crime had doubled', 'contrary to official figures']],
  )
})

test('a verdict on the claim after it: “a claim economists have debunked”', () => {
  const [claim] = claims('Minister Ola Berg claimed the tax cut paid for itself, a claim economists have debunked.')
  assert.equal(claim.status, 'false')
  assert.equal(claim.content, 'the tax cut paid for itself')
  assert.equal(claim.marker, 'a claim economists have debunked')
})

test('a concession after a comma is the speaker’s own, not the reporter’s dispute', () => {
  assert.deepEqual(claims('Mayor Tom Reyes said he would keep the depot open, even though it loses money.'), [])
  assert.deepEqual(claims('The mayors urged Congress to keep the program, although they expect cuts.'), [])
})

test('a concession inside reported speech: the statement up to “though”', () => {
  const [claim] = claims('Ivo Petrov criticized the court for delaying the vote—though the constitution allows this.')
  assert.equal(claim.status, 'disputed')
  assert.equal(claim.content, 'the court for delaying the vote')
  assert.equal(claim.marker, 'though the constitution allows this')
})

test('a thing “widely condemned as fraudulent” inside a quote is disputed', () => {
  const [claim] = claims(
    'Ivo Petrov defended the result, citing elections in the north that were widely condemned as fraudulent.',
  )
  assert.equal(claim.status, 'disputed')
  assert.equal(claim.content, 'elections in the north')
})

test('plain reporting has no claims', () => {
  assert.deepEqual(claims('Senator Jane Holt said the bill would pass. Governor Mark Reyes agreed.'), [])
})

test('every sentence and quote gets a check-worthiness score; a statistic outranks a greeting', () => {
  const analysis = analyze(
    'Thank you all for coming tonight. Unemployment fell to 4.1 percent in 2025, down from 6 percent in 2020, the minister said.',
    { published: '2026-11-27' },
  )
  const [greeting, statistic] = analysis.sentences.map((s) => s.checkworthiness ?? -1)
  assert.ok(greeting >= 0 && greeting <= 1 && statistic >= 0 && statistic <= 1)
  assert.ok(statistic > 0.5 && greeting < 0.5, `statistic ${statistic}, greeting ${greeting}`)
  assert.ok(analysis.quotes.every((q) => typeof q.checkworthiness === 'number'))
})

test('the span scorer gives every sentence, quote and span the log-odds its features give', async () => {
  const { analyzeDoc } = await import('../../pipeline/analyze.js')
  const { checkworthyLogOdds, defaultCheckworthyModel, SpanScorer } = await import('./checkworthiness.js')
  const doc = analyzeDoc(
    [
      'Unemployment rose to 7.4 percent in March, the highest level since 2009, the statistics office said on Tuesday.',
      '“We will cut taxes by $2 billion next year,” Finance Minister Ana Ruiz told reporters in Lisbon.',
      'Critics said the plan, which doubled the deficit, was reckless. Nobody answered.',
    ].join('\n'),
    { published: '2026-03-10' },
  )
  const model = defaultCheckworthyModel()
  const scorer = new SpanScorer(model, doc)
  const spans = [
    ...doc.sentences,
    ...doc.quotes.map((q) => q.content),
    { start: 0, end: 0 },
    { start: 0, end: 12 },
    { start: 13, end: 17 },
    { start: 5, end: doc.text.length },
    { start: 40, end: 30 },
  ]
  assert.ok(doc.quotes.length > 0)
  for (const span of spans)
    assert.equal(scorer.logOdds(span), checkworthyLogOdds(model, doc, span), `${span.start}–${span.end}`)
})

test('claims/phrase-on-cue: "claiming without evidence that …" is unsupported with or without commas', () => {
  for (const sentence of [
    'Governor Tom Reyes claimed without evidence that the race was tied.',
    'Governor Tom Reyes spoke in Vell on Monday, claiming without evidence that the race was tied.',
    'Governor Tom Reyes spoke in Vell claiming without evidence that the race was tied.',
  ]) {
    const [claim] = claims(sentence)
    assert.equal(claim?.status, 'unsupported', sentence)
    assert.equal(claim.content, 'the race was tied', sentence)
    assert.equal(claim.marker, 'without evidence', sentence)
  }
  // The claimant is the quote's speaker (the quotes stage's finding).
  assert.equal(claims('Governor Tom Reyes claimed without evidence that the race was tied.')[0].claimant, 'Tom Reyes')
})

test('claims/verdict-on-claim: "a claim election officials have debunked" makes the statement false', () => {
  const [claim] = claims('Governor Tom Reyes said the vote was rigged, a claim election officials have debunked.')
  assert.equal(claim.status, 'false')
  assert.equal(claim.content, 'the vote was rigged')
})
