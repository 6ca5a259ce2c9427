// Entities on data in ../shared: the seed story's actors, and the ECB+ coreference score.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { readEcbTopics } from '../src/eval/ecbplus.js'
import { evalCoref, evalEventCoref } from '../src/eval/eval-coref.js'
import { analyze } from '../src/index.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'

test('the seed story has one entity per actor, with the right country codes and roles', {
  skip: skipWithoutShared(SEED),
}, () => {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const { text } = analysis.article
  const people = analysis.entities.filter((e) => e.type === 'PERSON')
  const one = (surname: string) => {
    const found = people.filter((e) => e.name.endsWith(surname))
    assert.equal(found.length, 1, `one entity for ${surname}: ${people.map((p) => p.name).join(', ')}`)
    return found[0]
  }
  const expected: Record<string, string | undefined> = {
    Zelensky: 'UKR',
    Trump: 'USA',
    Putin: 'RUS',
    Peskov: 'RUS',
    Starmer: 'GBR',
    Macron: 'FRA',
    // An official of the EU takes its code for country, as NGEC's tests do ("European Union legislators" → EUR).
    'von der Leyen': 'EUR',
    Yermak: 'UKR',
    Svyrydenko: 'UKR',
  }
  for (const [surname, country] of Object.entries(expected))
    assert.equal(one(surname).country, country, `${surname}'s country`)
  assert.equal(one('von der Leyen').sector, 'IGO')
  assert.ok(one('Peskov').roles?.some((r) => r.title === 'spokesperson' && r.of === 'Kremlin'))
  // "…,” he remarked: the pronoun after the quotation is Zelensky.
  const remarked = text.indexOf(' he remarked') + 1
  assert.ok(one('Zelensky').mentions.some((m) => m.kind === 'pronoun' && m.start === remarked))
  // Each surname mention belongs to its person.
  for (const surname of ['Zelensky', 'Trump', 'Putin', 'Peskov']) {
    const mentions = [...text.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))].map((m) => m.index!)
    const entity = one(surname)
    for (const at of mentions)
      assert.ok(
        entity.mentions.some((m) => m.start <= at && at < m.end),
        `${surname} at ${at}`,
      )
  }
  const kremlin = analysis.entities.find((e) => e.name === 'Kremlin')
  assert.equal(`${kremlin?.country}/${kremlin?.sector}`, 'RUS/GOV')
})

test('ECB+ dev coreference of human participants stays above its floor', {
  skip: skipWithoutShared('data/ecbplus/ECB+'),
}, () => {
  const score = evalCoref(readEcbTopics(SHARED_DIR + 'data/ecbplus', ['2', '5', '12', '18', '21', '23', '34', '35']))
  assert.ok(score.documents > 150)
  assert.ok(score.b3.f1 >= 0.8, `B³ F1 ${score.b3.f1.toFixed(3)}`)
  assert.ok(score.muc.f1 >= 0.4, `MUC F1 ${score.muc.f1.toFixed(3)}`)
})

test('ECB+ dev: events that repeat one happening are linked (sameAs precision ≥ 0.7, recall ≥ 0.35)', {
  skip: skipWithoutShared('data/ecbplus/ECB+'),
}, () => {
  const score = evalEventCoref(
    readEcbTopics(SHARED_DIR + 'data/ecbplus', ['2', '5', '12', '18', '21', '23', '34', '35']),
  )
  assert.ok(score.pairs > 50, `${score.pairs} pairs`)
  assert.ok(score.linked.precision >= 0.7, `sameAs precision ${score.linked.precision.toFixed(3)}`)
  assert.ok(score.linked.recall >= 0.35, `sameAs recall ${score.linked.recall.toFixed(3)}`)
})
