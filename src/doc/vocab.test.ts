import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { tokenize } from '../stages/text/tokenize.js'
import { lowerTokens, spellingsOf } from './vocab.js'

test('every token finds its spelling: one record per spelling, across documents, and per token list once', () => {
  const first = 'The mayor said the plan would pass. The Mayor disagreed.'
  const second = 'Critics said the plan was late.'
  const a = tokenize(first)
  const b = tokenize(second)
  const spellingsA = spellingsOf(first, a)
  const spellingsB = spellingsOf(second, b)
  assert.deepEqual(
    spellingsA.map((s) => s.text),
    a.map((t) => first.slice(t.start, t.end)),
  )
  const at = (text: string, tokens: typeof a, word: string, nth = 0) =>
    tokens.filter((t) => text.slice(t.start, t.end) === word)[nth]
  const index = (tokens: typeof a, token: (typeof a)[number]) => tokens.indexOf(token)
  // "the" twice in one document and once in another: one record; "The" is another spelling.
  assert.equal(spellingsA[index(a, at(first, a, 'the'))], spellingsB[index(b, at(second, b, 'the'))])
  assert.notEqual(spellingsA[index(a, at(first, a, 'The'))], spellingsA[index(a, at(first, a, 'the'))])
  assert.equal(spellingsA[index(a, at(first, a, 'said'))], spellingsB[index(b, at(second, b, 'said'))])
  // Facts a stage keeps on a spelling are there for the next document's tokens of it.
  spellingsA[index(a, at(first, a, 'plan'))].attribution = 'kept'
  assert.equal(spellingsB[index(b, at(second, b, 'plan'))].attribution, 'kept')
  assert.equal(spellingsOf(first, a), spellingsA)
})

test('lower-cased tokens are computed once per token list, one string per spelling', () => {
  const text = 'Mayor MAYOR mayor Mayor'
  const tokens = tokenize(text)
  const lower = lowerTokens(text, tokens)
  assert.deepEqual(lower, ['mayor', 'mayor', 'mayor', 'mayor'])
  assert.equal(lowerTokens(text, tokens), lower)
  assert.equal(spellingsOf(text, tokens)[0].lower, spellingsOf(text, tokens)[3].lower)
})

test('thousands of spellings, the table grown many times over: each token keeps its own text and record', () => {
  const words = Array.from({ length: 20_000 }, (_, i) => `v${(i * 7919).toString(36)}`)
  const text = words.join(' ')
  const tokens = tokenize(text)
  const spellings = spellingsOf(text, tokens)
  spellings.forEach((s, i) => assert.equal(s.text, text.slice(tokens[i].start, tokens[i].end)))
  // The same words in another order, in another document: the same records.
  const again = [...words].reverse().join(' ')
  const againTokens = tokenize(again)
  const byText = new Map(spellings.map((s) => [s.text, s]))
  spellingsOf(again, againTokens).forEach((s, i) => {
    assert.equal(s.text, again.slice(againTokens[i].start, againTokens[i].end))
    assert.equal(s, byText.get(s.text))
  })
})

test('the vocabulary keeps its own copy of a long spelling, not the document it came from', () => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  const before = process.memoryUsage().heapUsed
  for (let d = 0; d < 20; d++) {
    // A 2 MB document whose only new spelling is a long word: a slice of it would hold the whole text.
    const text = `Interministerialcommission${d} met. ` + 'ab '.repeat(700_000)
    spellingsOf(text, tokenize(text.slice(0, 40)))
  }
  gc()
  const kept = process.memoryUsage().heapUsed - before
  assert.ok(kept < 10_000_000, `${Math.round(kept / 1e6)} MB kept after 20 documents of 2 MB`)
})
