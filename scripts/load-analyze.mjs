#!/usr/bin/env node
// Load test of POST /v1/analyze: starts `newsgraph serve` on a temporary SQLite store, sends a 1,000-word article
// (built from the team's sample articles) from CONCURRENCY connections for SECONDS, and prints requests/s and
// latency percentiles. Run after `npm install`: node scripts/load-analyze.mjs [--seconds 10] [--concurrency 4]
// On a two-core machine, four connections keep the server's two analysis threads busy (one request analysed and
// one waiting on each); more connections only add queueing to every request's latency.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '4' } },
})
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const words = readdirSync(join(ROOT, 'examples'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'))
  .join('\n')
  .split(/(?<=\s)/)
const text = words.slice(0, 1000).join('')
const body = JSON.stringify({ text, published: '2026-06-12' })

const server = spawn(
  process.execPath,
  [
    join(ROOT, 'dist/cli/bin.js'),
    'serve',
    '--port',
    '0',
    '--db',
    join(mkdtempSync(join(tmpdir(), 'ng-load-')), 'load.db'),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const address = await new Promise((resolve) =>
  server.stdout.on('data', (chunk) => {
    const m = /at (http:\/\/\S+?)\//.exec(String(chunk))
    if (m) resolve(m[1])
  }),
)
const { hostname, port } = new URL(address)
const agent = new Agent({ keepAlive: true, maxSockets: Number(values.concurrency) })
const post = () =>
  new Promise((resolve, reject) => {
    const began = performance.now()
    const req = request(
      {
        host: hostname === 'localhost' ? '127.0.0.1' : hostname,
        port,
        path: '/v1/analyze',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 200 ? resolve(performance.now() - began) : reject(new Error(`HTTP ${res.statusCode}`)),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
for (let k = 0; k < 20; k++) await post() // warm-up: models loaded in every thread
const latencies = []
const end = performance.now() + Number(values.seconds) * 1000
await Promise.all(
  Array.from({ length: Number(values.concurrency) }, async () => {
    while (performance.now() < end) latencies.push(await post())
  }),
)
latencies.sort((a, b) => a - b)
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)
console.log(
  `POST /v1/analyze, ${words.slice(0, 1000).filter((w) => w.trim()).length} words, ${values.concurrency} connections, ${values.seconds} s: ${(latencies.length / Number(values.seconds)).toFixed(1)} requests/s; latency p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`,
)
agent.destroy()
server.kill('SIGTERM')
