import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { slowTier } from '../test-support/tiers.js'
import { annotatorAgreement, scoreAttributions, type Pieces, type Relation } from './eval-quotes.js'
import { parseAnn, readPolnearAnnotations } from './polnear.js'

const TEXT =
  'The mayor said the bridge would reopen in May. "We are ready," said Ana Ruiz. Critics claimed the plan was rushed. Officials hope traffic will ease.'

/** The pieces of the `nth` occurrence of `phrase` in TEXT. */
function at(phrase: string, nth = 0): Pieces {
  let start = -1
  for (let k = 0; k <= nth; k++) start = TEXT.indexOf(phrase, start + 1)
  assert.ok(start >= 0, phrase)
  return [[start, start + phrase.length]]
}

const MAYOR: Relation = { content: at('the bridge would reopen in May'), source: at('The mayor'), cue: at('said') }
const RUIZ: Relation = { content: at('"We are ready,"'), source: at('Ana Ruiz'), cue: at('said', 1) }
const CRITICS: Relation = { content: at('the plan was rushed'), source: at('Critics'), cue: at('claimed') }
const OFFICIALS: Relation = { content: at('traffic will ease'), source: at('Officials'), cue: at('hope') }

// Three annotators agree on three statements; a fourth keeps one of them and adds one nobody else marked.
const ANNOTATORS = {
  a: [MAYOR, RUIZ, CRITICS],
  b: [MAYOR, RUIZ, CRITICS],
  c: [MAYOR, RUIZ, CRITICS],
  d: [MAYOR, OFFICIALS],
}

test('sources and cues are scored alone too, whatever content they go with, each distinct span once', () => {
  // The system found the mayor's source and cue twice, with a content that misses the gold one.
  const wrong: Relation = { content: at('"We are ready," said Ana Ruiz'), source: at('The mayor'), cue: at('said') }
  const score = scoreAttributions([{ text: TEXT, gold: [MAYOR], system: [wrong, wrong] }])
  assert.equal(score.content.overlap.recall, 0)
  assert.equal(score.source.recall, 0, 'no content found: no source of a found quote')
  assert.deepEqual([score.spans.source.precision, score.spans.source.recall], [1, 1])
  assert.deepEqual([score.spans.cue.precision, score.spans.cue.recall], [1, 1])
})

test('annotator agreement: every annotator against every other, and against what most of the others marked', () => {
  const article = {
    name: 'bridge',
    text: TEXT,
    annotations: Object.entries(ANNOTATORS).map(([annotator, attributions]) => ({ annotator, attributions })),
  }
  const single = { name: 'alone', text: TEXT, annotations: [{ annotator: 'a', attributions: [MAYOR] }] }
  const { pairwise, majority, articles } = annotatorAgreement([article, single])
  assert.equal(articles, 1, 'an article read by one annotator has no agreement to measure')
  // Twelve ordered pairs: six among a, b and c (3 of 3 each), three with d as gold (1 of 2 found, 3 given), three
  // with d as system (1 of 3 found, 2 given): 24 found of 33 gold and 33 given.
  assert.equal(pairwise.articles, 12)
  assert.deepEqual([pairwise.content.overlap.precision, pairwise.content.overlap.recall], [24 / 33, 24 / 33])
  // a, b, c each meet the three statements most others marked (d's own is left out); d as gold finds 1 of 2.
  assert.equal(majority.articles, 4)
  assert.deepEqual([majority.content.overlap.precision, majority.content.overlap.recall], [10 / 12, 10 / 11])
  assert.equal(majority.source.f1, majority.content.overlap.f1, 'every found content has its source')
})

test("a content split by its attribution keeps both pieces (PolNeAR's Content2)", () => {
  const ann = [
    'T1\tSource 0 3\tAna',
    'T2\tCue 4 8\tsaid',
    'T3\tContent 10 14\tyes.',
    'T4\tContent 17 20\tno.',
    'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4',
  ].join('\n')
  assert.deepEqual(parseAnn(ann), [
    {
      id: 'E1',
      content: [
        [10, 14],
        [17, 20],
      ],
      source: [[0, 3]],
      cue: [[4, 8]],
    },
  ])
})

const BIN = fileURLToPath(new URL('../cli/bin.ts', import.meta.url))

/** A PolNeAR-style folder: text/<name>.txt and attributions/<name>_<annotator>.ann in brat standoff. */
function polnearFolder(annotators: Record<string, Relation[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-polnear-'))
  mkdirSync(join(dir, 'text'))
  mkdirSync(join(dir, 'attributions'))
  writeFileSync(join(dir, 'text', 'bridge.txt'), TEXT)
  for (const [annotator, relations] of Object.entries(annotators)) {
    const lines: string[] = []
    relations.forEach((relation, r) => {
      const ids = (['Source', 'Cue', 'Content'] as const).map((role, k) => {
        const [[start, end]] = relation[role.toLowerCase() as keyof Relation]
        lines.push(`T${r * 3 + k + 1}\t${role} ${start} ${end}\t${TEXT.slice(start, end)}`)
        return `${role}:T${r * 3 + k + 1}`
      })
      lines.push(`E${r + 1}\tAttribution ${ids.join(' ')}`)
    })
    writeFileSync(join(dir, 'attributions', `bridge_${annotator}.ann`), lines.join('\n') + '\n')
  }
  return dir
}

function evalQuotesCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'eval', 'quotes', ...args], { encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

test(
  'eval quotes --agreement reads every annotator of a PolNeAR folder and prints their agreement beside ours',
  slowTier,
  () => {
    const dir = polnearFolder(ANNOTATORS)
    assert.deepEqual(
      readPolnearAnnotations(dir)[0].annotations.map((a) => a.annotator),
      ['a', 'b', 'c', 'd'],
    )
    const json = evalQuotesCli('--polnear', dir, '--agreement', '--json')
    assert.equal(json.status, 0, json.stderr)
    const scores = JSON.parse(json.stdout)
    assert.equal(scores.articles, 1)
    assert.equal(scores.pairwise.content.overlap.f1, 24 / 33)
    assert.equal(scores.majority.content.overlap.r, 10 / 11)
    assert.deepEqual(Object.keys(scores.majority.spans), ['source', 'cue'])
    // Our own quotes against each of the four annotators: the one direct quote, which three of them marked, each time.
    assert.equal(scores.system.direct.r, 1)
    const text = evalQuotesCli('--polnear', dir, '--agreement')
    assert.match(text.stdout, /Annotator agreement on .*: 1 articles read by several annotators/)
    assert.match(text.stdout, /against each other \(12 pairs\):\n {2}content {2}P {2}72\.73/)
  },
)

test(
  'eval quotes scores the system with sources and cues alone, and --agreement needs several annotators',
  slowTier,
  () => {
    const dir = polnearFolder({ a: [MAYOR, RUIZ] })
    const system = evalQuotesCli('--polnear', dir, '--json')
    assert.equal(system.status, 0, system.stderr)
    const scores = JSON.parse(system.stdout)
    assert.ok(scores.spans.source.r >= scores.source.r, 'a source alone is found whenever it is found with its content')
    const agreement = evalQuotesCli('--polnear', dir, '--agreement')
    assert.notEqual(agreement.status, 0)
    assert.match(agreement.stderr, /more than one annotator/)
  },
)
