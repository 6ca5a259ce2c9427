import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalize } from '../stages/text/normalize.js'
import { rawToNormalized } from './align-offsets.js'

/** The normalised text of the raw span [start, end). */
function mapped(raw: string, start: number, end: number): string {
  const text = normalize(raw)
  const map = rawToNormalized(raw, text)
  return text.slice(map[start], map[end])
}

test('raw offsets map to the normalised text across deleted and replaced characters', () => {
  const raw = 'Kyiv\u00a0\u00a0said\r\nthe\u200b talks\u2011ended.'
  assert.equal(mapped(raw, raw.indexOf('said'), raw.indexOf('said') + 4), 'said')
  assert.equal(mapped(raw, raw.indexOf('talks'), raw.length), 'talks-ended.')
})

test('characters that Unicode composition joins into one keep every later offset in place', () => {
  // "Pen\u0303a": n and a combining tilde become one "ñ"; a lone surrogate becomes U+FFFD; the ohm sign, omega.
  const raw = 'Enrique Pen\u0303a Nieto met Jesu\u0301s \ud800 and 5 \u2126 later. The mayor said the talks failed.'
  const at = raw.indexOf('the talks failed')
  assert.equal(mapped(raw, at, at + 'the talks failed'.length), 'the talks failed')
  assert.equal(mapped(raw, raw.indexOf('Pen'), raw.indexOf(' Nieto')), 'Peña')
  assert.equal(mapped(raw, raw.indexOf('5'), raw.indexOf(' later')), '5 Ω')
})
