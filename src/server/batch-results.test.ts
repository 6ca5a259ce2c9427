// A batch of articles where one makes the analysis throw: the others are stored, each item says what became of
// it, the batch answers 207 and the failure is in the server's log. Both engines, in-process (no socket).
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { storeEngines } from '../test-support/corpus-fixtures.js'
import { generatedArticle } from '../test-support/feed-fixtures.js'
import { buildServer } from './app.js'
import { createRequestLog } from './request-log.js'

/** The word that makes the injected analysis fail: only the article carrying it breaks. */
const POISON = 'Zembrathor'

const engines = storeEngines('batch')

for (const engine of engines) {
  describe(`POST /v1/articles per-item results on ${engine.name}`, { skip: engine.skip }, () => {
    let app: FastifyInstance
    let store: CorpusStore
    let cleanup: () => Promise<void>
    const logged: Record<string, unknown>[] = []

    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      store = await CorpusStore.open(opened.target)
      app = await buildServer({
        store,
        workers: 0,
        log: createRequestLog({ write: (line) => logged.push(JSON.parse(line)) }),
        analyzeForStore: async (text, meta, analyze) => {
          if (text.includes(POISON)) throw new Error(`the parser broke on ${POISON}`)
          return analyze(text, meta)
        },
      })
    })
    after(async () => {
      await app?.close()
      await store?.close()
      await cleanup?.()
    })

    test('a batch of 20 with one failing: 19 stored, 1 failed with its error, 207, the error logged', async () => {
      const articles = Array.from({ length: 20 }, (_, k) => {
        const { title, text } = generatedArticle(k)
        return { title, text: k === 7 ? `${text} The ${POISON} inquiry went on.` : text, source: 'Batch Test' }
      })
      const response = await app.inject({ method: 'POST', url: '/v1/articles', payload: { articles } })
      assert.equal(response.statusCode, 207)
      const { results } = response.json() as {
        results: { index: number; status: string; id?: string; error?: { code: string; message: string } }[]
      }
      assert.equal(results.length, 20)
      assert.deepEqual(
        results.map((r) => r.index),
        articles.map((_, k) => k),
      )
      assert.equal(results.filter((r) => r.status === 'stored').length, 19)
      const failed = results.filter((r) => r.status === 'failed')
      assert.deepEqual(
        failed.map((r) => [r.index, r.error?.code]),
        [[7, 'analysis_failed']],
      )
      assert.match(failed[0].error!.message, new RegExp(POISON))
      assert.equal((await store.stats()).articles, 19)
      const line = logged.find((l) => l.msg === 'article failed')
      assert.ok(line, 'the failure is in the server log')
      assert.equal(line.index, 7)
      assert.equal(line.level, 'error')
    })

    test('a batch all already stored answers 200; an item with no text is skipped, the batch 207', async () => {
      const articles = Array.from({ length: 3 }, (_, k) => ({ text: generatedArticle(k).text, source: 'Batch Test' }))
      const again = await app.inject({ method: 'POST', url: '/v1/articles', payload: { articles } })
      assert.equal(again.statusCode, 200, 'all alike: 200')
      assert.deepEqual(
        (again.json() as { results: { status: string }[] }).results.map((r) => r.status),
        ['already_stored', 'already_stored', 'already_stored'],
      )
      const empty = await app.inject({
        method: 'POST',
        url: '/v1/articles',
        payload: { articles: [{ text: '…' }, { text: generatedArticle(40).text }] },
      })
      assert.equal(empty.statusCode, 207)
      assert.deepEqual(
        (empty.json() as { results: { status: string }[] }).results.map((r) => r.status),
        ['skipped', 'stored'],
      )
    })
  })
}
