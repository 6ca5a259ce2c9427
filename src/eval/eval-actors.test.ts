import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { evalActors, ngecDate, readNgecActorCases } from './eval-actors.js'

test("reads NGEC's date forms; Today is no date", () => {
  assert.equal(ngecDate('2022-01-01'), '2022-01-01')
  assert.equal(ngecDate('October 1, 2021'), '2021-10-01')
  assert.equal(ngecDate('12 April 2022'), '2022-04-12')
  assert.equal(ngecDate('Today'), undefined)
  assert.equal(ngecDate(null), undefined)
  assert.equal(ngecDate('soon'), undefined)
})

test('scores only the agent_to_code rows on country or code_1 with Eq that are not expected to fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-ngec-'))
  const path = join(dir, 'dev.jsonl')
  const row = (o: object) => JSON.stringify({ function: 'agent_to_code', op: 'Eq', xfail: false, context: null, ...o })
  writeFileSync(
    path,
    [
      row({ input: 'Valdorian troops', field: 'country', expected: 'VLD', date: 'Today' }),
      row({ input: 'Valdorian troops', field: 'code_1', expected: 'MIL', date: '3 May 2020' }),
      row({ input: 'Valdorian troops', field: 'wiki', expected: 'x' }),
      row({ input: 'Valdorian troops', field: 'country', expected: 'VLD', xfail: true }),
      row({ input: 'Valdorian troops', field: 'country', expected: 'VLD', op: 'In' }),
      'not json',
    ].join('\n'),
  )
  const cases = readNgecActorCases(path)
  assert.deepEqual(
    cases.map((c) => [c.line, c.field, c.date]),
    [
      [1, 'country', undefined],
      [2, 'code_1', '2020-05-03'],
    ],
  )
  const score = evalActors(cases, () => ({ name: 'x', type: 'NORP', country: 'VLD', sector: 'GOV', roles: [] }))
  assert.deepEqual(score.country, { accuracy: 1, n: 1 })
  assert.deepEqual(score.sector, { accuracy: 0, n: 1 })
  assert.equal(score.misses[0].got, 'GOV')
})
