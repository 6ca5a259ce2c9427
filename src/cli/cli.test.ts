import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { assertValidAnalysis } from '../test-support/check-analysis.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'src/cli/bin.ts')
const SAMPLE = join(ROOT, 'examples/ceasefire-talks.txt')
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'))

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

test('analyze leads with who said what, events, claims, dates and places; sentences only with --verbose', () => {
  const { status, stdout } = run(['analyze', SAMPLE, '--published', '2025-03-03'])
  assert.equal(status, 0)
  assert.match(stdout, /^Article [0-9a-f]{16} {2}language en/)
  assert.match(stdout, /Title {5}Envoys Agree to Resume Ceasefire Talks/)
  assert.match(stdout, /Published 2025-03-03 \(from the caller\)/)
  assert.match(stdout, /Dateline {2}GENEVA, March 3 \(Newsgraph\) -/)
  const sections = [...stdout.matchAll(/^([A-Z][a-z]+(?: [a-z()]+)*)$/gm)].map((m) => m[1])
  assert.deepEqual(sections.slice(0, 2), ['Quotes', 'Events'])
  assert.ok(sections.indexOf('Times') < sections.indexOf('Entities (by salience)'))
  assert.doesNotMatch(stdout, /Paragraphs and sentences/)
  const verbose = run(['analyze', SAMPLE, '--published', '2025-03-03', '--verbose']).stdout
  assert.match(verbose, /Paragraphs and sentences\n {2}¶1 title/)
  assert.match(verbose, /Quotations\n {2}q1 \[\d+-\d+\] \(double\)/)
})

test('analyze --json prints the newsgraph.analysis/1 contract', () => {
  const { status, stdout } = run(['analyze', SAMPLE, '--json', '--title', 'Given title', '--source', 'Wire'])
  assert.equal(status, 0)
  const analysis = JSON.parse(stdout)
  assertValidAnalysis(analysis)
  assert.equal(analysis.article.title, 'Given title')
  assert.equal(analysis.article.source, 'Wire')
})

test('analyze - reads standard input', () => {
  const { status, stdout } = run(['analyze', '-', '--json'], '“We are ready,” she said. Then she left.')
  assert.equal(status, 0)
  assert.equal(JSON.parse(stdout).sentences.length, 2)
})

test('a missing file exits 3 with a one-line message', () => {
  const { status, stdout, stderr } = run(['analyze', join(dir, 'nope.txt')])
  assert.equal(status, 3)
  assert.equal(stdout, '')
  assert.match(stderr, /^newsgraph analyze: cannot read ".*nope\.txt": no such file\n$/)
})

test('a folder exits 4', () => {
  const { status, stderr } = run(['analyze', dir])
  assert.equal(status, 4)
  assert.match(stderr, /it is a folder/)
})

test('a binary file exits 4 and says it is binary', () => {
  const { status, stderr } = run([
    'analyze',
    file('junk.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0xff])),
  ])
  assert.equal(status, 4)
  assert.match(stderr, /looks like a binary file/)
})

test('invalid UTF-8 is read as Windows-1252', () => {
  const { status, stdout } = run([
    'analyze',
    file('latin1.txt', Buffer.from('Caf\xe9 owners said prices rose.', 'latin1')),
    '--json',
  ])
  assert.equal(status, 0)
  assert.equal(JSON.parse(stdout).article.text, 'Café owners said prices rose.')
})

test('UTF-16 with a byte-order mark is decoded', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Yes,” he said.', 'utf16le')])
  const { status, stdout } = run(['analyze', file('utf16.txt', bytes), '--json'])
  assert.equal(status, 0)
  assert.equal(JSON.parse(stdout).quotations.length, 1)
})

test('an empty file gives a valid empty result', () => {
  const { status, stdout } = run(['analyze', file('empty.txt', ''), '--json'])
  assert.equal(status, 0)
  const analysis = JSON.parse(stdout)
  assertValidAnalysis(analysis)
  assert.equal(analysis.sentences.length, 0)
})

test('a file over --max-bytes exits 4 and names the limit', () => {
  const { status, stderr } = run(['analyze', SAMPLE, '--max-bytes', '100'])
  assert.equal(status, 4)
  assert.match(stderr, /over the limit of 100 bytes/)
})

test('a bad --published exits 2 with what was expected', () => {
  const { status, stderr } = run(['analyze', SAMPLE, '--published', 'last week'])
  assert.equal(status, 2)
  assert.match(stderr, /expected a date as YYYY-MM-DD/)
})

test('unknown commands and options exit 2 with usage', () => {
  assert.equal(run(['frobnicate']).status, 2)
  const { status, stderr } = run(['analyze', SAMPLE, '--colour'])
  assert.equal(status, 2)
  assert.match(stderr, /Unknown option '--colour'/)
  assert.equal(run([]).status, 2)
  assert.equal(run(['--help']).status, 0)
})

test('the installed bin runs (built by npm install)', {
  skip: existsSync(join(ROOT, 'dist/cli/bin.js')) ? false : 'dist/ is not built: run npm install',
}, () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'analyze', SAMPLE], { encoding: 'utf8' })
  assert.equal(result.status, 0)
  assert.match(result.stdout, /^Quotes$/m)
})

test('bench prints throughput, memory and start-up numbers as JSON', () => {
  const { status, stdout } = run(['bench', '--articles', '20', '--rounds', '1', '--json'])
  assert.equal(status, 0)
  const result = JSON.parse(stdout)
  assert.equal(result.articles, 20)
  assert.ok(result.tokens > 1000)
  assert.ok(result.tokensPerSecond > 0 && result.textLayerTokensPerSecond > 0)
  assert.ok(result.peakMemoryMB > 0)
  assert.ok(result.startupMs > 0)
  assert.ok(Math.abs(Object.values(result.stageShare as Record<string, number>).reduce((a, b) => a + b, 0) - 1) < 0.01)
})

test('bench over a folder of articles, and a clear error for a missing folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'))
  writeFileSync(join(folder, 'a.txt'), 'One sentence here. Another one.')
  const { status, stdout } = run(['bench', folder, '--rounds', '1', '--json'])
  assert.equal(status, 0)
  assert.equal(JSON.parse(stdout).articles, 1)
  assert.equal(run(['bench', join(folder, 'missing')]).status, 3)
})
