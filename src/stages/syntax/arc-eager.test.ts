import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ACTIONS, LEFT, ParseState, REDUCE, RIGHT, SHIFT } from './arc-eager.js'
import { actionCost, projectivize } from './arc-eager-oracle.js'

/** Follows zero-cost transitions (the lowest-numbered one) from the start; returns the heads built (ROOT = n). */
function followOracle(gold: Int32Array): Int32Array {
  const n = gold.length
  const s = ParseState.start(n)
  for (let steps = 0; !s.done && steps < 4 * n + 4; steps++) {
    let action = s.forced()
    if (action < 0) {
      for (let a = 0; a < ACTIONS && action < 0; a++) if (s.isLegal(a) && actionCost(s, a, gold) === 0) action = a
    }
    assert.ok(action >= 0, 'some legal transition costs nothing')
    s.apply(action, 0)
  }
  assert.ok(s.done)
  return s.heads.slice(0, n)
}

// "The minister said that troops left": heads with ROOT = 6.
const SAID = Int32Array.of(1, 2, 6, 5, 5, 2)

describe('arc-eager transitions', () => {
  it('rebuilds a projective gold tree by following zero-cost transitions', () => {
    assert.deepEqual([...followOracle(SAID)], [...SAID])
  })

  it('rebuilds a tree whose root is the last word and one with two left dependents', () => {
    const trees = [Int32Array.of(2, 2, 3), Int32Array.of(3, 3, 3, 5, 3)]
    for (const gold of trees) assert.deepEqual([...followOracle(gold)], [...gold])
  })

  it('charges LEFT for a stack word whose children are still in the buffer', () => {
    const s = ParseState.start(6)
    s.apply(SHIFT, 0) // The
    s.apply(LEFT, 0) // The ← minister
    s.apply(SHIFT, 0) // minister
    // "minister" heads nothing in the buffer and its head is "said" (the buffer's front): LEFT is free.
    assert.equal(actionCost(s, LEFT, SAID), 0)
    // SHIFT would put "said" above its own dependent "minister".
    assert.equal(actionCost(s, SHIFT, SAID), 1)
    // RIGHT would make "said" a dependent of "minister" and lose said → minister too.
    assert.equal(actionCost(s, RIGHT, SAID), 2)
  })

  it('never allows REDUCE of a headless word or SHIFT of ROOT', () => {
    const s = ParseState.start(1)
    assert.equal(s.isLegal(REDUCE), false)
    s.apply(SHIFT, 0)
    assert.equal(s.isLegal(SHIFT), false)
    assert.equal(s.forced(), LEFT)
  })
})

describe('projectivize', () => {
  it('lifts a crossing arc to the head of its head', () => {
    // Word 1 is the root (ROOT = 4); 0 → 3 spans word 1, 0's own head: not projective.
    const heads = Int32Array.of(1, 4, 1, 0)
    assert.equal(projectivize(heads), 1)
    assert.deepEqual([...heads], [1, 4, 1, 1])
    assert.deepEqual([...followOracle(heads)], [...heads])
  })

  it('leaves a projective tree alone', () => {
    const heads = SAID.slice()
    assert.equal(projectivize(heads), 0)
    assert.deepEqual([...heads], [...SAID])
  })
})
