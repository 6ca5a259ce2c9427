import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalize } from './normalize.js'

test('turns CRLF and CR into LF', () => {
  assert.equal(normalize('a\r\nb\rc'), 'a\nb\nc')
})

test('turns non-breaking and other Unicode spaces into one space', () => {
  assert.equal(normalize('Kyiv\u00a0\u2009said\u3000it'), 'Kyiv said it')
})

test('removes zero-width spaces, word joiners, BOMs and soft hyphens but keeps ZWJ', () => {
  assert.equal(normalize('\uFEFFre\u200Bsig\u00ADna\u2060tion 👩\u200D💻'), 'resignation 👩\u200D💻')
})

test('composes to NFC', () => {
  assert.equal(normalize('Zu\u0308rich'), 'Zürich')
})

test('keeps quote marks and apostrophes exactly as written', () => {
  const text = '“a” "b" ‘c’ \'d\' «e» That’s'
  assert.equal(normalize(text), text)
})

test('trims lines, collapses blank lines and drops control characters', () => {
  assert.equal(normalize('  Title  \n\n\n\n Body\u0007 text\t here \n\n'), 'Title\n\nBody text here')
})

test('unifies hyphen look-alikes but keeps en and em dashes', () => {
  assert.equal(normalize('US\u2011Russia 1\u20122 a–b c—d e\u2015f'), 'US-Russia 1-2 a–b c—d e—f')
})

test('replaces lone surrogates so the text stays well-formed', () => {
  assert.equal(normalize('a\uD800b'), 'a\uFFFDb')
})
