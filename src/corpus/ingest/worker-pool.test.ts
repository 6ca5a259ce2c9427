import assert from 'node:assert/strict'
import { test } from 'node:test'
import { WorkerPool } from './worker-pool.js'

test('a pool handing each thread several tasks ahead answers every task with its own result', async () => {
  const pool = new WorkerPool(2, {}, 3)
  try {
    const texts = Array.from({ length: 12 }, (_, k) => `The mayor of Town ${k} said on Monday that ${k + 1} bridges would close.`)
    const results = await Promise.all(texts.map((text) => pool.run({ kind: 'analyze-for-store', text, meta: {} })))
    assert.deepEqual(results.map((r) => r.text), texts)
    const prepared = await pool.run({ kind: 'prepare', item: { name: 'one.txt', text: 'Nothing but text here.' } })
    assert.ok(!('error' in prepared) && prepared.text === 'Nothing but text here.')
  } finally {
    await pool.close()
  }
})
