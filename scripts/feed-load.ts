// npm run load:feed [-- --items 10000 --workers N]: how fast the server answers while it ingests a big feed.
// Serves a generated RSS feed of N items from a local HTTP server, starts `newsgraph serve` (the build, on a
// temporary SQLite file, --allow-private-urls for the local feed), posts the feed as a background job and asks
// /v1/stats one request after another (50 ms apart) until the job ends, with a cheap probe (the job's status, no
// store query) between them: the probe shows how free the event loop is, stats adds the cost of its count
// queries. After the job, stats is timed again on the idle server over the same corpus, for comparison. Prints
// one line; exit status 1 when the stats p95 during the job is 100 ms or more or the job failed.
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
const probes: number[] = []
let job = started.body.job
while (job.status === 'queued' || job.status === 'running') {
  const stats = await timed('/v1/stats')
  if (stats.status !== 200) throw new Error(`/v1/stats answered ${stats.status}`)
  const probe = await timed(`/v1/jobs/${jobId}?limit=0`)
  // Only the requests made while the job runs count.
  if (job.status === 'running') {
    latencies.push(stats.ms)
    probes.push(probe.ms)
  }
  job = probe.body
  await new Promise((resolve) => setTimeout(resolve, 50))
}
const seconds = (Date.now() - began) / 1000
const idle: number[] = []
for (let k = 0; k < 40; k++) {
  idle.push((await timed('/v1/stats')).ms)
  await new Promise((resolve) => setTimeout(resolve, 50))
}
server.kill('SIGTERM')
feed.close()

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
const line = (values: number[]) =>
  `p50 ${pct(values, 50).toFixed(1)} ms, p95 ${pct(values, 95).toFixed(1)} ms, max ${pct(values, 100).toFixed(1)} ms`
const ok = job.status === 'done' && pct(latencies, 95) < 100
console.log(
  `feed of ${ITEMS} items as a job: ${job.status}, ${job.stored} stored, ${job.duplicates} copies, ${job.failed} failed ` +
    `in ${seconds.toFixed(1)} s (${(job.read / seconds).toFixed(1)} items/s); during it /v1/stats ` +
    `(${latencies.length} requests) ${line(latencies)}; the job-status probe ${line(probes)}; /v1/stats on the ` +
    `idle server afterwards ${line(idle)}; ${ok ? 'PASS' : 'FAIL'} (target: stats p95 < 100 ms during the job)`,
)
process.exit(ok ? 0 : 1)
