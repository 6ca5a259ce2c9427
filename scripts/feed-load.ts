// npm run load:feed [-- --items 10000 --workers N]: how fast the server answers while it ingests a big feed.
// Serves a generated RSS feed of N items from a local HTTP server, starts `newsgraph serve` (the build, on a
// temporary SQLite file, --allow-private-urls for the local feed), posts the feed as a background job and asks
// /v1/stats one request after another (50 ms apart) until the job ends. Prints the latency percentiles of those
// requests and the job's pace on one line; exit status 1 when p95 is 100 ms or more or the job failed.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { serveFeed } from '../src/test-support/feed-fixtures.js'

const { values } = parseArgs({
  options: { items: { type: 'string', default: '10000' }, workers: { type: 'string' } },
})
const ITEMS = Number(values.items)
const BIN = new URL('../dist/cli/bin.js', import.meta.url).pathname
const db = join(mkdtempSync(join(tmpdir(), 'ng-feed-load-')), 'corpus.db')

const feed = await serveFeed(ITEMS)
const args = [BIN, 'serve', '--db', db, '--port', '0', '--allow-private-urls', '--quiet']
if (values.workers) args.push('--workers', values.workers)
const server: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
const base = await new Promise<string>((resolve, reject) => {
  let out = ''
  server.stdout!.on('data', (chunk) => {
    out += chunk
    const found = /at (http:\/\/\S+?)\/ \(/.exec(out)
    if (found) resolve(found[1])
  })
  server.once('exit', (code) => reject(new Error(`the server exited (${code})`)))
})

const timed = async (path: string, init?: RequestInit) => {
  const began = performance.now()
  const response = await fetch(base + path, init)
  // biome-ignore lint/suspicious/noExplicitAny: the script reads whatever JSON the server answered
  const body: any = await response.json()
  return { ms: performance.now() - began, status: response.status, body }
}

const began = Date.now()
const started = await timed('/v1/articles', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ feed: feed.url }),
})
if (started.status !== 202) throw new Error(`expected 202, got ${started.status}: ${JSON.stringify(started.body)}`)
const jobId = started.body.job.id as string
const latencies: number[] = []
let job = started.body.job
let lastPoll = 0
while (job.status === 'queued' || job.status === 'running') {
  const stats = await timed('/v1/stats')
  if (stats.status !== 200) throw new Error(`/v1/stats answered ${stats.status}`)
  // Only the requests made while the job runs count.
  if (job.status === 'running') latencies.push(stats.ms)
  if (Date.now() - lastPoll > 1_000) {
    job = (await timed(`/v1/jobs/${jobId}?limit=0`)).body
    lastPoll = Date.now()
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
}
const seconds = (Date.now() - began) / 1000
server.kill('SIGTERM')
feed.close()

latencies.sort((a, b) => a - b)
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
const ok = job.status === 'done' && pct(95) < 100
console.log(
  `feed of ${ITEMS} items as a job: ${job.status}, ${job.stored} stored, ${job.duplicates} copies, ${job.failed} failed ` +
    `in ${seconds.toFixed(1)} s (${(job.read / seconds).toFixed(1)} items/s); /v1/stats during it: ` +
    `${latencies.length} requests, p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, ` +
    `p99 ${pct(99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms; ${ok ? 'PASS' : 'FAIL'} (target p95 < 100 ms)`,
)
process.exit(ok ? 0 : 1)
