import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PackedRows, pruneRows, rowsOf } from './packed-rows.js'
import { DenseMulticlass } from './train-multiclass.js'

/** A small trained classifier: label = bucket mod 3, learned from features 0–199. */
function trained() {
  const dense = new DenseMulticlass(3, 256)
  const scores = new Float64Array(3)
  for (let epoch = 0; epoch < 5; epoch++) {
    for (let f = 0; f < 200; f++) {
      const ids = Int32Array.of(f, 255)
      dense.score(ids, 0, 2, scores)
      let best = 0
      for (let y = 1; y < 3; y++) if (scores[y] > scores[best]) best = y
      dense.update(ids, 0, 2, f % 3, best)
      dense.tick()
    }
  }
  return dense.compile()
}

describe('PackedRows', () => {
  it('scores exactly as the compiled rows it packs, absent buckets adding nothing', () => {
    const chain = trained()
    const packed = PackedRows.of(rowsOf(chain))
    const ids = Int32Array.of(3, 17, 199, 250, 255, 1 << 20)
    const a = new Float64Array(3)
    const b = new Float64Array(3)
    chain.addFeatures(ids, 0, ids.length, a, 0)
    packed.addFeatures(ids, 0, ids.length, b, 0)
    assert.deepEqual([...b], [...a])
  })

  it('learns the labels it was taught', () => {
    const packed = PackedRows.of(rowsOf(trained()))
    const out = new Float64Array(3)
    let right = 0
    for (let f = 0; f < 200; f++) {
      out.fill(0)
      packed.addFeatures(Int32Array.of(f, 255), 0, 2, out, 0)
      if (out.indexOf(Math.max(...out)) === f % 3) right++
    }
    assert.ok(right >= 190, `${right} of 200`)
  })
})

describe('pruneRows', () => {
  it('keeps the rows whose largest weight reaches the share, and their buckets', () => {
    const model = {
      labels: 2,
      buckets: Int32Array.of(5, 9, 12),
      rows: Int16Array.of(100, -3, 2, 1, -50, 0),
      scale: 0.5,
    }
    const pruned = pruneRows(model, 0.4)
    assert.deepEqual([...pruned.buckets], [5, 12])
    assert.deepEqual([...pruned.rows], [100, -3, -50, 0])
    assert.equal(pruned.scale, 0.5)
  })
})
