// Quotes on data in ../shared: the seed story's quotes and speakers, and a floor on PolNeAR dev.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { evalQuotes } from '../src/eval/eval-quotes.js'
import { readPolnear } from '../src/eval/polnear.js'
import { analyze } from '../src/index.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'

test('every direct quote of the seed story has the right speaker, continuations and the pronoun included', {
  skip: skipWithoutShared(SEED),
}, () => {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  const direct = analysis.quotes.filter((q) => q.kind === 'direct')
  // A quotation going on after its attribution in the same paragraph is a second part of the same quote.
  const parts = direct.flatMap((q) => (q.parts ?? [q.content]).map((part) => ({ q, part })))
  assert.deepEqual(
    parts.map(({ q }) => name.get(q.speaker ?? '')),
    [
      'Volodymyr Zelensky',
      'Volodymyr Zelensky',
      'Volodymyr Zelensky',
      'Volodymyr Zelensky',
      'Dmitry Peskov',
      'Dmitry Peskov',
      'Keir Starmer',
      'Keir Starmer',
    ],
  )
  assert.equal(
    direct.filter((q) => q.parts && q.parts.length === 2).length,
    3,
    'three quotes going on after their attribution',
  )
  assert.ok(direct.some((q) => q.source?.text === 'he' && q.cue?.text === 'remarked'))
  // Each part is a whole quotation of the story: a paired quotation's inside.
  for (const { part } of parts)
    assert.ok(
      analysis.quotations.some((p) => p.start === part.start - 1),
      `quote at ${part.start}`,
    )
})

test('the indirect statements of Zelensky, Trump, Peskov, Putin and Ukraine’s air force are found', {
  skip: skipWithoutShared(SEED),
}, () => {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  const reported = analysis.quotes.filter((q) => q.kind !== 'direct')
  const by = (who: string) => reported.filter((q) => name.get(q.speaker ?? '')?.includes(who)).map((q) => q.cue?.text)
  assert.ok(by('Zelensky').includes('declared'))
  assert.ok(by('Zelensky').includes('urged'))
  assert.deepEqual(
    ['labeled', 'accused', 'claimed'].filter((c) => by('Trump').includes(c)),
    ['labeled', 'accused', 'claimed'],
  )
  assert.ok(by('Peskov').includes('praised') && by('Peskov').includes('dismissed'))
  // "Putin defended his actions, claiming “fate” …": one statement, whichever cue anchors it.
  assert.ok(reported.some((q) => name.get(q.speaker ?? '')?.includes('Putin') && q.content.text.includes('fate')))
  assert.ok(by('air force').includes('reported'))
  // "labeled Zelensky a “dictator”": reported speech with a quoted word is mixed.
  assert.equal(reported.find((q) => q.cue?.text === 'labeled')?.kind, 'mixed')
})

test('PolNeAR dev content overlap F1 stays above its floor', {
  skip: skipWithoutShared('data/polnear/dev/attributions'),
}, () => {
  const score = evalQuotes(readPolnear(SHARED_DIR + 'data/polnear/dev'))
  assert.ok(score.content.overlap.f1 >= 0.5, `content overlap F1 ${score.content.overlap.f1.toFixed(3)}`)
  assert.ok(score.direct.recall >= 0.85, `direct recall ${score.direct.recall.toFixed(3)}`)
})
