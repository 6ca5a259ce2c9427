import assert from 'node:assert/strict'
import { test } from 'node:test'
import { escapeText } from './escape-text.js'

test('escapes newlines, escape codes and bidi overrides so a file name cannot forge a log line', () => {
  assert.equal(escapeText('a\nfailed  b.txt'), 'a\\nfailed  b.txt')
  assert.equal(escapeText('\u001b[2Jclear.txt'), '\\x1b[2Jclear.txt')
  assert.equal(escapeText('cr\rtab\tdel\u007f'), 'cr\\rtab\\tdel\\x7f')
  assert.equal(escapeText('txt.\u202eexe'), 'txt.\\u202eexe')
  assert.equal(escapeText('line\u2028sep'), 'line\\u2028sep')
})

test('keeps ordinary names, accents and emoji as they are', () => {
  assert.equal(escapeText('Zürich – “report” 🗞.txt'), 'Zürich – “report” 🗞.txt')
})
