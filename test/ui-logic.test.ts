// The web UI's pure logic, in Node: dates on chart axes, snippets, counts, and the network layout's promise that no
// two labels overlap. The browser journeys are in ui.test.ts.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { type Edge, labelsOverlap, layoutNetwork } from '../ui/src/charts/network-layout.js'
import { countBy } from '../ui/src/charts/count-by.js'
import { binCounts, binFor, binStart, tickLabel } from '../ui/src/charts/time-bins.js'
import { findWords } from '../ui/src/components/find-words.js'
import { formatDate, outletsOf } from '../ui/src/lib/format.js'

describe('chart time axes', () => {
  test('bins days up to four months, weeks up to two years, months beyond', () => {
    assert.equal(binFor(['2016-01-01', '2016-03-30']), 'day')
    assert.equal(binFor(['2016-01-01', '2017-06-30']), 'week')
    assert.equal(binFor(['2014-01-01', '2017-06-30']), 'month')
  })

  test('starts a week on its Monday and a month on its first day, across a year end', () => {
    assert.equal(binStart('2017-01-01', 'week'), '2016-12-26')
    assert.equal(binStart('2016-09-11T10:00:00Z', 'month'), '2016-09-01')
  })

  test('sums counts per bin and series and drops undated rows', () => {
    const counts = [
      { date: '2016-11-07', series: 'ACCUSE', count: 2 },
      { date: '2016-11-09', series: 'ACCUSE', count: 1 },
      { date: 'unknown', series: 'ACCUSE', count: 5 },
    ]
    assert.deepEqual(binCounts(counts, 'week'), [{ date: '2016-11-07', series: 'ACCUSE', count: 3 }])
  })

  test('names the year on a tick where it must be said, never "09-11"', () => {
    const t = new Date(Date.UTC(2016, 8, 11))
    assert.equal(tickLabel(t, 'day', true), '11 Sep 2016')
    assert.equal(tickLabel(t, 'day', false), '11 Sep')
    assert.equal(tickLabel(new Date(Date.UTC(2017, 0, 1)), 'month', false), 'Jan 2017')
  })
})

describe('text helpers', () => {
  test('finds the query words at word starts, case-insensitively', () => {
    assert.deepEqual(findWords('The Mayor said; mayoral aides resaid it', 'mayor SAID'), [
      [4, 9],
      [10, 14],
      [16, 21],
    ])
  })

  test('formats dates for people and leaves other text alone', () => {
    assert.equal(formatDate('2026-03-06T10:00:00.000Z'), '6 Mar 2026')
    assert.equal(formatDate('spring'), 'spring')
    assert.equal(formatDate(undefined), '')
  })

  test('drops the store\'s "unknown" placeholder from outlets', () => {
    assert.deepEqual(outletsOf({ sources: ['Daily Ledger', 'unknown'] }), ['Daily Ledger'])
    assert.deepEqual(outletsOf({ source: 'Harbor Times' }), ['Harbor Times'])
  })

  test('counts by key, largest first, the rest summed as others', () => {
    const rows = countBy(['a', 'b', 'a', 'c', 'd', 'a', 'b'], (x) => x, 2)
    assert.deepEqual(rows, [
      { name: 'a', count: 3 },
      { name: 'b', count: 2 },
      { name: '2 others', count: 2 },
    ])
  })
})

describe('network layout', () => {
  // A hub with many long-named counterparts: the case that clipped and stacked labels before.
  const names = Array.from(
    { length: 40 },
    (_, k) => `Regional Council Member ${String.fromCharCode(65 + (k % 26))}${k}`,
  )
  const edges: Edge[] = names.flatMap((name, k) => [
    {
      source: 'hub',
      sourceName: 'Interior Ministry',
      target: `a${k}`,
      targetName: name,
      type: 'ACCUSE',
      events: 1 + (k % 5),
      score: -2,
    },
    {
      source: `a${k}`,
      sourceName: name,
      target: `a${(k + 1) % 40}`,
      targetName: names[(k + 1) % 40],
      type: 'CONSULT',
      events: 1,
      score: 1,
    },
  ])

  test('keeps every label clear of every other, wide and tall', () => {
    for (const [width, height] of [
      [960, 620],
      [420, 760],
    ]) {
      const { nodes } = layoutNetwork(edges, 40, width, height)
      assert.equal(nodes.length, 40)
      assert.equal(labelsOverlap(nodes), false, `${width}×${height}`)
    }
  })

  test('an ego network keeps the actor and its counterparts only', () => {
    const { nodes, edges: drawn } = layoutNetwork(edges, 60, 960, 620, 'Regional Council Member A0')
    assert.deepEqual(nodes.map((n) => n.id).sort(), ['a0', 'a1', 'a39', 'hub'])
    assert.ok(drawn.every((e) => nodes.includes(e.source) && nodes.includes(e.target)))
  })

  test('draws the same picture from the same data', () => {
    const a = layoutNetwork(edges, 20, 960, 620).nodes.map((n) => [Math.round(n.x), Math.round(n.y)])
    const b = layoutNetwork(edges, 20, 960, 620).nodes.map((n) => [Math.round(n.x), Math.round(n.y)])
    assert.deepEqual(a, b)
  })
})
