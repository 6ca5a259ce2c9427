import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeDoc } from '../../pipeline/analyze.js'

function sentences(text: string): string[] {
  const doc = analyzeDoc(text)
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end))
}

test('splits at full stops, question and exclamation marks', () => {
  assert.deepEqual(sentences('It rained. Did it? Yes! Then it stopped.'), [
    'It rained.',
    'Did it?',
    'Yes!',
    'Then it stopped.',
  ])
})

test('never splits after a title abbreviation or an initial', () => {
  assert.deepEqual(sentences('Gen. Smith met Dr. Jones and George W. Bush. They talked.'), [
    'Gen. Smith met Dr. Jones and George W. Bush.',
    'They talked.',
  ])
})

test('splits after U.S. only before a sentence opener', () => {
  assert.deepEqual(sentences('He spoke with the U.S. Senate. Talks with the U.S. The rest waited.'), [
    'He spoke with the U.S. Senate.',
    'Talks with the U.S.',
    'The rest waited.',
  ])
})

test('keeps a month abbreviation before a day in the sentence', () => {
  assert.deepEqual(sentences('They met on Feb. 23 in Kyiv. It was cold.'), [
    'They met on Feb. 23 in Kyiv.',
    'It was cold.',
  ])
})

test('keeps "No." before a number in the sentence', () => {
  assert.deepEqual(sentences('He lives at No. 10 Downing Street. She does not.'), [
    'He lives at No. 10 Downing Street.',
    'She does not.',
  ])
})

test('takes a closing quote mark into the sentence it ends', () => {
  assert.deepEqual(sentences('“We are ready.” The talks begin today.'), ['“We are ready.”', 'The talks begin today.'])
})

test('does not split before a lower-case attribution after a quoted question', () => {
  assert.deepEqual(sentences('“Why now?” he asked. Nobody answered.'), ['“Why now?” he asked.', 'Nobody answered.'])
})

test('keeps a quotation that runs into its attribution in one sentence', () => {
  assert.deepEqual(sentences('“I am ready. I will go,” Zelensky said. He left.'), [
    '“I am ready. I will go,” Zelensky said.',
    'He left.',
  ])
})

test('splits the sentences of a quotation that ends with a full stop', () => {
  assert.deepEqual(sentences('“No one will sell. That is all.” Peskov left.'), [
    '“No one will sell.',
    'That is all.”',
    'Peskov left.',
  ])
})

test('never joins a headline without a full stop to the next paragraph', () => {
  assert.deepEqual(sentences('Talks Resume in Geneva\nEnvoys met on Monday. They agreed.'), [
    'Talks Resume in Geneva',
    'Envoys met on Monday.',
    'They agreed.',
  ])
})

test('does not split at a decimal point, an ellipsis before lower case, or inside a URL', () => {
  assert.deepEqual(sentences('Prices rose 3.5 percent... then fell at example.com today. Next.'), [
    'Prices rose 3.5 percent... then fell at example.com today.',
    'Next.',
  ])
})

test('splits after a closing bracket that follows a full stop', () => {
  assert.deepEqual(sentences('He left. (Nobody saw him.) She stayed.'), [
    'He left.',
    '(Nobody saw him.)',
    'She stayed.',
  ])
})
