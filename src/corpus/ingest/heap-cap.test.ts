import assert from 'node:assert/strict'
import { test } from 'node:test'
import { getHeapStatistics } from 'node:v8'
import { HeapCap } from './heap-cap.js'

const MB = 1024 * 1024

test('a heap cap collects the garbage of a heap past its floor, and leaves a heap under it alone', () => {
  const cap = new HeapCap(8 * MB)
  let _kept: number[][] | undefined = Array.from({ length: 400 }, (_, k) =>
    Array.from({ length: 10_000 }, (_, j) => k + j + 0.5),
  )
  const before = getHeapStatistics().used_heap_size
  assert.ok(before > 30 * MB, `the test's garbage should fill the heap (${Math.round(before / MB)} MB)`)
  _kept = undefined
  cap.check()
  const after = getHeapStatistics().used_heap_size
  assert.ok(
    after < before - 25 * MB,
    `the cap should have collected: ${Math.round(before / MB)} → ${Math.round(after / MB)} MB`,
  )

  const roomy = new HeapCap(after + 64 * MB)
  _kept = Array.from({ length: 100 }, (_, k) => Array.from({ length: 10_000 }, (_, j) => k * j + 0.5))
  const full = getHeapStatistics().used_heap_size
  _kept = undefined
  roomy.check()
  assert.ok(getHeapStatistics().used_heap_size >= full - MB, 'a heap under its cap is not collected')
})
