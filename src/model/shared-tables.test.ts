import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Worker } from 'node:worker_threads'
import { decodeBundle, encodeBundle } from './model-file.js'
import { shareTables, sharedTable, useTables } from './shared-tables.js'

// One process, in order: the module's state (sharing on or off) is the process's.
test('model tables are built per call until the thread shares, then once, in shared memory, for every thread', async () => {
  let builds = 0
  const build = () => {
    builds++
    return new Int32Array([7, 8, 9])
  }
  sharedTable('test#plain', build)
  sharedTable('test#plain', build)
  assert.equal(builds, 2, 'a thread that shares nothing keeps nothing')

  const tables = shareTables()
  const first = sharedTable('test#shared', build)
  const again = sharedTable('test#shared', build)
  assert.equal(builds, 3)
  assert.equal(first, again)
  assert.ok(first.buffer instanceof SharedArrayBuffer)
  assert.deepEqual([...first], [7, 8, 9])

  const gz = encodeBundle({
    header: { kind: 'toy', labels: ['a'], buckets: 4, info: {} },
    arrays: { weights: new Float32Array([0.5, -1]) },
  })
  const one = decodeBundle(gz, '/models/toy.bin')
  const two = decodeBundle(gz, '/models/toy.bin')
  assert.equal(one.arrays.weights.buffer, two.arrays.weights.buffer, 'a model file is inflated once')

  // Another thread handed the tables reads the same memory: what it writes, this thread sees.
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads')
    workerData.get('test#shared')[0] = 42
    parentPort.postMessage('done')`,
    { eval: true, workerData: tables },
  )
  await new Promise((resolve) => worker.once('message', resolve))
  await worker.terminate()
  assert.equal(first[0], 42)

  useTables(new Map([['test#handed', new Int32Array(new SharedArrayBuffer(8))]]))
  assert.equal(sharedTable('test#handed', build).length, 2, 'a table handed over is used, not built')
  assert.equal(builds, 3)
})
