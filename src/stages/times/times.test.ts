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
  assert.equal(
    nearestWeekday(day(2025, 2, 23), 1, true)
      .toISOString()
      .slice(0, 10),
    '2025-02-24',
  )
  assert.equal(
    nearestWeekday(day(2025, 2, 23), 1, false)
      .toISOString()
      .slice(0, 10),
    '2025-02-17',
  )
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

test('times/duration: a fraction ("three-quarters of its food") is no length of time; "two quarters" is', () => {
  assert.deepEqual(times('The island imports about three-quarters of its food.'), [])
  assert.deepEqual(times('She won a quarter of the vote.'), [])
  assert.deepEqual(times('Profit rose for three quarters in a row.'), ['three quarters=DURATION:P9M'])
})

test('resolves dates, months, years, decades and quarters', () => {
  assert.deepEqual(times('On March 3, 2024 and on Feb. 20 the council met.'), [
    'March 3, 2024=DATE:2024-03-03',
    'Feb. 20=DATE:2025-02-20',
  ])
  assert.deepEqual(times('Prices rose in mid-February and fell since 2014.'), [
    'mid-February=DATE:2025-02',
    '2014=DATE:2014',
  ])
  assert.deepEqual(times('Growth slowed in Q3 2024, as in the 1990s.'), ['Q3 2024=DATE:2024-Q3', 'the 1990s=DATE:199'])
})

test('resolves this week, next month, last year and the end of the year', () => {
  assert.deepEqual(times('Leaders will travel to Washington this week.'), ['this week=DATE:2025-W09'])
  assert.deepEqual(times('Sales fell last year and may recover next month.'), [
    'last year=DATE:2024',
    'next month=DATE:2025-03',
  ])
  assert.deepEqual(times('A deal is expected by the end of the year.'), ['the end of the year=DATE:2025'])
})

test('reads references, clock times and sets', () => {
  assert.deepEqual(times('Talks recently resumed and are now under way.'), [
    'recently=DATE:PAST_REF',
    'now=DATE:PRESENT_REF',
  ])
  assert.deepEqual(times('The storm hit at 2 a.m. yesterday.'), ['2 a.m. yesterday=TIME:2025-02-22T02:00'])
  assert.deepEqual(times('The paper is published weekly.'), ['weekly=SET:P1W'])
})

test('holidays resolve to their day in the nearest year, or the one the text points to', () => {
  assert.deepEqual(times('The boat was found on Thanksgiving Day.', '2000-01-07'), ['Thanksgiving Day=DATE:1999-11-25'])
  assert.deepEqual(times('Candidates will campaign until Election Day.', '1998-10-26'), [
    'Election Day=DATE:1998-11-03',
  ])
  assert.deepEqual(times('Pilgrims gathered as Easter week began.', '2000-04-17'), ['Easter week=DATE:2000-W16'])
  assert.deepEqual(times('The shops closed last Christmas.'), ['last Christmas=DATE:2024-12-25'])
})

test('times/vague-span: durations of unknown length: "for years", "within weeks", "in the coming months"', () => {
  assert.deepEqual(times('The two sides have argued for years.'), ['years=DURATION:PXY'])
  assert.deepEqual(times('More troops will arrive within weeks.'), ['weeks=DURATION:PXW'])
  assert.deepEqual(times('They will arrive within three weeks.'), ['three weeks=DURATION:P3W'])
  assert.deepEqual(times('Prices rose in recent weeks.'), ['recent weeks=DURATION:PXW'])
  assert.deepEqual(times('Talks will resume in the coming months.'), ['coming months=DURATION:PXM'])
  assert.deepEqual(times('They argued for two years.'), ['two years=DURATION:P2Y'])
})

test('a clock time takes the day written with it, or the day the story last named', () => {
  // Published Monday 2000-04-03.
  assert.deepEqual(times('The family has until 9 a.m. Tuesday to sign the paper.', '2000-04-03'), [
    '9 a.m. Tuesday=TIME:2000-04-04T09:00',
  ])
  assert.deepEqual(times('The blast came at 10:35 a.m. (0735 GMT) Friday.', '1998-08-08'), [
    '10:35 a.m. (0735 GMT) Friday=TIME:1998-08-07T10:35',
  ])
  assert.deepEqual(times('The doctor was shot on Oct. 23. He died at 10 p.m. in his kitchen.', '1999-04-19'), [
    'Oct. 23=DATE:1998-10-23',
    '10 p.m.=TIME:1998-10-23T22:00',
  ])
  assert.deepEqual(times('The paper wrote on Monday, Oct. 26: the attack was cowardly.', '1998-10-25'), [
    'Monday, Oct. 26=DATE:1998-10-26',
  ])
})

test('anaphoric dates lean on the date the story last named: "that day", "the next morning", "later that year"', () => {
  assert.deepEqual(
    times(
      'The talks opened on March 2. Earlier that day, protesters marched. He flew home the next morning.',
      '2000-03-10',
    ),
    ['March 2=DATE:2000-03-02', 'Earlier that day=DATE:2000-03-02', 'the next morning=DATE:2000-03-03'],
  )
  assert.deepEqual(times('She left for Madrid in June 1998 and came back later that year.', '2000-01-28'), [
    'June 1998=DATE:1998-06',
    'later that year=DATE:1998',
  ])
  // With nothing to lean on, "that day" is not given a made-up date.
  assert.deepEqual(times('Nobody forgot that day.'), [])
})

test('parts of the day and sentence-initial months', () => {
  assert.deepEqual(times('Rebels shelled the town last night and this morning.', '2000-04-03'), [
    'last night=TIME:2000-04-02TNI',
    'this morning=TIME:2000-04-03TMO',
  ])
  assert.deepEqual(times('In January, officials ruled on the case.', '2000-04-03'), ['January=DATE:2000-01'])
  assert.deepEqual(times('He was shot last Oct. 23 at his home.', '1999-04-19'), ['Oct. 23=DATE:1998-10-23'])
})

test('future cues beyond "will": "as soon as Tuesday", "postponed until Tuesday", "planned to leave on Thursday"', () => {
  // Published Monday 2000-04-03.
  assert.deepEqual(times('The father could arrive as soon as Tuesday.', '2000-04-03'), ['Tuesday=DATE:2000-04-04'])
  assert.deepEqual(times('Officials postponed until Tuesday any action on the case.', '2000-04-03'), [
    'Tuesday=DATE:2000-04-04',
  ])
  assert.deepEqual(times('The team planned to leave Nairobi on Thursday.', '2000-04-03'), ['Thursday=DATE:2000-04-06'])
  assert.deepEqual(times('They were shot next to the embassy on Friday.', '1998-08-08'), ['Friday=DATE:1998-08-07'])
})

test('second days, weeks of a date, months as modifiers, "since May", the weekend, "4 in the morning"', () => {
  // Published Thursday 2000-02-24.
  assert.deepEqual(times('The summit is on April 24 and 25.', '2000-02-24'), [
    'April 24=DATE:2000-04-24',
    '25=DATE:2000-04-25',
  ])
  assert.deepEqual(times('A hearing is set for the week of March 6.', '2000-02-24'), [
    'the week of March 6=DATE:2000-W10',
  ])
  assert.deepEqual(times('The October slaying shocked the town.', '2000-02-24'), ['October=DATE:1999-10'])
  assert.deepEqual(times('Prices have risen since May.', '2000-02-24'), ['May=DATE:1999-05'])
  assert.deepEqual(times('Lawyers met over the weekend.', '2000-02-24'), ['the weekend=DATE:2000-W07-WE'])
  assert.deepEqual(times('The ferry leaves at 4 in the morning.', '2000-02-24'), [
    '4 in the morning=TIME:2000-02-24T04:00',
  ])
  assert.deepEqual(times('The crew spent 5 1/2 hours in the capsule.', '2000-02-24'), ['5 1/2 hours=DURATION:PT5H30M'])
  // "the May government" is a prime minister's, not a month.
  assert.deepEqual(times('The May government fell.', '2000-02-24'), [])
})

test('"two more weeks", "a day-long meeting", "in the years that followed", "post-1959", "Elian’s future", "an hour later"', () => {
  assert.deepEqual(times('He will stay two more weeks after a day-long meeting.'), [
    'two more weeks=DURATION:P2W',
    'day-long=DURATION:P1D',
  ])
  assert.deepEqual(times('In the years that followed, the rebels won.'), ['years=DURATION:PXY'])
  assert.deepEqual(times('The post-1959 politics split families.'), ['1959=DATE:1959'])
  assert.deepEqual(times('The ruling decides the boy’s future. A future deal is near.'), ['future=DATE:FUTURE_REF'])
  assert.deepEqual(times('Just over an hour later, he died.'), ['an hour=DURATION:PT1H'])
  assert.deepEqual(times('The day before last Tuesday’s hearing, he left.', '2000-02-24'), [
    'The day before last Tuesday=DATE:2000-02-21',
  ])
  // Opening its sentence, a weekday reads the tense of the verb after it.
  assert.deepEqual(times('On Tuesday, the league plans to hold a news conference.', '1998-10-26'), [
    'Tuesday=DATE:1998-10-27',
  ])
})

test('ranges of months: "between March and May", "from March to May 2024"', () => {
  assert.deepEqual(times('Talks will run between March and May.'), ['March=DATE:2025-03', 'May=DATE:2025-05'])
  assert.deepEqual(times('Talks ran from March to May 2024.'), ['March=DATE:2024-03', 'May 2024=DATE:2024-05'])
})
