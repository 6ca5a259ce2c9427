import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './tokenize.js'

function words(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end))
}

test('splits possessive ’s and ’s contractions from their word', () => {
  assert.deepEqual(words("Ukraine’s army. That’s it. Russia's"), [
    'Ukraine',
    '’s',
    'army',
    '.',
    'That',
    '’s',
    'it',
    '.',
    'Russia',
    "'s",
  ])
})

test('splits n’t the Penn Treebank way', () => {
  assert.deepEqual(words("don't can't won’t"), ['do', "n't", 'ca', "n't", 'wo', 'n’t'])
})

test('keeps inner apostrophes of names', () => {
  assert.deepEqual(words("O'Brien met O’Neill"), ["O'Brien", 'met', 'O’Neill'])
})

test('keeps the period of abbreviations and initials', () => {
  assert.deepEqual(words('U.S. Gen. Smith met Dr. Jones on Feb. 3 at No. 10 with George W. Bush.'), [
    'U.S.',
    'Gen.',
    'Smith',
    'met',
    'Dr.',
    'Jones',
    'on',
    'Feb.',
    '3',
    'at',
    'No.',
    '10',
    'with',
    'George',
    'W.',
    'Bush',
    '.',
  ])
  assert.deepEqual(words('U.S.A. and a.m.'), ['U.S.A.', 'and', 'a.m.'])
})

test('treats "No." as an abbreviation only before a number', () => {
  assert.deepEqual(words('He said No. Then'), ['He', 'said', 'No', '.', 'Then'])
})

test('keeps numbers with separators and short suffixes whole', () => {
  assert.deepEqual(words('$1,000.50 on 2025-02-23, 24/7, 9:30, the 1990s, 20th, €1.2bn, 3.5%'), [
    '$',
    '1,000.50',
    'on',
    '2025-02-23',
    ',',
    '24/7',
    ',',
    '9:30',
    ',',
    'the',
    '1990s',
    ',',
    '20th',
    ',',
    '€',
    '1.2bn',
    ',',
    '3.5',
    '%',
  ])
})

test('keeps hyphenated words and number-word compounds whole', () => {
  assert.deepEqual(words('US-Ukraine mid-February 2-year-old AT&T'), [
    'US-Ukraine',
    'mid-February',
    '2-year-old',
    'AT&T',
  ])
})

test('reads a decade after an apostrophe as one token, not a quote mark', () => {
  assert.deepEqual(words("since the ’90s and '80s"), ['since', 'the', '’90s', 'and', "'80s"])
})

test('makes every quote mark, dash and bracket its own token', () => {
  assert.deepEqual(words('“Yes,” he said—(really).'), [
    '“',
    'Yes',
    ',',
    '”',
    'he',
    'said',
    '—',
    '(',
    'really',
    ')',
    '.',
  ])
})

test('keeps ellipses and URLs whole', () => {
  assert.deepEqual(words('wait... see https://example.org/a?b=1.'), [
    'wait',
    '...',
    'see',
    'https://example.org/a?b=1',
    '.',
  ])
})

test('gives kinds: word, number, punct, symbol', () => {
  const text = 'Kyiv 267 , $'
  assert.deepEqual(
    tokenize(text).map((t) => t.kind),
    ['word', 'number', 'punct', 'symbol'],
  )
})

test('keeps astral characters and non-Latin words whole', () => {
  assert.deepEqual(words('Привет мир 😀 Zürich'), ['Привет', 'мир', '😀', 'Zürich'])
})

test('every token is a non-empty span in order', () => {
  const text = 'A “quote” — and ’90s, U.S. $5bn… end'
  const tokens = tokenize(text)
  tokens.forEach((t, i) => {
    assert.ok(t.end > t.start)
    if (i > 0) assert.ok(tokens[i - 1].end <= t.start)
  })
})
