// Reads the real wire story in ../shared/seed (never copied here) and checks the text layer on it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { analyze } from '../src/index.js'
import { assertValidAnalysis } from '../src/test-support/check-analysis.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'
const skip = skipWithoutShared(SEED)
const load = () => analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })

test('pairs every quotation in the seed story exactly', { skip }, () => {
  const analysis = load()
  assertValidAnalysis(analysis)
  const { text } = analysis.article
  const doubles = analysis.quotations.filter((q) => q.style === 'double')
  const singles = analysis.quotations.filter((q) => q.style === 'single')
  assert.equal(doubles.length, 15)
  assert.ok(doubles.every((q) => q.depth === 0 && q.closed && q.text.startsWith('“') && q.text.endsWith('”')))
  const inner = (q: { text: string }) => q.text.slice(1, -1).replace(/[,.]$/, '')
  for (const word of ['dictator', 'offended', 'fate', 'God', 'immediately', 'promising']) {
    assert.ok(
      doubles.some((q) => inner(q) === word),
      `the one-word quotation “${word}” is paired`,
    )
  }
  // Two single-quoted passages nested in double ones, and two in a headline.
  const nested = singles.filter((q) => q.depth === 1)
  assert.equal(nested.length, 2)
  for (const q of nested) assert.equal(analysis.quotations[q.parent!].style, 'double')
  assert.ok(nested.some((q) => inner(q) === 'dictator'))
  const headline = singles.filter((q) => q.depth === 0)
  assert.deepEqual(headline.map(inner), ['Fate', 'God'])
  assert.ok(
    headline.every((q) => analysis.paragraphs.find((p) => p.start <= q.start && q.end <= p.end)?.kind === 'heading'),
  )
  // No apostrophe (That’s, Russia’s, Ukraine’s) opens or closes a quotation.
  for (const q of analysis.quotations) {
    for (const at of [q.start, q.end - 1])
      assert.ok(
        !/\p{L}/u.test(text[at - 1] ?? '') || !/\p{L}/u.test(text[at + 1] ?? ''),
        `mark at ${at} sits between letters`,
      )
  }
  const apostrophes = [...text.matchAll(/\p{L}’\p{L}/gu)].map((m) => m.index! + 1)
  assert.equal(apostrophes.length, 7) // That’s, Trump’s, two Russia’s, three Ukraine’s
  for (const at of apostrophes) assert.ok(!analysis.quotations.some((q) => q.start === at || q.end - 1 === at))
})

test('splits the seed story into the right sentences', { skip }, () => {
  const analysis = load()
  // Reviewed by hand: 21 paragraphs (a title, four section headings), 38 sentences. Quotations that run into
  // their attribution stay whole; a quotation that ends with a full stop splits at its inner sentence ends.
  assert.deepEqual(
    analysis.sentences.map((s) => s.start),
    [
      0, 89, 273, 348, 515, 651, 862, 910, 1041, 1187, 1288, 1430, 1512, 1627, 1809, 1928, 2010, 2056, 2186, 2351, 2387,
      2451, 2611, 2840, 2908, 2954, 2988, 3027, 3203, 3334, 3434, 3528, 3565, 3655, 3760, 3941, 4075, 4155,
    ],
  )
  assert.deepEqual(
    analysis.paragraphs.map((p) => p.kind).filter((k) => k !== 'body'),
    ['title', 'heading', 'heading', 'heading', 'heading'],
  )
  const { text } = analysis.article
  for (const s of analysis.sentences) {
    const sentence = text.slice(s.start, s.end)
    const paragraph = analysis.paragraphs.find((p) => p.start <= s.start && s.end <= p.end)
    assert.ok(paragraph, `sentence at ${s.start} stays inside one paragraph`)
    if (paragraph.kind === 'body')
      assert.match(sentence, /[.!?…][”’]?$/, `body sentence at ${s.start} ends with terminal punctuation`)
  }
  // The quotation with an inner ellipsis that runs into "Zelensky said in a Kyiv press conference" is one sentence.
  const first = analysis.quotations.find((q) => q.style === 'double' && q.text.includes('…') && q.text.endsWith(',”'))!
  const holder = analysis.sentences.find((s) => s.start <= first.start && first.end <= s.end)!
  assert.match(text.slice(first.end, holder.end), /^ Zelensky said/)
})
