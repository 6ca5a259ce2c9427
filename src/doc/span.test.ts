import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../stages/text/tokenize.js'
import { firstEndingAfter, lowerTokens, rememberLowerTokens, tokenIndexOf } from './span.js'

test('the token table maps every character offset as the binary search does, around and past the tokens', () => {
  const text = '  The Mayor said:  “We’re done,” and left.  '
  const tokens = tokenize(text)
  const tokenAt = tokenIndexOf(text, tokens)
  for (let offset = -3; offset <= text.length + 3; offset++) assert.equal(tokenAt(offset), firstEndingAfter(tokens, offset), `offset ${offset}`)
  assert.equal(tokenIndexOf('', []).call(undefined, 0), 0)
})

test('lower-cased tokens are computed once per token list, or taken from a stage that has them', () => {
  const text = 'Mayor MAYOR mayor'
  const tokens = tokenize(text)
  assert.deepEqual(lowerTokens(text, tokens), ['mayor', 'mayor', 'mayor'])
  assert.equal(lowerTokens(text, tokens), lowerTokens(text, tokens))
  const other = tokenize(text)
  const given = ['m1', 'm2', 'm3']
  rememberLowerTokens(other, given)
  assert.equal(lowerTokens(text, other), given)
})
