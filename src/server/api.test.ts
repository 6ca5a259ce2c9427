// The HTTP API on a real listening server, over a real SQLite file and (when NEWSGRAPH_TEST_POSTGRES is set) a
// fresh PostgreSQL database: every endpoint, and bad input answered with a clear 4xx, never a 500.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { ingest } from '../corpus/ingest/ingest.js'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { assertValidAnalysis } from '../test-support/check-analysis.js'
import { storeEngines, writeCorpusFixtures } from '../test-support/corpus-fixtures.js'
import { buildServer } from './app.js'

const SAMPLE = readFileSync(new URL('../../examples/trade-dispute.txt', import.meta.url), 'utf8')

const engines = storeEngines('api')

for (const engine of engines) {
  describe(`HTTP API on ${engine.name}`, { skip: engine.skip }, () => {
    let app: FastifyInstance
    let store: CorpusStore
    let base: string
    let cleanup: () => Promise<void>
    const call = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(base + path, init)
      const text = await response.text()
      // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON the server answered
      let body: any
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
      return { status: response.status, body, headers: response.headers }
    }
    const post = (path: string, body: unknown) =>
      call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })

    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      store = await CorpusStore.open(opened.target)
      const fixtures = writeCorpusFixtures(mkdtempSync(join(tmpdir(), 'ng-api-fixtures-')))
      await ingest(store, [fixtures.good], { workers: 0 })
      app = await buildServer({ store, workers: 1, bodyLimit: 2 * 1024 * 1024, maxArticleLength: 200_000 })
      base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('[::1]', 'localhost')
    })
    after(async () => {
      await app?.close()
      await store?.close()
      await cleanup?.()
    })

    test('POST /v1/analyze returns the contract', async () => {
      const { status, body } = await post('/v1/analyze', { text: SAMPLE, published: '2026-06-12', source: 'Newsgraph' })
      assert.equal(status, 200)
      assertValidAnalysis(body)
      assert.ok(body.quotes.some((q: { speaker?: string }) => q.speaker))
      assert.equal(body.article.published, '2026-06-12')
      const page = await post('/v1/analyze', {
        html: '<html><body><article><p>Mayor Jonas Ekberg opened the new bridge in Arnhill on Friday, the city council said in a statement to reporters.</p></article><script>alert(1)</script></body></html>',
      })
      assert.equal(page.status, 200)
      assert.doesNotMatch(page.body.article.text, /alert/)
    })

    test('POST /v1/analyze adds the parse only when asked with "syntax": true', async () => {
      const plain = await post('/v1/analyze', { text: 'She resigned.' })
      assert.equal(plain.body.syntax, undefined)
      const parsed = await post('/v1/analyze', { text: 'She resigned.', syntax: true })
      assert.equal(parsed.status, 200)
      assertValidAnalysis(parsed.body)
      assert.ok(parsed.body.syntax)
      assert.deepEqual(
        parsed.body.syntax[0].tokens.map((t: { text: string; head: number }) => [t.text, t.head]),
        [
          ['She', 1],
          ['resigned', -1],
          ['.', 1],
        ],
      )
      assert.equal((await post('/v1/articles', { text: 'She resigned.', syntax: true })).status, 400)
    })

    test('POST /v1/articles stores articles and flags copies; GET /v1/articles/:id reads one back', async () => {
      const text =
        'Lakeside Schools Reopen After Repairs\nLAKESIDE, April 2 (Newsgraph) - Schools in Lakeside reopened on Wednesday after two weeks of repairs to heating systems, the district said. "Our pupils are back where they belong," superintendent Nora Field said at the gates of Main Street Primary.'
      const { status, body } = await post('/v1/articles', {
        articles: [
          { text, source: 'A', published: '2026-04-02' },
          { text, source: 'B', published: '2026-04-02' },
        ],
      })
      assert.equal(status, 207, 'one stored and one copy: the outcomes differ')
      const statuses = body.results.map((r: { status: string }) => r.status).sort()
      assert.deepEqual(statuses, ['duplicate', 'stored'])
      const stored = body.results.find((r: { status: string }) => r.status === 'stored')
      const read = await call(`/v1/articles/${stored.id}`)
      assert.equal(read.status, 200)
      assertValidAnalysis(read.body.analysis)
      assert.deepEqual([...read.body.sources].sort(), ['A', 'B'])
      assert.equal(read.body.text, read.body.analysis.article.text)
      assert.equal(read.body.published, '2026-04-02')
      assert.equal(read.body.publishedSource, 'caller')
      const copy = body.results.find((r: { status: string }) => r.status === 'duplicate')
      const copyView = await call(`/v1/articles/${copy.id}`)
      assert.equal(copyView.body.duplicateOf, stored.id)
      assert.equal(
        copyView.body.analysis.article.id,
        read.body.analysis.article.id,
        "a copy shows its original's layers",
      )
    })

    test('search, quotes, events, claims, actors, timeline, network, stats', async () => {
      const search = await call('/v1/search?q=grain%20corridor')
      assert.equal(search.status, 200)
      assert.equal(search.body.stories, 1)
      const quotes = await call('/v1/quotes?speaker=Kadri%20Saar&limit=5')
      assert.ok(quotes.body.items.length >= 1)
      const events = await call('/v1/events?type=CONSULT,REQUEST&from=2026-03-01&to=2026-03-31')
      assert.ok(events.body.items.some((e: { type: string }) => e.type === 'REQUEST'))
      const claims = await call('/v1/claims?status=unsupported')
      assert.ok(claims.body.items.some((c: { claimant?: string }) => c.claimant === 'Paul Granger'))
      const actor = await call('/v1/actors/Kadri%20Saar')
      assert.equal(actor.body.name, 'Kadri Saar')
      const byId = await call(`/v1/actors/${encodeURIComponent(actor.body.id)}`)
      assert.equal(byId.body.name, 'Kadri Saar')
      // The dossier's quotes past its first page: paged with their total, one actor only.
      const ownQuotes = `/v1/actors/${encodeURIComponent(actor.body.id)}/quotes`
      const first = await call(`${ownQuotes}?limit=1`)
      assert.equal(first.status, 200)
      assert.equal(first.body.total, byId.body.totals.quotes)
      assert.equal(first.body.items.length, 1)
      if (first.body.total > 1) {
        const second = await call(`${ownQuotes}?limit=1&cursor=${encodeURIComponent(first.body.next)}`)
        assert.notEqual(
          second.body.items[0].id + second.body.items[0].article,
          first.body.items[0].id + first.body.items[0].article,
        )
      } else assert.equal(first.body.next, undefined)
      const ownClaims = await call(`/v1/actors/${encodeURIComponent(actor.body.id)}/claims?limit=5`)
      assert.equal(ownClaims.status, 200)
      assert.equal(typeof ownClaims.body.total, 'number')
      assert.deepEqual((await call('/v1/actors/Nobody%20Atall/quotes')).body, { items: [], total: 0 })
      const timeline = await call('/v1/timeline?actor=Estonia')
      assert.ok(timeline.body.items.some((t: { type: string }) => t.type === 'CONSULT'))
      const network = await call('/v1/network')
      assert.ok(network.body.edges.length > 0)
      const stats = await call('/v1/stats')
      assert.ok(stats.body.articles >= 13)
    })

    test('cursor pagination walks every quote', async () => {
      const all = (await call('/v1/quotes?limit=1000')).body.items.length
      let seen = 0
      let cursor = ''
      do {
        const page = await call(`/v1/quotes?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
        seen += page.body.items.length
        cursor = page.body.next ?? ''
      } while (cursor)
      assert.equal(seen, all)
    })

    test('GET /v1/export streams CSV, JSONL and GEXF', async () => {
      const csv = await call('/v1/export?format=csv')
      assert.equal(csv.status, 200)
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/)
      assert.match(csv.body, /^date,actor1_name/)
      const jsonl = await call('/v1/export?format=jsonl')
      assertValidAnalysis(JSON.parse(String(jsonl.body).split('\n')[0]))
      assert.match((await call('/v1/export?format=gexf')).body, /<gexf/)
    })

    test('GET /openapi.json documents every route', async () => {
      const { body } = await call('/openapi.json')
      assert.equal(body.openapi, '3.1.0')
      for (const path of [
        '/v1/analyze',
        '/v1/articles',
        '/v1/articles/{id}',
        '/v1/search',
        '/v1/quotes',
        '/v1/events',
        '/v1/claims',
        '/v1/actors/{id}',
        '/v1/actors/{id}/quotes',
        '/v1/actors/{id}/claims',
        '/v1/timeline',
        '/v1/network',
        '/v1/export',
        '/v1/jobs/{id}',
      ])
        assert.ok(body.paths[path], path)
    })

    test('bad input is a 4xx with a clear JSON message, never a 500', async () => {
      const cases: [string, Promise<{ status: number; body: { error?: { message: string } } }>, number][] = [
        ['malformed JSON', post('/v1/analyze', '{"text": "unclosed'), 400],
        ['wrong type', post('/v1/analyze', { text: 42 }), 400],
        ['unknown field', post('/v1/analyze', { text: 'x', evil: true }), 400],
        ['neither text nor html', post('/v1/analyze', { title: 'x' }), 400],
        ['bad date', post('/v1/analyze', { text: 'x', published: 'yesterday' }), 400],
        ['too long article', post('/v1/analyze', { text: 'a '.repeat(150_000) }), 400],
        ['body over the limit', post('/v1/analyze', { text: 'word '.repeat(600_000) }), 413],
        ['a 100 MB body', post('/v1/analyze', `{"text": "${'x'.repeat(100 * 1024 * 1024)}"}`), 413],
        [
          'not JSON',
          call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
          415,
        ],
        ['unknown article', call('/v1/articles/a0000000000000000'), 404],
        ['unknown actor', call('/v1/actors/Nobody%20Atall'), 404],
        ['unknown route', call('/v1/nothing'), 404],
        ['injection in a filter', call("/v1/quotes?speaker=x'%20OR%201=1%20--"), 200],
        ['injection in a type', call('/v1/events?type=ASSAULT;DROP%20TABLE%20events'), 400],
        ['injection in search', call('/v1/search?q=grain%22)%20OR%20(%22a'), 200],
        ['bad cursor', call('/v1/quotes?cursor=zzz'), 400],
        ['bad limit', call('/v1/events?limit=abc'), 400],
        ['limit too high', call('/v1/events?limit=5000'), 400],
        ['bad status', call('/v1/claims?status=maybe'), 400],
        ['bad export format', call('/v1/export?format=xls'), 400],
        ['timeline without a subject', call('/v1/timeline'), 400],
        [
          'too many articles',
          post('/v1/articles', { articles: Array.from({ length: 101 }, () => ({ text: 'x' })) }),
          400,
        ],
        ['feed that is not a URL', post('/v1/articles', { feed: 'file:///etc/passwd' }), 400],
      ]
      for (const [name, request, expected] of cases) {
        const { status, body } = await request
        assert.equal(status, expected, `${name}: ${JSON.stringify(body).slice(0, 200)}`)
        if (expected >= 400) assert.ok(body.error?.message, `${name} has a message`)
      }
      // The server is still up and the data intact.
      assert.equal((await call('/v1/search?q=grain%20corridor')).body.stories, 1)
    })

    test('the UI is served with a content security policy; unknown pages get the app', async () => {
      const page = await call('/')
      assert.equal(page.status, 200)
      assert.match(page.body, /<div id="app">/)
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/)
      assert.match((await call('/some/deep/link')).body, /<div id="app">/)
      assert.equal((await call('/../../etc/passwd')).status, 200)
    })
  })
}

describe('API safety', () => {
  test('a token, when set, is required on /v1 and nowhere else', async () => {
    const store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-api-token-')), 'c.db'))
    const app = await buildServer({ store, token: 's3cret', workers: 0 })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      assert.equal((await fetch(`${base}/v1/stats`)).status, 401)
      assert.equal((await fetch(`${base}/v1/stats`, { headers: { authorization: 'Bearer wrong' } })).status, 401)
      assert.equal((await fetch(`${base}/v1/stats`, { headers: { authorization: 'Bearer s3cret' } })).status, 200)
      assert.equal((await fetch(`${base}/openapi.json`)).status, 200)
      assert.equal((await fetch(`${base}/v1/stats`)).headers.get('access-control-allow-origin'), null, 'CORS is off')
    } finally {
      await app.close()
      await store.close()
    }
  })
})
