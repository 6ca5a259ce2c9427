// The store on both engines (issue 22, D11–D13 and the low items): advisory locks always released, the same
// answers to NUL and lone surrogates, a PostgreSQL cursor that is accepted back, near copies only at 0.6 or more.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fingerprint } from '../dedupe/fingerprint.js'
import { prepareItem, storePrepared } from '../ingest/prepare.js'
import { analyze } from '../../pipeline/analyze.js'
import { freshPostgres, postgresSkip } from '../../test-support/corpus-fixtures.js'
import { CorpusStore } from './corpus-store.js'
import { toStoredAnalysis } from './stored-analysis.js'

const analyzeText = async (text: string, meta: object) => toStoredAnalysis(analyze(text, meta))

/** Stores one article of ours through the same path as ingest and the API. */
async function store(s: CorpusStore, k: number, meta: Record<string, string> = {}) {
  const prepared = await prepareItem({
    name: `item ${k}`,
    text: `Harbour workers in Velmar${k} went on strike on Monday over pay number ${k}, the union said.`,
    source: 'Test Wire',
    published: '2026-05-08',
    ...meta,
  })
  if ('error' in prepared) throw new Error(prepared.error)
  return storePrepared(s, prepared, analyzeText)
}

const engines = [
  {
    name: 'SQLite',
    skip: false as string | false,
    open: async () => ({ target: join(mkdtempSync(join(tmpdir(), 'ng-robust-')), 'c.db'), drop: async () => {} }),
  },
  {
    name: 'PostgreSQL',
    skip: postgresSkip(),
    open: async () => {
      const db = await freshPostgres()
      return { target: db.url, drop: db.drop }
    },
  },
]

for (const engine of engines) {
  describe(`store robustness on ${engine.name}`, { skip: engine.skip }, () => {
    let s: CorpusStore
    let drop: () => Promise<void>
    before(async () => {
      const opened = await engine.open()
      drop = opened.drop
      s = await CorpusStore.open(opened.target)
    })
    after(async () => {
      await s.close()
      await drop()
    })

    test('every advisory lock is released after many concurrent ingests (659 leaked after 900)', async () => {
      const results = await Promise.all(Array.from({ length: 60 }, (_, k) => store(s, k)))
      assert.ok(results.every((r) => r.status === 'stored'))
      // Again: every one is stored, so every one is skipped, and no claim is left behind either.
      const again = await Promise.all(Array.from({ length: 60 }, (_, k) => store(s, k)))
      assert.ok(again.every((r) => r.status === 'skipped'))
      if (s.engine === 'postgres') {
        const row = await s.db.get<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'")
        assert.equal(Number(row?.n), 0)
      }
    })

    test('NUL and lone surrogates in title, source and url are stored cleaned, the same on both engines', async () => {
      const saved = await store(s, 1000, {
        title: 'Strike\u0000 ends \ud800here',
        source: 'Wire\u0000\udc00',
        url: 'https://example.org/a\u0000b',
      })
      assert.equal(saved.status, 'stored')
      const found = await s.article(saved.id)
      assert.equal(found?.title, 'Strike ends \ufffdhere')
      assert.equal(found?.source, 'Wire\ufffd')
      assert.equal(found?.url, 'https://example.org/ab')
      assert.equal(found?.analysis?.article.title, 'Strike ends \ufffdhere')
    })

    test('a NUL or a lone surrogate in a query parameter is answered, not a store error', async () => {
      const page = await s.search({ text: 'strike\u0000', source: 'Test\u0000 Wire' })
      assert.ok(Array.isArray(page.items))
      const surrogate = await s.search({ text: 'Velmar1 \ud800' })
      assert.ok(surrogate.items.length >= 1)
    })

    test('the search cursor the store hands out is accepted back', async () => {
      const first = await s.search({ text: 'strike', limit: 2 })
      assert.ok(first.next, 'more than two articles match')
      const second = await s.search({ text: 'strike', limit: 2, cursor: first.next })
      assert.equal(second.items.length, 2)
      assert.ok(second.items.every((item) => !first.items.some((f) => f.id === item.id)))
    })

    test('a copy whose estimate passes 0.6 but whose words are less alike is not linked', async () => {
      const original = await store(s, 2000)
      const stored = await s.article(original.id)
      assert.ok(stored)
      const text = `Harbour workers in Velmar2000 went on strike on Monday over pay number 2000, the union said.`
      // The original's own signature (estimate 1.0) with other words: the words decide.
      const other = 'A quite different report on the weather in the hills, with rain expected on Tuesday.'
      const { textHash, minhash } = fingerprint(text)
      assert.equal(await s.findOriginal(`${textHash}-not-exact`, minhash, undefined, text), original.id)
      assert.equal(await s.findOriginal(`${textHash}-not-exact`, minhash, undefined, other), undefined)
    })
  })
}
