import assert from 'node:assert/strict'
import { test } from 'node:test'
import { WorkerPool } from './worker-pool.js'

test('a pool handing each thread several tasks ahead answers every task with its own result', async () => {
  const pool = new WorkerPool(2, {}, 3)
  try {
    const texts = Array.from(
      { length: 12 },
      (_, k) => `The mayor of Town ${k} said on Monday that ${k + 1} bridges would close.`,
    )
    const results = await Promise.all(texts.map((text) => pool.run({ kind: 'analyze-for-store', text, meta: {} })))
    assert.deepEqual(
      results.map((r) => r.text),
      texts,
    )
    const prepared = await pool.run({ kind: 'prepare', item: { name: 'one.txt', text: 'Nothing but text here.' } })
    assert.ok(!('error' in prepared) && prepared.text === 'Nothing but text here.')
  } finally {
    await pool.close()
  }
})

test('every thread of a pool analyses as this thread does, the later ones on the first one’s shared model tables', async () => {
  const { analyze } = await import('../../pipeline/analyze.js')
  const { toStoredAnalysis } = await import('../store/stored-analysis.js')
  const text =
    '“We will not sign it,” Foreign Minister Ilse Varga told reporters in Vienna on Tuesday. Police arrested 12 protesters.'
  const pool = new WorkerPool(3, {}, 1)
  try {
    const results = await Promise.all(
      Array.from({ length: 9 }, () => pool.run({ kind: 'analyze-for-store', text, meta: {} })),
    )
    const local = toStoredAnalysis(analyze(text))
    for (const result of results) assert.deepEqual(result, local)
    assert.ok(local.quotes.length > 0 && local.entities.length > 0)
  } finally {
    await pool.close()
  }
})

test('a task past its time budget fails with analysis_timeout, its thread is replaced, the others go on', async () => {
  const { AppError } = await import('../../errors.js')
  const pool = new WorkerPool(2, {}, 1, { timeMs: 4000 })
  try {
    // Far longer than the budget on any machine: about 2.6 MB of text.
    const long = 'The minister said on Monday that talks would resume in Geneva next week. '.repeat(36_000)
    const small = 'The mayor of Brindale said on Monday that the bridge would close.'
    const slow = pool.run({ kind: 'analyze-for-store', text: long, meta: {} })
    const others = Array.from({ length: 4 }, () => pool.run({ kind: 'analyze-for-store', text: small, meta: {} }))
    await assert.rejects(slow, (error: unknown) => error instanceof AppError && error.code === 'analysis_timeout')
    for (const result of await Promise.all(others)) assert.equal(result.text, small)
    const after = await pool.run({ kind: 'analyze-for-store', text: small, meta: {} })
    assert.equal(after.text, small)
  } finally {
    await pool.close()
  }
})

test('a text over the size budget fails at once with too_large', async () => {
  const { AppError } = await import('../../errors.js')
  const pool = new WorkerPool(1, {}, 1, { maxChars: 100 })
  try {
    await assert.rejects(
      pool.run({ kind: 'analyze-json', text: 'word '.repeat(50), meta: {} }),
      (error: unknown) => error instanceof AppError && error.code === 'too_large',
    )
  } finally {
    await pool.close()
  }
})

test('pages are extracted and feeds parsed on the pool’s threads', async () => {
  const pool = new WorkerPool(1, {}, 2)
  try {
    const page = await pool.run({
      kind: 'extract',
      html: `<html><body>${'<div>'.repeat(5000)}Deep text.${'</div>'.repeat(5000)}</body></html>`,
    })
    assert.equal(page.text, 'Deep text.')
    const feed = await pool.run({
      kind: 'parseFeed',
      name: 'f.rss',
      xml: '<rss><channel><title>Harbor Times</title><item><title>One</title><link>https://example.org/1</link><description>Short.</description></item></channel></rss>',
    })
    assert.ok(Array.isArray(feed))
    assert.deepEqual(feed[0], {
      where: 'f.rss item 1',
      title: 'One',
      url: 'https://example.org/1',
      link: 'https://example.org/1',
      source: 'Harbor Times',
      summary: 'Short.',
    })
  } finally {
    await pool.close()
  }
})
