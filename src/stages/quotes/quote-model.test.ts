import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FeatureSeqBuilder } from '../../model/features.js'
import { analyzeDoc } from '../../pipeline/analyze.js'
import { groupRoles } from './group-roles.js'
import { MAX_RANGE_TOKENS, defaultQuoteModel, tagRoles, taggedRanges } from './quote-model.js'
import { QuoteScorer } from './quote-scorer.js'
import { quoteFeatures } from './tagger-features.js'
import { QUOTE_BUCKETS, fromLabels, toLabels, type RoleSpan } from './tagger-labels.js'
import { tokenFacts } from './token-facts.js'

const ARTICLE = [
  'Harbour Council Rejects Ferry Plan',
  '“We cannot afford another delay,” Mayor Ines Novak said on Tuesday, adding that the vote was “a mistake.”',
  'Councillor Tom Reyes insisted the ferry would pay for itself. He told reporters the harbour board agreed.',
  'The port authority believes fares will rise, according to a memo seen by the Gazette.',
  '“It is done,” he said.',
].join('\n\n')

test('the fast scorer computes exactly the emissions of the features training sees', () => {
  const doc = analyzeDoc(ARTICLE)
  const { scorer, rates } = defaultQuoteModel()
  const facts = tokenFacts(doc, rates)
  const builder = new FeatureSeqBuilder(QUOTE_BUCKETS - 1)
  for (const { from, to, kind } of taggedRanges(doc, facts)) {
    // Twice: the second pass reads the words' cached sums.
    for (let pass = 0; pass < 2; pass++) {
      assert.deepEqual(
        scorer.emissions(facts, from, to, kind),
        scorer.model.emissions(quoteFeatures(facts, from, to, kind, builder)),
      )
    }
  }
})

test('the fast scorer stays exact when its pool of word sums is refilled or outgrown', () => {
  const doc = analyzeDoc(ARTICLE)
  const {
    scorer: { model },
    rates,
  } = defaultQuoteModel()
  const small = new QuoteScorer(model, 12)
  const facts = tokenFacts(doc, rates)
  const builder = new FeatureSeqBuilder(QUOTE_BUCKETS - 1)
  for (const { from, to, kind } of taggedRanges(doc, facts)) {
    assert.deepEqual(
      small.emissions(facts, from, to, kind),
      model.emissions(quoteFeatures(facts, from, to, kind, builder)),
    )
  }
})

test('a paragraph of junk without sentence breaks is tagged in runs the word pool holds, every token read once', () => {
  // Thousands of distinct words and reporting verbs in one paragraph with no full stop: one sentence, one run.
  const words = Array.from({ length: 12_000 }, (_, i) => (i % 9 === 4 ? 'said' : `w${i.toString(36)}q`))
  const doc = analyzeDoc(words.join(' '))
  const model = defaultQuoteModel()
  const facts = tokenFacts(doc, model.rates)
  const ranges = taggedRanges(doc, facts)
  assert.ok(ranges.length >= 12, `${ranges.length} runs`)
  assert.ok(ranges.every((r) => r.to - r.from <= MAX_RANGE_TOKENS))
  assert.equal(
    ranges.reduce((n, r) => n + r.to - r.from, 0),
    doc.tokens.length,
  )
  ranges.forEach((r, k) => k === 0 || assert.equal(r.from, ranges[k - 1].to))
  // A scorer whose pool holds 2,000 words: it refills itself rather than grow past them.
  const scorer = new QuoteScorer(model.scorer.model, 2000)
  tagRoles(doc, { scorer, rates: model.rates }, undefined, facts)
  const pool = (scorer as unknown as { pool: Int32Array }).pool.length
  assert.ok(pool <= 2000 * 18 * 7, `the word pool grew to ${pool / (18 * 7)} words`)
  // Grown from its first thousand words, then refilled: every run is still scored exactly.
  const fresh = new QuoteScorer(model.scorer.model, 2000)
  const builder = new FeatureSeqBuilder(QUOTE_BUCKETS - 1)
  for (const { from, to, kind } of ranges)
    assert.deepEqual(
      fresh.emissions(facts, from, to, kind),
      fresh.model.emissions(quoteFeatures(facts, from, to, kind, builder)),
    )
})

test('role labels round-trip, and adjacent spans of one role stay apart', () => {
  const spans: RoleSpan[] = [
    { type: 'SOURCE', start: 0, end: 2 },
    { type: 'CUE', start: 2, end: 3 },
    { type: 'CONTENT', start: 3, end: 5 },
    { type: 'CONTENT', start: 5, end: 7 },
  ]
  assert.deepEqual(fromLabels(toLabels(spans, 8)), spans)
})

test('groups spans around the nearest cue of their sentence; a content with no cue stands alone', () => {
  // Sentences 0 and 1 (tokens 0–9, 10–19) form paragraph 0; sentence 2 (tokens 20–) paragraph 1.
  const sentenceOf = (t: number) => (t < 10 ? 0 : t < 20 ? 1 : 2)
  const spans: RoleSpan[] = [
    { type: 'CONTENT', start: 0, end: 4 },
    { type: 'SOURCE', start: 5, end: 6 },
    { type: 'CUE', start: 6, end: 7 },
    { type: 'SOURCE', start: 10, end: 11 },
    { type: 'CUE', start: 11, end: 12 },
    { type: 'CONTENT', start: 12, end: 15 },
    { type: 'CONTENT', start: 20, end: 25 },
  ]
  const relations = groupRoles(spans, sentenceOf, [{ paragraph: 0 }, { paragraph: 0 }, { paragraph: 1 }])
  assert.deepEqual(
    relations.map((r) => [r.source?.start, r.cue?.start, r.content.map((c) => c.start)]),
    [
      [5, 6, [0]],
      [10, 11, [12]],
      [undefined, undefined, [20]],
    ],
  )
})

test('of two sources around a cue, its subject speaks and its listener does not: "Trump told a veterans group … that …"', () => {
  const sentenceOf = () => 0
  const spans: RoleSpan[] = [
    { type: 'SOURCE', start: 0, end: 1 },
    { type: 'CUE', start: 3, end: 4 },
    { type: 'SOURCE', start: 4, end: 7 },
    { type: 'CONTENT', start: 8, end: 14 },
  ]
  const [relation] = groupRoles(spans, sentenceOf, [{ paragraph: 0 }])
  assert.deepEqual([relation.source?.start, relation.cue?.start], [0, 3])
  // Both before the cue: the nearer one ("Clinton's campaign manager Robby Mook said").
  const [nearer] = groupRoles(
    [
      { type: 'SOURCE', start: 0, end: 1 },
      { type: 'SOURCE', start: 2, end: 4 },
      { type: 'CUE', start: 4, end: 5 },
      { type: 'CONTENT', start: 5, end: 9 },
    ],
    sentenceOf,
    [{ paragraph: 0 }],
  )
  assert.equal(nearer.source?.start, 2)
})

test('sentences wholly inside a direct quote the rules found are not tagged', () => {
  // The second paragraph continues the mayor's quote: her words, with reporting verbs of her own.
  const doc = analyzeDoc(
    '“We will vote again,” Mayor Ines Novak said on Monday.\n\n“They told us the deal was done. We said no.”\n\nThe council said it would meet.',
  )
  const facts = tokenFacts(doc, defaultQuoteModel().rates)
  const tokensOf = (ranges: { from: number; to: number }[]) =>
    ranges.flatMap((r) => doc.tokens.slice(r.from, r.to).map((t) => doc.text.slice(t.start, t.end)))
  assert.ok(tokensOf(taggedRanges(doc, facts)).includes('deal'))
  const from = doc.text.indexOf('“They')
  const to = doc.text.indexOf('no.”') + 4
  const quoted = new Uint8Array(doc.tokens.length).map((_, t) =>
    doc.tokens[t].start >= from && doc.tokens[t].end <= to ? 1 : 0,
  )
  const read = tokensOf(taggedRanges(doc, facts, quoted))
  assert.ok(!read.includes('deal') && !read.includes('no'), 'the quoted paragraph is skipped')
  assert.ok(read.includes('Novak') && read.includes('council'), "the attribution and the reporter's sentence are read")
})
