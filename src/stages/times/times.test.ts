import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'
import { isoWeek, nearestWeekday, day } from './calendar.js'

/** Published on Sunday 2025-02-23. */
function times(text: string, published = '2025-02-23'): string[] {
  const analysis = analyze(text, { published })
  assertValidAnalysis(analysis)
  return analysis.times.map((t) => `${t.text}=${t.type}:${t.value}`)
}

test('ISO weeks and weekdays are computed in UTC', () => {
  assert.equal(isoWeek(day(2025, 2, 23)), '2025-W08')
  assert.equal(isoWeek(day(2025, 2, 24)), '2025-W09')
  assert.equal(isoWeek(day(2021, 1, 3)), '2020-W53')
  assert.equal(nearestWeekday(day(2025, 2, 23), 1, true).toISOString().slice(0, 10), '2025-02-24')
  assert.equal(nearestWeekday(day(2025, 2, 23), 1, false).toISOString().slice(0, 10), '2025-02-17')
})

test('reads weekdays by tense: "will visit on Monday" ahead, "met on Monday" behind', () => {
  assert.deepEqual(times('Ministers will visit Kyiv on Monday.'), ['Monday=DATE:2025-02-24'])
  assert.deepEqual(times('Ministers met in Kyiv on Monday.'), ['Monday=DATE:2025-02-17'])
  assert.deepEqual(times('They left early on Sunday.'), ['Sunday=DATE:2025-02-23'])
})

test('tells durations from dates: "for three years", "three years ago", "in three years"', () => {
  assert.deepEqual(times('The war has lasted for three years.'), ['three years=DURATION:P3Y'])
  assert.deepEqual(times('The law passed three years ago.'), ['three years ago=DATE:2022'])
  assert.deepEqual(times('It was their first meeting in three years.'), ['three years=DURATION:P3Y'])
})

test('resolves dates, months, years, decades and quarters', () => {
  assert.deepEqual(times('On March 3, 2024 and on Feb. 20 the council met.'), ['March 3, 2024=DATE:2024-03-03', 'Feb. 20=DATE:2025-02-20'])
  assert.deepEqual(times('Prices rose in mid-February and fell since 2014.'), ['mid-February=DATE:2025-02', '2014=DATE:2014'])
  assert.deepEqual(times('Growth slowed in Q3 2024, as in the 1990s.'), ['Q3 2024=DATE:2024-Q3', 'the 1990s=DATE:199'])
})

test('resolves this week, next month, last year and the end of the year', () => {
  assert.deepEqual(times('Leaders will travel to Washington this week.'), ['this week=DATE:2025-W09'])
  assert.deepEqual(times('Sales fell last year and may recover next month.'), ['last year=DATE:2024', 'next month=DATE:2025-03'])
  assert.deepEqual(times('A deal is expected by the end of the year.'), ['the end of the year=DATE:2025'])
})

test('reads references, clock times and sets', () => {
  assert.deepEqual(times('Talks recently resumed and are now under way.'), ['recently=DATE:PAST_REF', 'now=DATE:PRESENT_REF'])
  assert.deepEqual(times('The storm hit at 2 a.m. yesterday.'), ['2 a.m.=TIME:2025-02-23T02:00', 'yesterday=DATE:2025-02-22'])
  assert.deepEqual(times('The paper is published weekly.'), ['weekly=SET:P1W'])
})

test('holidays resolve to their day in the nearest year, or the one the text points to', () => {
  assert.deepEqual(times('The boat was found on Thanksgiving Day.', '2000-01-07'), ['Thanksgiving Day=DATE:1999-11-25'])
  assert.deepEqual(times('Candidates will campaign until Election Day.', '1998-10-26'), ['Election Day=DATE:1998-11-03'])
  assert.deepEqual(times('Pilgrims gathered as Easter week began.', '2000-04-17'), ['Easter week=DATE:2000-W16'])
  assert.deepEqual(times('The shops closed last Christmas.'), ['last Christmas=DATE:2024-12-25'])
})

test('vague spans are durations of unknown length: "for years", "in recent weeks", "in the coming months"', () => {
  assert.deepEqual(times('The two sides have argued for years.'), ['years=DURATION:PXY'])
  assert.deepEqual(times('Prices rose in recent weeks.'), ['recent weeks=DURATION:PXW'])
  assert.deepEqual(times('Talks will resume in the coming months.'), ['coming months=DURATION:PXM'])
  assert.deepEqual(times('They argued for two years.'), ['two years=DURATION:P2Y'])
})
