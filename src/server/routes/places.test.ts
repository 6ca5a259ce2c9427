// GET /v1/places and the place filters of GET /v1/events on a real listening server over SQLite (and PostgreSQL
// when NEWSGRAPH_TEST_POSTGRES is set). Articles are the team's own sentences.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../../corpus/store/corpus-store.js'
import { storeEngines } from '../../test-support/corpus-fixtures.js'
import { buildServer } from '../app.js'

const engines = storeEngines('map')

for (const engine of engines) {
  describe(`GET /v1/places on ${engine.name}`, { skip: engine.skip }, () => {
    let app: FastifyInstance
    let store: CorpusStore
    let base: string
    let cleanup: () => Promise<void>
    const get = async (path: string) => {
      const response = await fetch(base + path)
      // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON the server answered
      const body: any = await response.json()
      return { status: response.status, body }
    }

    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      store = await CorpusStore.open(opened.target)
      app = await buildServer({ store, workers: 0 })
      base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('[::1]', 'localhost')
      for (const text of [
        'Dockers protested in Marseille on Monday over pensions. Police arrested ten dockers in Marseille.',
        'Teachers protested in Denver, Colorado, on Friday.',
      ]) {
        const response = await fetch(`${base}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, published: '2026-05-08', source: 'Team' }),
        })
        assert.equal(response.status, 200)
      }
    })
    after(async () => {
      await app?.close()
      await store?.close()
      await cleanup?.()
    })

    test('aggregates events by place with coordinates and counts', async () => {
      const { status, body } = await get('/v1/places')
      assert.equal(status, 200)
      const marseille = body.places.find((p: { name: string }) => p.name === 'Marseille')
      assert.equal(marseille.country, 'FRA')
      assert.ok(marseille.events >= 2 && marseille.articles === 1)
      assert.ok(Math.abs(marseille.lat - 43.3) < 0.1 && Math.abs(marseille.lon - 5.4) < 0.1)
      const us = await get('/v1/places?country=USA&type=PROTEST')
      assert.deepEqual(
        us.body.places.map((p: { name: string }) => p.name),
        ['Denver'],
      )
    })

    test('events filter by country, admin1 and bounding box', async () => {
      const french = await get('/v1/events?country=FRA')
      assert.ok(french.body.items.length >= 1)
      assert.ok(french.body.items.every((e: { place?: { country: string } }) => e.place?.country === 'FRA'))
      const colorado = await get('/v1/events?admin1=Colorado')
      assert.equal(colorado.body.items[0]?.place?.name, 'Denver')
      const box = await get('/v1/events?bbox=-110,35,-100,42')
      assert.ok(
        box.body.items.length >= 1 &&
          box.body.items.every((e: { place?: { name: string } }) => e.place?.name === 'Denver'),
      )
    })

    test('bad place filters are a 400, and the route is in the OpenAPI document', async () => {
      assert.equal((await get('/v1/places?bbox=1,2')).status, 400)
      assert.equal((await get('/v1/events?country=France')).status, 400)
      assert.equal((await get('/v1/places?colour=red')).status, 400)
      const doc = await get('/openapi.json')
      assert.ok(doc.body.paths['/v1/places'])
    })
  })
}
