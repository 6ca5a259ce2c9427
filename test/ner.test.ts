// NER on data in ../shared: the seed story's names, and a regression floor on CoNLL-2003 dev.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { readConll } from '../src/eval/conll.js'
import { evalNer } from '../src/eval/eval-ner.js'
import { analyze } from '../src/index.js'
import { defaultNerTagger } from '../src/stages/mentions/load-ner.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'
const DEV = 'data/conll2003/valid.txt'

test('finds every person, country, city and organisation of the seed story with the right type', {
  skip: skipWithoutShared(SEED),
}, () => {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const typed = new Set(analysis.mentions.map((m) => `${m.text}/${m.type}`))
  const expected = {
    PERSON: [
      'Zelensky',
      'Trump',
      'Putin',
      'Peskov',
      'Andrii Yermak',
      'Yuliia Svyrydenko',
      'Ursula von der Leyen',
      'Starmer',
      'Emmanuel Macron',
    ],
    GPE: ['Ukraine', 'Russia', 'US', 'Saudi Arabia', 'Kyiv', 'Moscow', 'Washington', 'Britain', 'UK'],
    ORG: ['NATO', 'Kremlin', 'EU', 'European Commission'],
  }
  for (const [type, names] of Object.entries(expected)) {
    for (const name of names)
      assert.ok(typed.has(`${name}/${type}`), `${name} as ${type}; found ${[...typed].join(', ')}`)
  }
  // No name is typed two ways.
  const types = new Map<string, Set<string>>()
  for (const m of analysis.mentions) types.set(m.text, (types.get(m.text) ?? new Set()).add(m.type))
  for (const [name, set] of types) assert.equal(set.size, 1, `${name} typed as ${[...set].join(' and ')}`)
})

test('CoNLL-2003 dev F1 stays at or above 0.89', { skip: skipWithoutShared(DEV) }, () => {
  const score = evalNer(readConll(SHARED_DIR + DEV), defaultNerTagger())
  assert.ok(score.f1 >= 0.89, `dev F1 ${score.f1.toFixed(4)} fell below 0.89`)
})
