import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

function amounts(text: string): string[] {
  const analysis = analyze(text)
  assertValidAnalysis(analysis)
  return analysis.amounts.map((a) => [a.text, a.kind, a.value, a.unit ?? '', a.of ?? '', a.modifier ?? ''].join('|'))
}

test('reads money with its ISO 4217 unit and value', () => {
  assert.deepEqual(amounts('They offered $500 billion, then £20m, €1.2bn, 500 billion dollars and US$3 trillion.'), [
    '$500 billion|money|500000000000|USD||',
    '£20m|money|20000000|GBP||',
    '€1.2bn|money|1200000000|EUR||',
    '500 billion dollars|money|500000000000|USD||',
    'US$3 trillion|money|3000000000000|USD||',
  ])
})

test('reads percentages, quantities and counts with what they count', () => {
  assert.deepEqual(amounts('Turnout was 27% and taxes rose 3.5 percent.'), [
    '27%|percent|27|%||',
    '3.5 percent|percent|3.5|%||',
  ])
  assert.deepEqual(amounts('Winds reached 130 kilometres per hour.'), ['130 kilometres per hour|quantity|130|km/h||'])
  assert.deepEqual(amounts('Russia launched a record 267 drone attacks, and about 3,000 displaced residents fled.'), [
    '267 drone attacks|count|267||drone attacks|a record',
    '3,000 displaced residents|count|3000||displaced residents|about',
  ])
})

test('leaves the numbers of dates and durations to the times stage', () => {
  assert.deepEqual(amounts('The talks lasted three days in March 2024.'), [])
})
