// The corpus from the command line, as a user runs it: ingest, every query, exports, bad input in a batch,
// four concurrent ingest processes on PostgreSQL, and a kill -9 in the middle of an ingest.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import pg from 'pg'
import { freshPostgres, postgresSkip, WIRE_STORY, writeCorpusFixtures } from '../test-support/corpus-fixtures.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'src/cli/bin.ts')

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const fixtures = writeCorpusFixtures(mkdtempSync(join(tmpdir(), 'ng-cli-fixtures-')))
const db = join(mkdtempSync(join(tmpdir(), 'ng-cli-db-')), 'corpus.db')
const ingested = run(['ingest', fixtures.good, fixtures.bad, '--db', db, '--json'])

test('ingest reports every bad input, stores the rest, and exits 1 because some failed', () => {
  assert.equal(ingested.status, 1, ingested.stderr)
  assert.match(ingested.stderr, /3 of \d+ items failed/)
  const summary = JSON.parse(ingested.stdout)
  assert.equal(summary.stored, 13)
  assert.equal(summary.duplicates, 2)
  assert.equal(summary.failed.length, 3)
  const text = run(['ingest', fixtures.good, '--db', db])
  assert.equal(text.status, 0)
  assert.match(text.stdout, /0 analysed and stored, 0 copies linked to their original, 12 already stored, 0 failed/)
})

test('a 50 MB page is refused with a reason, and the batch goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cli-big-'))
  writeFileSync(
    join(dir, 'huge.html'),
    '<html><body>' + '<p>Filler paragraph about nothing in particular.</p>'.repeat(1_000_000) + '</body></html>',
  )
  writeFileSync(
    join(dir, 'small.txt'),
    'Mayor Jonas Ekberg opened a new library in Arnhill on Monday, the council said.',
  )
  const result = run(['ingest', dir, '--db', join(dir, 'c.db'), '--json'])
  assert.equal(result.status, 1, result.stderr)
  const summary = JSON.parse(result.stdout)
  assert.equal(summary.stored, 1)
  assert.match(summary.failed[0].reason, /over the \d+-byte limit/)
})

test('search, quotes, events, claims, actor, timeline, network from the command line', () => {
  const search = run(['search', 'grain', 'corridor', '--db', db])
  assert.equal(search.status, 0, search.stderr)
  assert.match(search.stdout, /^\d+ articles in 1 stories/)
  assert.match(search.stdout, /sources: .*Harbor Times/)
  const paged = run(['search', 'officials', '--limit', '1', '--db', db])
  const cursor = paged.stdout.match(/1 of (\d+) · next page: --cursor (\S+)/)
  assert.ok(cursor, paged.stdout)
  const next = run(['search', 'officials', '--limit', '1', '--cursor', cursor[2], '--db', db])
  assert.match(next.stdout, new RegExp(`1 of ${cursor[1]}`))
  assert.notEqual(next.stdout.split('\n')[1], paged.stdout.split('\n')[1], 'page 2 holds another article')
  const quotes = JSON.parse(run(['quotes', '--speaker', 'Saar', '--db', db, '--json']).stdout)
  assert.ok(quotes.items.some((q: { content: string }) => q.content.includes('Ships will move again')))
  const events = run(['events', '--type', 'REQUEST', '--db', db])
  assert.match(events.stdout, /REQUEST(\/\w+)? +Kadri Saar → Latvia/)
  const claims = run(['claims', '--status', 'false', '--db', db])
  assert.match(claims.stdout, /false +Paul Granger/)
  const actor = run(['actor', 'Kadri Saar', '--db', db])
  assert.equal(actor.status, 0, actor.stderr)
  assert.match(actor.stdout, /^Kadri Saar +PERSON/)
  assert.match(actor.stdout, /Counterparts\n {2}Latvia/)
  const timeline = run(['timeline', '--actor', 'Estonia', '--db', db])
  assert.match(timeline.stdout, /2026-03-02 +CONSULT/)
  const network = JSON.parse(run(['network', '--db', db, '--json']).stdout)
  assert.ok(
    network.some(
      (e: { sourceName: string; targetName: string }) => e.sourceName === 'Kadri Saar' && e.targetName === 'Latvia',
    ),
  )
  const missing = run(['actor', 'Nobody Atall', '--db', db])
  assert.equal(missing.status, 3)
})

test('exports stream to a file or standard output', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ng-cli-export-')), 'events.csv')
  assert.equal(run(['export', '--format', 'csv', '--out', out, '--db', db]).status, 0)
  assert.match(readFileSync(out, 'utf8'), /^date,actor1_name/)
  const jsonl = run(['export', '--format', 'jsonl', '--db', db])
  assert.equal(jsonl.stdout.trim().split('\n').length, 13)
  assert.match(run(['export', '--format', 'gexf', '--db', db]).stdout, /<gexf/)
  assert.equal(run(['export', '--format', 'xls', '--db', db]).status, 2)
})

test('queries on a store that does not exist say how to build one', () => {
  const result = run(['search', 'grain', '--db', join(tmpdir(), 'no-such-corpus.db')])
  assert.equal(result.status, 3)
  assert.match(result.stderr, /newsgraph ingest/)
})

/** N generated articles (the team's wire story with its place and people changed), one file each. */
function manyArticles(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-many-'))
  mkdirSync(dir, { recursive: true })
  const places = ['Tallinn', 'Riga', 'Vilnius', 'Helsinki', 'Oslo', 'Gdansk', 'Turku', 'Tartu']
  for (let k = 0; k < n; k++) {
    const text =
      WIRE_STORY.replace(/Tallinn/g, places[k % places.length])
        .replace(/4 million/, `${k + 1} million`)
        .replace(/Kadri Saar/g, `Kadri Saar${k}`) +
      `\nThe ministers will meet again in ${places[(k + 3) % places.length]} in ${2027 + (k % 40)} to review convoy number ${k}.`
    writeFileSync(join(dir, `article-${String(k).padStart(4, '0')}.txt`), text)
  }
  return dir
}

test('kill -9 in the middle of an ingest loses nothing committed; the re-run completes without duplicates', async () => {
  const dir = manyArticles(300)
  const target = join(mkdtempSync(join(tmpdir(), 'ng-kill-')), 'corpus.db')
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', dir, '--db', target, '--workers', '1'], {
    cwd: ROOT,
    stdio: 'ignore',
  })
  const count = () => {
    try {
      const conn = new Database(target, { readonly: true, fileMustExist: true })
      try {
        return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
      } finally {
        conn.close()
      }
    } catch {
      return 0
    }
  }
  let before = 0
  for (let waited = 0; waited < 60_000 && before < 20; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    before = count()
  }
  child.kill('SIGKILL')
  await new Promise((resolve) => child.on('exit', resolve))
  const afterKill = count()
  assert.ok(afterKill >= 20 && afterKill < 300, `killed after ${afterKill} articles`)
  const rerun = run(['ingest', dir, '--db', target, '--json'])
  assert.equal(rerun.status, 0, rerun.stderr)
  const summary = JSON.parse(rerun.stdout)
  assert.equal(summary.skipped, afterKill)
  assert.equal(summary.stored + summary.duplicates, 300 - afterKill)
  assert.equal(count(), 300)
  const conn = new Database(target, { readonly: true })
  assert.equal((conn.prepare('SELECT count(DISTINCT key) AS n FROM articles').get() as { n: number }).n, 300)
  conn.close()
})

test('four concurrent ingest processes on PostgreSQL store each article once', { skip: postgresSkip() }, async () => {
  const dir = manyArticles(40)
  const { url, drop } = await freshPostgres()
  try {
    const runs = await Promise.all(
      [0, 1, 2, 3].map(
        () =>
          new Promise<{ code: number | null; out: string }>((resolve) => {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', BIN, 'ingest', dir, '--db', url, '--workers', '1', '--json'],
              { cwd: ROOT },
            )
            let out = ''
            child.stdout.on('data', (chunk) => {
              out += chunk
            })
            child.on('exit', (code) => resolve({ code, out }))
          }),
      ),
    )
    for (const r of runs) assert.equal(r.code, 0)
    const summaries = runs.map((r) => JSON.parse(r.out) as { stored: number; duplicates: number; failed: unknown[] })
    assert.equal(
      summaries.reduce((n, s) => n + s.stored + s.duplicates, 0),
      40,
    )
    assert.ok(summaries.every((s) => s.failed.length === 0))
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query('SELECT count(*)::int AS n, count(DISTINCT key)::int AS keys FROM articles')
    await client.end()
    assert.deepEqual(rows[0], { n: 40, keys: 40 })
  } finally {
    await drop()
  }
})

test('the progress line shows a bar and an ETA when the total is known', async () => {
  const { progressLine } = await import('./commands/corpus.js')
  const { countItems } = await import('../corpus/ingest/sources.js')
  assert.equal(await countItems([fixtures.good]), 5 + 4 + 1 + 2)
  const line = progressLine(
    {
      read: 50,
      stored: 40,
      duplicates: 5,
      skipped: 5,
      failed: [],
      notes: [],
      notEnglish: [],
      undated: 0,
      seconds: 10,
      articlesPerSecond: 4.5,
    },
    100,
  )
  assert.match(line, /\[█{10}░{10}\] 50\/100/)
  assert.match(line, /ETA 10 s/)
  assert.doesNotMatch(
    progressLine({
      read: 5,
      stored: 5,
      duplicates: 0,
      skipped: 0,
      failed: [],
      notes: [],
      notEnglish: [],
      undated: 0,
      seconds: 1,
      articlesPerSecond: 5,
    }),
    /ETA/,
  )
})

test('ingest prints file names escaped: a name with a newline or an escape code forges no line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cli-names-'))
  writeFileSync(join(dir, 'evil\n  failed  forged\u001b[2J.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0]))
  writeFileSync(
    join(dir, 'good.txt'),
    'Mayor Jonas Ekberg opened a new library in Arnhill on Monday, the council said.',
  )
  const result = run(['ingest', dir, '--db', join(dir, 'c.db')])
  assert.equal(result.status, 1, result.stderr)
  assert.match(result.stdout, /1 analysed and stored, .* 1 failed/)
  const failedLines = result.stdout.split('\n').filter((line) => line.includes('failed  '))
  assert.equal(failedLines.length, 1)
  assert.match(failedLines[0], /evil\\n {2}failed {2}forged\\x1b\[2J\.txt/)
  assert.doesNotMatch(result.stdout, /\u001b/)
})

test('ingest refuses a URL on a private address unless --allow-private-urls says otherwise', async () => {
  const { createServer } = await import('node:http')
  const page =
    '<html><head><title>Harbour Board Approves New Ferry Route</title></head><body><article><p>The harbour ' +
    'board approved a new ferry route on Tuesday, its chair, Ines Moreau, said.</p></article></body></html>'
  const server = createServer((_request, response) => response.end(page))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/ferry`
  const ingestAsync = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: ROOT })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })
  try {
    const target = join(mkdtempSync(join(tmpdir(), 'ng-cli-private-')), 'corpus.db')
    const refused = await ingestAsync(['ingest', url, '--db', target, '--json', '--workers', '0'])
    assert.equal(refused.status, 1, refused.stderr)
    assert.match(refused.stdout, /private|loopback/i)
    const allowed = await ingestAsync([
      'ingest',
      url,
      '--db',
      target,
      '--json',
      '--workers',
      '0',
      '--allow-private-urls',
    ])
    assert.equal(allowed.status, 0, allowed.stderr)
    assert.equal(JSON.parse(allowed.stdout).stored, 1)
  } finally {
    server.close()
  }
})
