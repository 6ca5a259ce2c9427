import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeDoc } from '../../pipeline/analyze.js'

/** The quoted passages of `text` (marks included), outermost first. */
function quoted(text: string): string[] {
  const doc = analyzeDoc(text)
  return doc.quotations.map((q) => doc.text.slice(q.start, q.end))
}

test('pairs curly double quotes', () => {
  assert.deepEqual(quoted('He called it “a disgrace” and left.'), ['“a disgrace”'])
})

test('pairs straight double quotes, several in a line', () => {
  assert.deepEqual(quoted('"Yes," she said. "No," he said.'), ['"Yes,"', '"No,"'])
})

test("pairs doubled apostrophes as one double mark, its inside between the pairs; a lone '' or a triple is no mark", () => {
  const text = "''It's a plan,'' said Mr. Ivo Ruiz. ''We'll see.'' He wrote 5'' by 7'' and ''' too."
  const doc = analyzeDoc(text)
  assert.deepEqual(
    doc.quotations.map((q) => [doc.text.slice(q.start, q.end), doc.text.slice(q.open.end, q.close!.start)]),
    [
      ["''It's a plan,''", "It's a plan,"],
      ["''We'll see.''", "We'll see."],
    ],
  )
})

test('nests single quotes inside double quotes', () => {
  const text = '“He told me, ‘We will not sign,’ and walked out,” she said.'
  const doc = analyzeDoc(text)
  assert.deepEqual(
    doc.quotations.map((q) => [doc.text.slice(q.start, q.end), q.depth, q.parent]),
    [
      ['“He told me, ‘We will not sign,’ and walked out,”', 0, undefined],
      ['‘We will not sign,’', 1, 0],
    ],
  )
})

test('nests straight single quotes inside straight double quotes', () => {
  assert.deepEqual(quoted(`"They said 'next year' again," he said.`), [`"They said 'next year' again,"`, "'next year'"])
})

test('takes no apostrophe for a quote mark', () => {
  assert.deepEqual(quoted('That’s Russia’s plan. Ukraine’s reply: “No.” The parents’ house and the ’90s, O’Brien’s.'), [
    '“No.”',
  ])
})

test('takes no straight apostrophe for a quote mark', () => {
  assert.deepEqual(quoted(`It's the children's toys and the workers' pay, he said.`), [])
})

test('reads a possessive after a plural as an apostrophe even inside a single-quoted passage', () => {
  assert.deepEqual(quoted(`“The residents’ homes are gone,” she said.`), ['“The residents’ homes are gone,”'])
})

test('pairs guillemets, with or without inner spaces', () => {
  assert.deepEqual(quoted('Il a dit « non » puis «oui».'), ['« non »', '«oui»'])
})

test('pairs reversed guillemets as German writes them', () => {
  assert.deepEqual(quoted('Er sagte »nein« und ging.'), ['»nein«'])
})

test('pairs German low-high quotes', () => {
  assert.deepEqual(quoted('Er sagte „nein“ und ging.'), ['„nein“'])
})

test('joins a quotation that runs over several paragraphs (news style)', () => {
  const text = '“We will fight on.\n“We will not give up.\n“And we will win,” the leader said.'
  const doc = analyzeDoc(text)
  assert.equal(doc.quotations.length, 1)
  const [q] = doc.quotations
  assert.equal(q.start, 0)
  assert.equal(doc.text.slice(q.end - 2, q.end), ',”')
  assert.equal(q.reopenings.length, 2)
  assert.equal(q.closed, true)
})

test('a run of quoted paragraphs continues only with marks of its own shape', () => {
  // Straight marks reopen a straight run; a curly mark after an unclosed straight one starts a quotation of its own.
  const straight = analyzeDoc('"We will fight on.\n"We will win," the leader said.')
  assert.deepEqual(
    straight.quotations.map((q) => [q.start, q.reopenings.length, q.closed]),
    [[0, 1, true]],
  )
  const pasted = analyzeDoc('"The crowd stood, chanting “no more!”\n“That is right,” Ana said to the speaker.')
  assert.deepEqual(
    pasted.quotations.map((q) => pasted.text.slice(q.start, q.end)),
    ['"The crowd stood, chanting “no more!”', '“no more!”', '“That is right,”'],
  )
  assert.equal(pasted.quotations[0].closed, false)
})

test('keeps an unclosed quotation to the paragraph end and reports it', () => {
  const doc = analyzeDoc('He said “we are ready and left.\nThe next day was quiet.')
  assert.equal(doc.quotations.length, 1)
  assert.equal(doc.quotations[0].closed, false)
  assert.equal(doc.text.slice(doc.quotations[0].start, doc.quotations[0].end), '“we are ready and left.')
  assert.ok(doc.messages.some((m) => m.ruleId === 'quotations/unclosed'))
})

test('survives an odd number of straight double quotes', () => {
  assert.deepEqual(quoted('He said "yes and then "no" twice.'), ['"yes and then "no" twice.', '"no"'])
})

test('reads feet and inches as measures, not quotes', () => {
  assert.deepEqual(quoted(`He is 6'2" tall and said "hi".`), ['"hi"'])
})

test('ignores a text of only quote marks', () => {
  assert.deepEqual(quoted(`""""''''“”„«»‘’`), [])
})

test('pairs single-quoted words in a headline', () => {
  assert.deepEqual(quoted('Putin: ‘Fate’ and ‘God’ Behind the War'), ['‘Fate’', '‘God’'])
})

test('closes a quote mark after a comma or full stop', () => {
  assert.deepEqual(quoted('as “promising,” calling it “a step.” Then'), ['“promising,”', '“a step.”'])
})
