import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../stages/text/tokenize.js'
import { firstEndingAfter, tokenIndexOf } from './span.js'

test('the token table maps every character offset as the binary search does, around and past the tokens', () => {
  const text = '  The Mayor said:  “We’re done,” and left.  '
  const tokens = tokenize(text)
  const tokenAt = tokenIndexOf(text, tokens)
  for (let offset = -3; offset <= text.length + 3; offset++)
    assert.equal(tokenAt(offset), firstEndingAfter(tokens, offset), `offset ${offset}`)
  assert.equal(tokenIndexOf('', []).call(undefined, 0), 0)
})
