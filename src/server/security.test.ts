// The security regression suite of the HTTP server (issue 22), in-process where no socket is needed: the token
// cannot be bypassed by an encoded path or an absolute-form target, a rebinding Host or a foreign Origin is
// refused, store failures are 503/507, errors are logged, dates are real, every response says nosniff.
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { AppError } from '../errors.js'
import { UI_DIR, buildServer } from './app.js'
import { createRequestLog } from './request-log.js'

const ARTICLE =
  'Mayor Jonas Ekberg opened the new bridge in Arnhill on Friday, the city council said in a statement to reporters.'
const quiet = createRequestLog({ quiet: true })
const openStore = () => CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-security-')), 'corpus.db'))

/** Sends one raw request over a socket and returns the status line's code. */
function rawRequest(port: number, head: string, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n${body}`))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)
      if (status) {
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', reject)
  })
}

describe('the API token cannot be bypassed', () => {
  let app: FastifyInstance
  let store: CorpusStore
  let port: number
  const auth = { authorization: 'Bearer s3cret' }
  before(async () => {
    store = await openStore()
    app = await buildServer({ store, token: 's3cret', workers: 0, log: quiet })
    await app.listen({ port: 0, host: '127.0.0.1' })
    port = (app.server.address() as { port: number }).port
  })
  after(async () => {
    await app.close()
    await store.close()
  })

  test('encoded and re-spelled paths still need the token', async () => {
    const reads = [
      '/%76%31/export?format=csv',
      '/v%31/stats',
      '/%76%31/stats',
      '/v1/%73tats',
      '/v1/stats/',
      '/v1//stats',
      '/V1/stats',
      '/v1/stats?',
      '/v1/stats#x',
      '/v1/./stats',
      '/x/../v1/stats',
    ]
    for (const url of reads) {
      const response = await app.inject({ method: 'GET', url })
      // Refused, not found, or the UI's page (a path the API does not own): never the API's data.
      const isPage = String(response.headers['content-type']).startsWith('text/html')
      assert.ok(response.statusCode !== 200 || isPage, `${url} answered without the token`)
      assert.doesNotMatch(response.body, /"articles":\d|actor1_name/, url)
    }
    const write = await app.inject({ method: 'POST', url: '/v%31/articles', payload: { text: ARTICLE } })
    assert.equal(write.statusCode, 401)
    assert.equal((await app.inject({ method: 'GET', url: '/v1/stats', headers: auth })).json().articles, 0)
  })

  test('the token is compared whole: a prefix, another scheme or none is refused', async () => {
    for (const authorization of ['Bearer s3cre', 'Bearer s3cret ', 'Bearer s3cretX', 'Basic s3cret', 's3cret', ''])
      assert.equal(
        (await app.inject({ method: 'GET', url: '/v1/stats', headers: { authorization } })).statusCode,
        401,
        authorization,
      )
    assert.equal((await app.inject({ method: 'GET', url: '/v1/stats', headers: auth })).statusCode, 200)
    assert.equal((await app.inject({ method: 'GET', url: '/%76%31/stats', headers: auth })).statusCode, 200)
  })

  test('an absolute-form request target is refused (raw request line over a socket)', async () => {
    assert.equal(await rawRequest(port, 'GET http://x/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close'), 400)
    assert.equal(await rawRequest(port, 'GET http://localhost/v1/export?format=csv HTTP/1.1\r\nHost: localhost'), 400)
    const body = JSON.stringify({ text: ARTICLE })
    const post = `POST http://localhost/v1/articles HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${body.length}`
    assert.equal(await rawRequest(port, post, body), 400)
    assert.equal(await rawRequest(port, 'OPTIONS * HTTP/1.1\r\nHost: localhost'), 400)
    assert.equal(await rawRequest(port, 'GET /v1/stats HTTP/1.1\r\nHost: localhost'), 401)
    assert.equal((await app.inject({ method: 'GET', url: '/v1/stats', headers: auth })).json().articles, 0)
  })
})

describe('DNS rebinding and cross-origin writes', () => {
  let app: FastifyInstance
  let store: CorpusStore
  before(async () => {
    store = await openStore()
    app = await buildServer({ store, workers: 0, log: quiet, host: '127.0.0.1', allowedHosts: ['newsgraph.lan'] })
  })
  after(async () => {
    await app.close()
    await store.close()
  })
  const get = (host: string) => app.inject({ method: 'GET', url: '/v1/stats', headers: { host } })

  test('a Host that is not this server is refused with 421', async () => {
    for (const host of ['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.1.evil.example'])
      assert.equal((await get(host)).statusCode, 421, host)
    assert.equal((await app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example' } })).statusCode, 421)
  })

  test('localhost names, loopback, the bound address and --allowed-host names pass', async () => {
    for (const host of [
      'localhost:8080',
      'localhost',
      'app.localhost:1',
      '127.0.0.1:8080',
      '[::1]:8080',
      'newsgraph.lan',
    ])
      assert.equal((await get(host)).statusCode, 200, host)
  })

  test('a state-changing request from another origin is refused with 403; the same origin passes', async () => {
    const post = (origin: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/analyze',
        headers: { host: 'localhost:8080', origin },
        payload: { text: ARTICLE },
      })
    assert.equal((await post('http://evil.example')).statusCode, 403)
    assert.equal((await post('null')).statusCode, 403)
    assert.equal((await post('http://localhost:9999')).statusCode, 403)
    assert.equal((await post('http://localhost:8080')).statusCode, 200)
  })
})

describe('errors, dates and headers', () => {
  let app: FastifyInstance
  let store: CorpusStore
  const lines: string[] = []
  before(async () => {
    store = await openStore()
    app = await buildServer({ store, workers: 0, log: createRequestLog({ write: (line) => lines.push(line) }) })
  })
  after(async () => {
    await app.close()
    await store.close()
  })

  test('a full disk is 507 and a read-only or unreachable store 503, on SQLite and PostgreSQL codes', async () => {
    const original = store.stats.bind(store)
    const cases: [string, number, string][] = [
      ['SQLITE_FULL', 507, 'store_full'],
      ['ENOSPC', 507, 'store_full'],
      ['53100', 507, 'store_full'],
      ['SQLITE_READONLY', 503, 'store_read_only'],
      ['SQLITE_READONLY_DBMOVED', 503, 'store_read_only'],
      ['25006', 503, 'store_read_only'],
      ['ECONNREFUSED', 503, 'store_unavailable'],
    ]
    try {
      for (const [code, status, name] of cases) {
        // The driver's error, as the store would let it through (wrapped, the code on its cause).
        store.stats = async () => {
          throw new Error('the store failed', { cause: Object.assign(new Error('driver'), { code }) })
        }
        const response = await app.inject({ method: 'GET', url: '/v1/stats' })
        assert.equal(response.statusCode, status, code)
        assert.equal(response.json().error.code, name, code)
      }
    } finally {
      store.stats = original
    }
  })

  test('a 500 is logged on stderr as a JSON line, and says so only when it was', async () => {
    const original = store.stats.bind(store)
    store.stats = async () => {
      throw new Error('an unexpected fault')
    }
    try {
      const response = await app.inject({ method: 'GET', url: '/v1/stats' })
      assert.equal(response.statusCode, 500)
      const id = /request (\S+)/.exec(response.json().error.message)?.[1]
      assert.ok(id, response.body)
      const line = lines.map((l) => JSON.parse(l)).find((l) => l.reqId === id)
      assert.equal(line?.level, 'error')
      assert.equal(line?.err.message, 'an unexpected fault')
      const silent = await buildServer({ store, workers: 0, log: quiet })
      const unlogged = await silent.inject({ method: 'GET', url: '/v1/stats' })
      await silent.close()
      assert.equal(unlogged.statusCode, 500)
      assert.doesNotMatch(unlogged.json().error.message, /logged it/)
    } finally {
      store.stats = original
    }
  })

  test('a server-side AppError (an analysis past its budget) keeps its status and its own message', async () => {
    const original = store.stats.bind(store)
    store.stats = async () => {
      throw new AppError('analysis_timeout', 'the analysis ran past its budget')
    }
    try {
      const response = await app.inject({ method: 'GET', url: '/v1/stats' })
      assert.equal(response.statusCode, 503)
      assert.deepEqual(response.json().error, { code: 'analysis_timeout', message: 'the analysis ran past its budget' })
    } finally {
      store.stats = original
    }
  })

  test('dates that are no calendar day are refused with 400', async () => {
    for (const published of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29T10:00:00Z'])
      assert.equal(
        (await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: ARTICLE, published } })).statusCode,
        400,
        published,
      )
    assert.equal((await app.inject({ method: 'GET', url: '/v1/events?from=2026-02-31' })).statusCode, 400)
    assert.equal((await app.inject({ method: 'GET', url: '/v1/quotes?to=2026-04-31' })).statusCode, 400)
    const stored = await app.inject({
      method: 'POST',
      url: '/v1/articles',
      payload: { articles: [{ text: ARTICLE, published: '2026-02-29' }] },
    })
    assert.equal(stored.statusCode, 400)
    assert.equal((await app.inject({ method: 'GET', url: '/v1/events?from=2024-02-29' })).statusCode, 200)
  })

  test('every response says nosniff: exports, errors, the UI, the OpenAPI document', async () => {
    for (const url of ['/v1/export?format=csv', '/v1/export?format=jsonl', '/v1/nothing', '/', '/openapi.json'])
      assert.equal((await app.inject({ method: 'GET', url })).headers['x-content-type-options'], 'nosniff', url)
  })
})

describe('the UI on nested paths', {
  skip: !existsSync(join(UI_DIR, 'index.html')) && 'the web UI is not built',
}, () => {
  test('"/actor/x/y" serves the app whose script loads from there; a missing asset is a 404', async () => {
    const store = await openStore()
    const app = await buildServer({ store, workers: 0, log: quiet })
    try {
      const page = await app.inject({ method: 'GET', url: '/actor/x/y' })
      assert.equal(page.statusCode, 200)
      const src = /<script[^>]+src="([^"]+)"/.exec(page.body)?.[1]
      assert.ok(src, 'the page has a script')
      const script = await app.inject({ method: 'GET', url: new URL(src, 'http://localhost/actor/x/y').pathname })
      assert.equal(script.statusCode, 200)
      assert.match(String(script.headers['content-type']), /javascript/)
      assert.equal((await app.inject({ method: 'GET', url: '/actor/x/assets/missing.js' })).statusCode, 404)
    } finally {
      await app.close()
      await store.close()
    }
  })
})
