// A feed ingested through the API is a background job (issue 22, D5): 202 with a job id at once, progress and
// per-item results at /v1/jobs/:id, the server answering other requests meanwhile; a feed at a private address
// is refused unless the server allows it (D6).
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { serveFeed } from '../test-support/feed-fixtures.js'
import { buildServer } from './app.js'
import { createRequestLog } from './request-log.js'

const ITEMS = 40
const quiet = createRequestLog({ quiet: true })
const openStore = () => CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-jobs-')), 'corpus.db'))

describe('feed ingest as a background job', () => {
  let app: FastifyInstance
  let store: CorpusStore
  let feed: Awaited<ReturnType<typeof serveFeed>>
  before(async () => {
    feed = await serveFeed(ITEMS)
    store = await openStore()
    app = await buildServer({ store, workers: 1, log: quiet, allowPrivateUrls: true })
  })
  after(async () => {
    await app.close()
    await store.close()
    feed.close()
  })

  test('POST {feed} answers 202 with a job; the job reports progress while /v1/stats answers', async () => {
    const began = Date.now()
    const started = await app.inject({ method: 'POST', url: '/v1/articles', payload: { feed: feed.url } })
    assert.equal(started.statusCode, 202, started.body)
    assert.ok(Date.now() - began < 2_000, 'answered before the feed was read')
    const { id } = started.json().job
    assert.equal(started.headers.location, `/v1/jobs/${id}`)
    let job = started.json().job
    let answeredWhileRunning = 0
    const progress = new Set<number>()
    while (job.status === 'queued' || job.status === 'running') {
      const stats = await app.inject({ method: 'GET', url: '/v1/stats' })
      assert.equal(stats.statusCode, 200)
      job = (await app.inject({ method: 'GET', url: `/v1/jobs/${id}` })).json()
      if (job.status === 'running') {
        answeredWhileRunning++
        progress.add(job.read)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
      assert.ok(Date.now() - began < 240_000, 'the job ends')
    }
    assert.equal(job.status, 'done', JSON.stringify(job).slice(0, 300))
    assert.ok(answeredWhileRunning > 0, 'the server answered while the job ran')
    assert.ok(progress.size > 1, 'the job reported its progress as it went')
    assert.equal(job.read, ITEMS)
    assert.equal(
      job.stored + job.duplicates,
      ITEMS,
      JSON.stringify(job.items.filter((i: { error?: string }) => i.error)),
    )
    assert.equal(job.failed, 0)
    assert.equal(job.itemsTotal, ITEMS)
    assert.ok(job.items.every((item: { id?: string }) => item.id))
    const page = (await app.inject({ method: 'GET', url: `/v1/jobs/${id}?offset=10&limit=5` })).json()
    assert.deepEqual(page.items, job.items.slice(10, 15))
    const stats = (await app.inject({ method: 'GET', url: '/v1/stats' })).json()
    assert.equal(stats.articles, ITEMS)
  })

  test('a feed that cannot be read ends its job as failed, with the reason', async () => {
    const started = await app.inject({ method: 'POST', url: '/v1/articles', payload: { feed: `${feed.url}.missing` } })
    assert.equal(started.statusCode, 202)
    let job = started.json().job
    for (let k = 0; k < 200 && (job.status === 'queued' || job.status === 'running'); k++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      job = (await app.inject({ method: 'GET', url: `/v1/jobs/${job.id}` })).json()
    }
    assert.equal(job.status, 'failed')
    assert.match(job.error, /HTTP 404/)
  })

  test('an unknown job is a 404', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/v1/jobs/nope' })).statusCode, 404)
  })
})

describe('feeds at private addresses', () => {
  test('are refused with 400 unless the server allows them, and nothing is stored', async () => {
    const feed = await serveFeed(3)
    const store = await openStore()
    const app = await buildServer({ store, workers: 0, log: quiet })
    try {
      for (const url of [feed.url, feed.url.replace('127.0.0.1', 'localhost'), 'http://[::1]:9/feed.xml'])
        for (const target of [url, url.replace('http:', 'https:')]) {
          const response = await app.inject({ method: 'POST', url: '/v1/articles', payload: { feed: target } })
          assert.equal(response.statusCode, 400, `${target}: ${response.body}`)
          assert.match(response.json().error.message, /non-public/)
        }
      assert.equal((await store.stats()).articles, 0)
    } finally {
      await app.close()
      await store.close()
      feed.close()
    }
  })
})
