// Slow and idle clients cannot deny service (issue 22, D8): sockets that never finish their headers are cut by
// the headers timeout, and past the connection cap the oldest idle one makes room for a real request.
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { buildServer } from './app.js'
import { createRequestLog } from './request-log.js'

const IDLE = 300

describe('slow clients', () => {
  let app: FastifyInstance
  let store: CorpusStore
  let port: number
  const sockets: Socket[] = []
  before(async () => {
    store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-slow-')), 'corpus.db'))
    app = await buildServer({
      store,
      workers: 0,
      log: createRequestLog({ quiet: true }),
      connections: { maxConnections: 100, headersTimeoutMs: 1_500 },
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    port = (app.server.address() as { port: number }).port
  })
  after(async () => {
    for (const socket of sockets) socket.destroy()
    await app.close()
    await store.close()
  })

  test('hundreds of idle sockets past the cap, then a normal request still answers at once', async () => {
    const closed = new Set<Socket>()
    await Promise.all(
      Array.from(
        { length: IDLE },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => {
              // A slowloris client: a request line and one header, then nothing.
              socket.write('GET /v1/stats HTTP/1.1\r\nHost: localhost\r\n')
              resolve()
            })
            socket.on('error', () => resolve())
            socket.on('close', () => closed.add(socket))
            // Read what the server sends (its 408), so that its closing the connection is seen here.
            socket.resume()
            sockets.push(socket)
          }),
      ),
    )
    const began = Date.now()
    const response = await fetch(`http://127.0.0.1:${port}/v1/stats`, { signal: AbortSignal.timeout(5_000) })
    assert.equal(response.status, 200)
    assert.ok(Date.now() - began < 2_000, `answered in ${Date.now() - began} ms`)
    // Past the headers timeout every slow socket has been closed by the server.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    assert.equal(closed.size, IDLE, `${IDLE - closed.size} slow sockets still open`)
  })
})
