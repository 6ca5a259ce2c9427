import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Analysis } from '../../doc/analysis.js'
import { analyze, analyzeDoc } from '../../pipeline/analyze.js'
import { genderOfName } from '../entities/given-name-gender.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

/** Each quote as (speaker's name or "-", content), in text order. */
function speakers(text: string): [string, string][] {
  const analysis: Analysis = analyze(text, { published: '2025-03-01' })
  assertValidAnalysis(analysis)
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
  return analysis.quotes.map((q) => [
    (q.speaker && names.get(q.speaker)) ?? '-',
    (q.parts ?? [q.content]).map((p) => p.text).join(' | '),
  ])
}

/** The speaker's name of the quote whose content holds `words`. */
function speakerOf(text: string, words: string): string | undefined {
  return speakers(text).find(([, content]) => content.includes(words))?.[0]
}

test('entities/given-name-gender: a given name tells a gender, a shared or unknown one does not', () => {
  assert.equal(genderOfName('Don Fowler'), 'm')
  assert.equal(genderOfName('Maria Vance'), 'f')
  assert.equal(genderOfName('Jordan Reyes'), undefined)
  assert.equal(genderOfName('Fowler'), undefined)
})

test('entities/given-name-gender: a woman’s "her" never makes a man her, and his "he said" stays his', () => {
  const text =
    'Don Pellham, who has backed Maria Vance since her first race, said the party needs a plan. ' +
    'But he said the party would be wrong to wait.'
  assert.equal(speakerOf(text, 'the party would be wrong to wait'), 'Don Pellham')
})

test('quotes/described-speaker: "the Ohio businessman said" speaks as the person named just before', () => {
  const text =
    'Bill Harmon toured the flooded streets of Dayton on Monday. The Ohio businessman said the town would rebuild.'
  assert.equal(speakerOf(text, 'the town would rebuild'), 'Bill Harmon')
})

test('quotes/described-speaker: a description that nothing named before fits stays literal', () => {
  const text = 'The river rose overnight. The businessman said the town would rebuild.'
  assert.equal(speakerOf(text, 'the town would rebuild'), '-')
})

test('quotes/described-speaker: "the woman" is never a man named before', () => {
  const text = 'Tom Becker drove the van to the shelter. The woman said the van arrived late.'
  assert.equal(speakerOf(text, 'the van arrived late'), '-')
})

test('quotes/cue-subject: the subject of "said" speaks past an appositive and a relative clause naming others', () => {
  const text =
    'Dana Whitfield, a builder and spokeswoman for the Harbor Builders Coalition, which is made up of investors ' +
    'and small firms, said many of the new projects had created jobs.'
  const doc = analyzeDoc(text, { published: '2025-03-01' })
  const q = doc.quotes.find((x) => text.slice(x.content.start, x.content.end).includes('created jobs'))
  assert.ok(q, 'the statement is found')
  assert.match(q.rule, /quotes\/cue-subject/)
  assert.equal(doc.entities.find((e) => e.id === q.speakerId)?.name, 'Dana Whitfield')
  // The aside before the cue is no part of what she said.
  assert.equal(text.slice(q.content.start, q.content.end), 'many of the new projects had created jobs')
})

/** The contents of the quotes found in `text`. */
const contents = (text: string) => speakers(text).map(([, content]) => content)

test('quotes/not-cue/double-object: "would deny Democrats a landslide" is no denial, "denied any role" is one', () => {
  assert.deepEqual(
    contents('A strong third-party showing would deny the governor a second term in the state.').filter((c) =>
      c.includes('second term'),
    ),
    [],
  )
  assert.ok(contents('The minister denied any role in the deal.').some((c) => c.includes('any role in the deal')))
})

test('quotes/not-cue/noun: a cue word heading the subject before a modal is a noun ("the showing would …")', () => {
  assert.deepEqual(
    contents('A weak showing would cost the party its majority.').filter((c) => c.includes('majority')),
    [],
  )
})

test('quotes/not-cue/raising-verb: "appears ready to quit" is nobody’s statement; "appeared to blame" is a blame', () => {
  assert.deepEqual(
    contents('The senator appears ready to drop out of the race.').filter((c) => c.includes('race')),
    [],
  )
  const blamed = speakers(
    'Bank chief Tom Becker appeared to blame junior staff for the losses in a televised interview.',
  )
  assert.ok(
    blamed.some(([, c]) => c.includes('junior staff')),
    'the blame is reported',
  )
})

test('quotes/clause-end: the reporter’s rebuttal is no part of what was said; a comma’s concession is kept', () => {
  const said = contents(
    'Governor Tom Becker insisted the vote was rigged even though voters are more likely to be struck by lightning ' +
      'than to commit fraud. Mayor Ana Ruiz said she would keep the depot open, even though it loses money.',
  )
  assert.ok(said.includes('the vote was rigged'), said.join(' / '))
  assert.ok(
    said.some((c) => c.includes('keep the depot open, even though it loses money')),
    said.join(' / '),
  )
})

test('quotes/clause-end: a speaker’s own "even though" inside quotation marks stays', () => {
  const said = contents('“We will go ahead even though the weather is bad,” Mayor Ana Ruiz said.')
  assert.ok(said.some((c) => c.includes('even though the weather is bad')))
})

test('quotes/relative-antecedent: "who" past an appositive speaks for the person, not the body the appositive names', () => {
  const text =
    'The rally ended with Marc Morial, the chief executive of the National Urban League, who said that turnout ' +
    'would rise.'
  assert.equal(speakerOf(text, 'turnout would rise'), 'Marc Morial')
})

test('quotes/speaker-head: a party and state in brackets after the name never speak ("Sen. David Pardee (R-Ga.)")', () => {
  assert.equal(
    speakerOf('Sen. David Pardee (R-Ga.) said the bill would fail in the House.', 'bill would fail'),
    'David Pardee',
  )
})
