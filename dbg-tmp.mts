import { connect, type Socket } from 'node:net'
import { buildServer } from './src/server/app.ts'
import { CorpusStore } from './src/corpus/store/corpus-store.ts'
import { createRequestLog } from './src/server/request-log.ts'
const store = await CorpusStore.open('/tmp/dbg-ng.db')
const app = await buildServer({ store, workers: 0, log: createRequestLog({ quiet: true }), connections: { maxConnections: 100, headersTimeoutMs: 1500 } })
await app.listen({ port: 0, host: '127.0.0.1' })
const port = (app.server.address() as any).port
const closed = new Set<Socket>(); let got = 0
await Promise.all(Array.from({ length: 300 }, () => new Promise<void>((resolve) => {
  const socket = connect(port, '127.0.0.1', () => { socket.write('GET /v1/stats HTTP/1.1\r\nHost: localhost\r\n'); resolve() })
  socket.on('error', () => resolve()); socket.on('data', () => got++)
  socket.on('close', () => closed.add(socket))
})))
const began = Date.now()
console.log((await fetch(`http://127.0.0.1:${port}/v1/stats`, { signal: AbortSignal.timeout(5_000) })).status)
for (let k = 0; k < 4; k++) { await new Promise((r) => setTimeout(r, 1000)); console.log(Date.now() - began, closed.size, got) }
process.exit()
