import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitToken, tokenHeads, toUdWords } from './word-mapping.js'

describe('toUdWords', () => {
  it('splits a hyphenated compound into words and hyphens', () => {
    assert.deepEqual(splitToken('well-known'), ['well', '-', 'known'])
    assert.deepEqual(splitToken('US-Ukraine'), ['US', '-', 'Ukraine'])
  })

  it('keeps prefixes UD keeps joined, numbers, dates and abbreviations whole', () => {
    for (const token of ['pre-war', 'co-workers', 'e-mail', '3-2', '2025-02-23', 'U.S.', '-', "n't", '’s'])
      assert.deepEqual(splitToken(token), [token])
  })

  it('splits "cannot" and "gonna" as UD does', () => {
    assert.deepEqual(splitToken('cannot'), ['can', 'not'])
    assert.deepEqual(splitToken('Gonna'), ['Gon', 'na'])
  })

  it('records the token each word came from', () => {
    const mapping = toUdWords(['A', 'well-known', 'ally', 'can', "n't"])
    assert.deepEqual(mapping.words, ['A', 'well', '-', 'known', 'ally', 'can', "n't"])
    assert.deepEqual(mapping.tokenOf, [0, 1, 1, 1, 2, 3, 4])
  })
})

describe('tokenHeads', () => {
  it('stands a split token for by the word whose head lies outside it', () => {
    const mapping = toUdWords(['A', 'well-known', 'ally'])
    // A → ally, well → known, - → known, known → ally, ally is the root.
    const heads = Int32Array.of(4, 3, 3, 4, -1)
    assert.deepEqual([...tokenHeads(mapping, heads, 3)], [0, 3, 4])
  })
})
