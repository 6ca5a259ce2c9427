// npm run soak [-- --seconds 60]: a bounded local soak of `newsgraph serve` on a temporary SQLite file. Concurrent
// analyze, ingest (batches and a feed job) and queries run for the given time; halfway the server is killed with
// SIGKILL and restarted, and the clients resend what was in flight (at-least-once, as a real client would). At the
// end every article the server acknowledged must be stored, no text stored twice, no response a 500, and the
// server's memory (RSS, sampled each second) flat. One summary line; exit status 1 on any failure.
// Needs the build (npm run build): it runs dist/cli/bin.js as a user would.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { generatedArticle, serveFeed } from '../src/test-support/feed-fixtures.js'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' } } })
const SECONDS = Number(values.seconds)
const BIN = new URL('../dist/cli/bin.js', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'ng-soak-'))
const db = join(dir, 'soak.db')
const logFile = join(dir, 'server.log')

const counts = { analyze: 0, queries: 0, batches: 0, resent: 0, interrupted: 0, status500: 0, other5xx: 0 }
const acknowledged = new Map<string, string>() // article key (our index) → id the server gave
const rss: { life: number; at: number; mb: number }[] = []
let server: ChildProcess | undefined
let base = ''
let life = 0
let stopping = false

async function startServer(): Promise<void> {
  life++
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', db, '--port', '0', '--workers', '1', '--allow-private-urls'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const { createWriteStream } = await import('node:fs')
  child.stderr!.pipe(createWriteStream(logFile, { flags: 'a' }))
  base = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const found = /at (http:\/\/\S+?)\/ \(/.exec(out)
      if (found) resolve(found[1])
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)))
  })
  server = child
}

function sampleRss(): void {
  const pid = server?.pid
  if (!pid) return
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1])
    if (kb) rss.push({ life, at: Date.now(), mb: kb / 1024 })
  } catch {
    // The process is between lives.
  }
}

/** One request; a connection error (the server killed) is retried after a pause until it answers. */
async function call(path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  for (;;) {
    try {
      const response = await fetch(base + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(60_000),
      })
      const text = await response.text()
      if (response.status === 500) counts.status500++
      else if (response.status > 500) counts.other5xx++
      return { status: response.status, json: text.startsWith('{') ? JSON.parse(text) : text }
    } catch {
      counts.interrupted++
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

const articleOf = (index: number) => {
  const { title, text } = generatedArticle(index)
  return { text: `${title}\n${text}`, title, source: 'Soak Wire', url: `https://soak.example/${index}` }
}

async function analyzeLoop(seed: number): Promise<void> {
  for (let k = 0; !stopping; k++) {
    const { status } = await call('/v1/analyze', articleOf(seed * 100_000 + k))
    if (status === 200) counts.analyze++
  }
}

let nextIngest = 1_000_000
async function ingestLoop(): Promise<void> {
  while (!stopping) {
    const indexes = [nextIngest++, nextIngest++, nextIngest++, nextIngest++]
    // Resent until acknowledged: a batch cut by the kill goes again to the restarted server.
    for (let attempt = 0; ; attempt++) {
      const before = counts.interrupted
      const { status, json } = await call('/v1/articles', { articles: indexes.map(articleOf) })
      if (counts.interrupted > before) counts.resent++
      if (status !== 200) {
        if (attempt > 20) break
        continue
      }
      for (const result of (json as { results: { index: number; status: string; id?: string }[] }).results)
        if (result.id && result.status !== 'failed') acknowledged.set(String(indexes[result.index]), result.id)
      counts.batches++
      break
    }
  }
}

async function queryLoop(): Promise<void> {
  const paths = ['/v1/stats', '/v1/search?q=bridge', '/v1/quotes?limit=20', '/v1/events?limit=20', '/v1/claims']
  for (let k = 0; !stopping; k++) {
    const { status } = await call(paths[k % paths.length])
    if (status === 200) counts.queries++
  }
}

/** A feed job; its acknowledged items are those the job reported with an id. Started again after the kill. */
async function feedJob(url: string): Promise<void> {
  const { status, json } = await call('/v1/articles', { feed: url })
  if (status !== 202) throw new Error(`the feed job was not started: ${status} ${JSON.stringify(json)}`)
  const id = (json as { job: { id: string } }).job.id
  const startedIn = life
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    if (life !== startedIn) return // the job died with its server
    const job = await call(`/v1/jobs/${id}`)
    if (job.status !== 200) return
    const view = job.json as { status: string; items: { index: number; status: string; id?: string }[] }
    for (const item of view.items)
      if (item.id && item.status !== 'failed') acknowledged.set(`feed-${item.index}`, item.id)
    if (view.status === 'done' || view.status === 'failed') return
  }
}

const feed = await serveFeed(300)
await startServer()
const sampler = setInterval(sampleRss, 1_000)
const began = Date.now()
const loops = [analyzeLoop(1), analyzeLoop(2), ingestLoop(), ingestLoop(), queryLoop(), queryLoop()]
const firstFeed = feedJob(feed.url)
await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2))
server!.kill('SIGKILL')
await new Promise((resolve) => server!.once('exit', resolve))
await startServer()
await firstFeed
const secondFeed = feedJob(feed.url)
await new Promise((resolve) => setTimeout(resolve, Math.max(0, began + SECONDS * 1000 - Date.now())))
stopping = true
await Promise.all(loops)
await secondFeed
clearInterval(sampler)

// Everything acknowledged is stored; no text is stored twice as an original.
let lost = 0
for (const id of acknowledged.values()) if ((await call(`/v1/articles/${id}`)).status !== 200) lost++
server!.kill('SIGTERM')
await new Promise((resolve) => server!.once('exit', resolve))
feed.close()
const sqlite = new Database(db, { readonly: true })
const twice = (
  sqlite
    .prepare(
      'SELECT count(*) AS n FROM (SELECT text_hash FROM articles WHERE duplicate_of IS NULL GROUP BY text_hash HAVING count(*) > 1)',
    )
    .get() as { n: number }
).n
const stored = (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
sqlite.close()

// Flat memory: in each life, after a 10 s warm-up, the last third of the samples peaks no more than 30 % (and
// 60 MB) above the first third.
const flat: string[] = []
let memoryOk = true
for (const l of [1, 2]) {
  const samples = rss.filter((s) => s.life === l)
  const warm = samples.filter((s) => s.at - samples[0].at >= 10_000).map((s) => s.mb)
  if (warm.length < 6) continue
  const third = Math.floor(warm.length / 3)
  const early = Math.max(...warm.slice(0, third))
  const late = Math.max(...warm.slice(-third))
  if (late > early * 1.3 && late - early > 60) memoryOk = false
  flat.push(`life ${l} ${early.toFixed(0)}→${late.toFixed(0)} MB`)
}
const ok = lost === 0 && twice === 0 && counts.status500 === 0 && memoryOk && acknowledged.size > 0
console.log(
  `soak ${SECONDS} s, 1 kill -9 + restart: analyze ${counts.analyze} ok, ingest ${acknowledged.size} acknowledged ` +
    `(${counts.batches} batches, ${counts.resent} resent after the kill), queries ${counts.queries}, ${stored} rows; ` +
    `lost ${lost}, stored twice ${twice}, 500s ${counts.status500} (other 5xx ${counts.other5xx}); ` +
    `RSS ${flat.join(', ')}${memoryOk ? ' (flat)' : ' (GROWING)'}; ${ok ? 'PASS' : 'FAIL'} (log: ${logFile})`,
)
process.exit(ok ? 0 : 1)
