import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { popcount, QuantizedRows, rowsOf } from './quantized-rows.js'
import { DenseMulticlass } from './train-multiclass.js'

/** A small trained classifier: label = feature mod 3, learned from features 0–199 (bucket 255 always on). */
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

describe('QuantizedRows', () => {
  it('counts bits', () => {
    assert.deepEqual([0, 1, 0b1011, 0x80000000, -1, 0x7fffffff].map(popcount), [0, 1, 3, 1, 32, 31])
  })

  it('finds each stored bucket’s row and no row for an absent bucket', () => {
    const q = QuantizedRows.of({
      labels: 1,
      buckets: Int32Array.of(70, 3, 31, 32),
      rows: Int16Array.of(4, 1, 2, 3),
      scale: 1,
    })
    assert.deepEqual(
      [3, 31, 32, 70, 0, 33, 69, 1 << 20].map((b) => q.rowOf(b)),
      [0, 1, 2, 3, -1, -1, -1, -1],
    )
    // Rows are in bucket order: bucket 70's weight is the largest.
    const out = new Float64Array(1)
    q.addFeatures(Int32Array.of(70), 0, 1, out, 0)
    assert.equal(out[0], 4)
  })

  it('keeps each weight within 4 % of its 16-bit value, absent buckets adding nothing', () => {
    const chain = trained()
    const q = QuantizedRows.of(rowsOf(chain))
    for (const id of [3, 17, 199, 250, 255, 1 << 20]) {
      const a = new Float64Array(3)
      const b = new Float64Array(3)
      chain.addFeatures(Int32Array.of(id), 0, 1, a, 0)
      q.addFeatures(Int32Array.of(id), 0, 1, b, 0)
      for (let y = 0; y < 3; y++)
        assert.ok(Math.abs(a[y] - b[y]) <= 0.04 * Math.abs(a[y]) + 1e-9, `${b[y]} for ${a[y]}`)
    }
  })

  it('learns the labels it was taught', () => {
    const q = QuantizedRows.of(rowsOf(trained()))
    const out = new Float64Array(3)
    let right = 0
    for (let f = 0; f < 200; f++) {
      out.fill(0)
      q.addFeatures(Int32Array.of(f, 255), 0, 2, out, 0)
      if (out.indexOf(Math.max(...out)) === f % 3) right++
    }
    assert.ok(right >= 190, `${right} of 200`)
  })

  it('keeps zero as zero and the sign of every weight', () => {
    const q = QuantizedRows.of({
      labels: 4,
      buckets: Int32Array.of(9),
      rows: Int16Array.of(0, 32767, -1, -32767),
      scale: 0.5,
    })
    const out = new Float64Array(4)
    q.addFeatures(Int32Array.of(9), 0, 1, out, 0)
    assert.equal(out[0], 0)
    assert.ok(Math.abs(out[1] - 16383.5) < 1e-6)
    assert.ok(out[2] < 0 && out[2] > -1)
    assert.ok(Math.abs(out[3] + 16383.5) < 1e-6)
  })
})
