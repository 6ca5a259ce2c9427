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
