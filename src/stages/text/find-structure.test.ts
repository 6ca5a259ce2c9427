import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeDoc } from '../../pipeline/analyze.js'
import { splitParagraphs } from './split-paragraphs.js'

test('finds the title line, a byline and a Reuters-style dateline', () => {
  const doc = analyzeDoc(
    'Talks Resume in Geneva\nBy Jane Doe and John Smith\nGENEVA, Feb 23 (Reuters) - Envoys met on Monday.',
  )
  assert.deepEqual(
    doc.paragraphs.map((p) => p.kind),
    ['title', 'byline', 'body'],
  )
  assert.equal(doc.text.slice(doc.structure.title!.start, doc.structure.title!.end), 'Talks Resume in Geneva')
  assert.deepEqual(doc.structure.byline?.names, ['Jane Doe', 'John Smith'])
  const dateline = doc.structure.dateline!
  assert.equal(doc.text.slice(dateline.start, dateline.end), 'GENEVA, Feb 23 (Reuters) -')
  assert.deepEqual([dateline.place, dateline.date, dateline.agency], ['GENEVA', 'Feb 23', 'Reuters'])
})

test('finds AP-style datelines with a state or country', () => {
  const doc = analyzeDoc('Storm Hits Coast\nHALIFAX, Nova Scotia (AP) — A storm hit.')
  assert.equal(doc.structure.dateline?.place, 'HALIFAX, Nova Scotia')
  assert.equal(doc.structure.dateline?.agency, 'AP')
})

test('does not take a sentence opening with a name and a dash for a dateline', () => {
  const doc = analyzeDoc('Meanwhile - the talks went on. Nobody left.')
  assert.equal(doc.structure.dateline, undefined)
})

test('marks short title-cased lines between paragraphs as headings', () => {
  const doc = analyzeDoc(
    'Big Headline Here\nFirst paragraph of the story.\nKremlin Welcomes Dialogue\nSecond paragraph.',
  )
  assert.deepEqual(
    doc.paragraphs.map((p) => p.kind),
    ['title', 'body', 'heading', 'body'],
  )
})

test('reads a credits line at the end as a byline', () => {
  const doc = analyzeDoc('Headline Words\nBody text here.\nReporting by Jane Doe; Editing by John Smith')
  assert.equal(doc.paragraphs[2].kind, 'byline')
})

test('a one-paragraph text is body, not title', () => {
  assert.deepEqual(
    analyzeDoc('Just a note').paragraphs.map((p) => p.kind),
    ['body'],
  )
})

test('joins hard-wrapped lines into paragraphs separated by blank lines', () => {
  const text =
    'The talks began on Monday and\nwent on late into the night\nwith no agreement.\n\nA second paragraph that\nis wrapped as well.'
  assert.deepEqual(
    splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
    [
      'The talks began on Monday and\nwent on late into the night\nwith no agreement.',
      'A second paragraph that\nis wrapped as well.',
    ],
  )
})

test('keeps one paragraph per line in news copy', () => {
  const text = 'First paragraph.\nSecond paragraph.\n\nThird paragraph.'
  assert.equal(splitParagraphs(text).length, 3)
})
