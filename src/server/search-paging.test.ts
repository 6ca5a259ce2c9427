// Search by relevance over HTTP, on both engines: articles about a person rank before those that name him once,
// 20 hits a page, `total` right, page 2 by the cursor, `sort=date` newest first, and the searched word marked in
// each snippet. Every list route answers its `total`. Our own generated articles; in-process (no socket).
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { storeEngines } from '../test-support/corpus-fixtures.js'
import { generatedArticle } from '../test-support/feed-fixtures.js'
import { buildServer } from './app.js'
import { createRequestLog } from './request-log.js'

const engines = storeEngines('search')

/** 45 articles: 12 about Senator Quillon (in the title and told three times), 18 naming him once, 15 not at all. */
function articles() {
  return Array.from({ length: 45 }, (_, k) => {
    const { title, text } = generatedArticle(100 + k)
    const published = `2025-05-${String(1 + (k % 28)).padStart(2, '0')}`
    if (k % 15 < 4)
      return {
        title: `Quillon presses the council (${k})`,
        text: `Senator Dana Quillon pressed the council on Monday. "The vote must come soon," Senator Dana Quillon said. ${text} Aides to Quillon declined to comment.`,
        published,
      }
    if (k % 15 < 10) return { title, text: `${text} A letter from Quillon was read aloud.`, published }
    return { title, text, published }
  })
}

for (const engine of engines) {
  describe(`search and list paging on ${engine.name}`, { skip: engine.skip }, () => {
    let app: FastifyInstance
    let store: CorpusStore
    let cleanup: () => Promise<void>
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url })
      // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON the server answered
      return { status: response.statusCode, body: response.json() as any }
    }

    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      store = await CorpusStore.open(opened.target)
      app = await buildServer({ store, workers: 0, log: createRequestLog({ quiet: true }) })
      const stored = await app.inject({ method: 'POST', url: '/v1/articles', payload: { articles: articles() } })
      assert.equal(stored.statusCode, 200, stored.body)
    })
    after(async () => {
      await app?.close()
      await store?.close()
      await cleanup?.()
    })

    test('relevance first, 20 a page, total right, page 2 by cursor, sort=date', async () => {
      const first = await get('/v1/search?q=Quillon')
      assert.equal(first.status, 200)
      assert.equal(first.body.total, 30)
      assert.equal(first.body.items.length, 20, 'the default page is 20 hits')
      const about = (hit: { title?: string }) => hit.title?.startsWith('Quillon presses') ?? false
      assert.ok(first.body.items.slice(0, 12).every(about), 'the 12 articles about him come first')
      assert.ok(first.body.next)
      const second = await get(`/v1/search?q=Quillon&cursor=${first.body.next}`)
      assert.equal(second.body.items.length, 10)
      assert.equal(second.body.total, 30)
      assert.equal(second.body.next, undefined)
      const ids = [...first.body.items, ...second.body.items].map((h: { id: string }) => h.id)
      assert.equal(new Set(ids).size, 30, 'no hit on both pages')
      for (const hit of first.body.items) {
        assert.ok(hit.marks.length > 0)
        for (const [start, end] of hit.marks) assert.equal(hit.snippet.slice(start, end).toLowerCase(), 'quillon')
      }
      const byDate = await get('/v1/search?q=Quillon&sort=date&limit=30')
      const dates = byDate.body.items.map((h: { published: string }) => h.published)
      assert.deepEqual(dates, [...dates].sort().reverse())
      assert.equal((await get('/v1/search?q=Quillon&sort=oldest')).status, 400)
      assert.equal((await get('/v1/search?q=Quillon&cursor=bm90LWEtY3Vyc29y')).status, 400)
    })

    test('quotes, events and claims answer their total on every page', async () => {
      for (const route of ['quotes', 'events', 'claims']) {
        const all = await get(`/v1/${route}?limit=1000`)
        const page = await get(`/v1/${route}?limit=3`)
        assert.equal(page.body.total, all.body.items.length, route)
        if (page.body.next)
          assert.equal((await get(`/v1/${route}?limit=3&cursor=${page.body.next}`)).body.total, page.body.total)
      }
    })

    test('a speaker by id or full name is that actor only; a name several bear answers candidates', async () => {
      const sister = {
        title: 'Council hears the senator’s sister',
        text: `"We were never consulted," said Marta Quillon, the senator's sister, at a meeting in Arnhill. ${generatedArticle(300).text}`,
      }
      assert.equal((await app.inject({ method: 'POST', url: '/v1/articles', payload: sister })).statusCode, 200)
      const dana = await get('/v1/quotes?speaker=Dana%20Quillon&limit=100')
      assert.ok(dana.body.items.length >= 12)
      assert.deepEqual([...new Set(dana.body.items.map((q: { speakerActor: string }) => q.speakerActor))].length, 1)
      const id = dana.body.items[0].speakerActor
      const byId = await get(`/v1/quotes?speaker=${encodeURIComponent(id)}&limit=100`)
      assert.equal(byId.body.total, dana.body.total)
      const marta = await get('/v1/quotes?speaker=Marta%20Quillon')
      assert.deepEqual(
        marta.body.items.map((q: { speaker: string }) => q.speaker),
        ['Marta Quillon'],
      )
      const both = await get('/v1/quotes?speaker=Quillon')
      assert.equal(both.status, 200)
      assert.equal(both.body.name, 'Quillon')
      assert.equal(both.body.items, undefined)
      const names = both.body.candidates.map((c: { name: string }) => c.name)
      assert.ok(names.length >= 2 && names.includes('Dana Quillon'), names.join(', '))
      const counts = both.body.candidates.map((c: { count: number }) => c.count)
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
        'the most mentioned first',
      )
      assert.ok(both.body.candidates.every((c: { count: number; type: string }) => c.count >= 1 && c.type))
    })
  })
}
