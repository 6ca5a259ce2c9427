import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

/** Published on Sunday 2016-11-06, two days before a US election. */
function times(text: string, published = '2016-11-06'): string[] {
  const analysis = analyze(text, { published })
  assertValidAnalysis(analysis)
  return analysis.times.map((t) => `${t.text}=${t.value}`)
}

test('times/deadline-by: a deadline reads ahead, unless its clause is past perfect', () => {
  assert.deepEqual(times('The council must answer by midnight Thursday, the mayor said.'), [
    'midnight Thursday=2016-11-10T24:00',
  ])
  assert.deepEqual(times('Bids are due no later than Wednesday.'), ['Wednesday=2016-11-09'])
  const rules = analyze('Bids are due no later than Wednesday.', { published: '2016-11-06' }).times.map((t) => t.rule)
  assert.deepEqual(rules, ['times/deadline-by'])
  assert.deepEqual(times('The offer stands until Friday.'), ['Friday=2016-11-11'])
  assert.deepEqual(times('The patient stayed in the ward until Friday.'), ['Friday=2016-11-04'])
  assert.deepEqual(times('By Thursday, the floods had reached the valley.'), ['Thursday=2016-11-03'])
  assert.deepEqual(times('The vote had been scheduled to close at midnight Friday.'), [
    'midnight Friday=2016-11-04T24:00',
  ])
})

test('times/weekday: a scheduling present or a future marker puts the election "on Tuesday" ahead', () => {
  assert.deepEqual(times('Voters go to the polls on Tuesday.'), ['Tuesday=2016-11-08'])
  assert.deepEqual(times('The runoff is on Tuesday in most districts.'), ['Tuesday=2016-11-08'])
  assert.deepEqual(times('The count is set to begin Tuesday night.'), ['Tuesday night=2016-11-08'])
  assert.deepEqual(times('The count began on Tuesday.'), ['Tuesday=2016-11-01'])
  assert.deepEqual(times('Last Friday, the senator toured the farm.'), ['Last Friday=2016-11-04'])
  // A past verb before the plan: "announced plans to" is what happened in September.
  assert.deepEqual(times('In September, the mill announced plans to close.'), ['September=2016-09'])
})

test('times/quoted-day: "today" in a quoted email takes the date the text gives the email', () => {
  assert.deepEqual(times('In an email sent on March 3, 2008, the clerk wrote: "We file today and appeal tomorrow."'), [
    'March 3, 2008=2008-03-03',
    'today=2008-03-03',
    'tomorrow=2008-03-04',
  ])
  // Undated, the quotation speaks from the article's day.
  assert.deepEqual(times('"We file today," the clerk said.'), ['today=2016-11-06'])
})

test('times/skip-names: names that hold date words are not dates; a Black Friday sale is', () => {
  assert.deepEqual(times('The survey ran in USA TODAY and on VOA Today.'), [])
  assert.deepEqual(times('He watched Monday Night Football and read The Sunday Times.'), [])
  assert.deepEqual(times('She spoke on Good Morning America and on the show "This Week".'), [])
  assert.deepEqual(times('Theresa May said the talks would resume.'), [])
  assert.deepEqual(times('The interview was conducted by April Ryan.'), [])
  assert.deepEqual(times('Stores opened early for the Black Friday sale.'), ['Black Friday=2016-11-25'])
  assert.deepEqual(times('Markets Rally Today As Oil Slides'), ['Today=2016-11-06'])
  // A line short enough to pass for a headline: the acronym before "Today" names the programme.
  assert.deepEqual(times('This is VOA Today.'), [])
  assert.deepEqual(times('MARKETS RALLY TODAY'), ['TODAY=2016-11-06'])
})

test('quarters: a quarter without a year is the latest begun; "the year-ago period" leans on the one named', () => {
  assert.deepEqual(times('Third-quarter profit rose. In the year-ago period, the mill lost money.', '1999-10-20'), [
    'Third-quarter=1999-Q3',
    'the year-ago period=1998-Q3',
  ])
  assert.deepEqual(times('Profit for the fourth quarter fell.', '1999-01-20'), ['fourth quarter=1998-Q4'])
  assert.deepEqual(times('Net rose in the second quarter, up from a year ago.', '1999-08-20'), [
    'second quarter=1999-Q2',
    'a year ago=1998-Q2',
  ])
})

test('vague counts and measured spans: "a few days", "several years ago", "the past three months"', () => {
  assert.deepEqual(times('The strike may last a few days.'), ['a few days=PXD'])
  assert.deepEqual(times('The mill closed several years ago.'), ['several years ago=PAST_REF'])
  assert.deepEqual(times('Prices fell in the past three months.'), ['the past three months=P3M'])
  assert.deepEqual(times('It will take a couple of years.'), ['a couple of years=P2Y'])
  assert.deepEqual(times('The treaty was signed last May.', '2016-02-10'), ['last May=2015-05'])
  assert.deepEqual(times('In nineteen ninety-six the dam broke.'), ['nineteen ninety-six=1996'])
})

test('seasons, year ends, "the following month" and "the near future"', () => {
  assert.deepEqual(times('Demand will hold well into the summer.', '1999-03-10'), ['the summer=1999-SU'])
  assert.deepEqual(times('The plant will shut by year end.'), ['year end=2016'])
  assert.deepEqual(times('The firm was sold in March 1998. The following month, its chief quit.'), [
    'March 1998=1998-03',
    'The following month=1998-04',
  ])
  assert.deepEqual(times('A listing may come in the near future.'), ['the near future=FUTURE_REF'])
})

test('times/clock-date: a deadline with a clock time and a date', () => {
  assert.deepEqual(times('Shareholders may tender their stock until 5 p.m. EST, Nov. 9.'), [
    '5 p.m. EST, Nov. 9=2016-11-09T17:00',
  ])
})

test('times/governing-verb: the verb the date hangs from, in the parse, sets the direction', () => {
  const rules = (text: string) => analyze(text, { published: '2016-11-06' }).times.map((t) => `${t.text}:${t.rule}`)
  // A past word in another clause ("signed") does not pull a plan's month back.
  assert.deepEqual(times('The bank signed an agreement to acquire the dairy in January.'), ['January=2017-01'])
  assert.deepEqual(rules('The bank signed an agreement to acquire the dairy in January.'), [
    'January:times/governing-verb',
  ])
  assert.deepEqual(times('The mill agreed to sell its paper line in February.'), ['February=2017-02'])
  // An infinitive under a past verb that plans nothing keeps the past ("to meet" is no scheduling present).
  assert.deepEqual(times('The outage made it hard for the firm to meet demand well into the summer.'), [
    'the summer=2016-SU',
  ])
  assert.deepEqual(times('The rangers closed the trail on Monday.'), ['Monday=2016-10-31'])
})

test('times/named-quarter: "the latest quarter" is the last one ended; times/full-year: "the full year" is this one', () => {
  // Results written in November report the quarter that ended in September.
  assert.deepEqual(times('Sales in the latest quarter rose 4%.', '2016-11-06'), ['the latest quarter=2016-Q3'])
  assert.deepEqual(times('Sales in the most recent period rose 4%.', '2017-01-20'), ['the most recent period=2016-Q4'])
  assert.deepEqual(times('The mill expects a loss for the full year.', '2016-11-06'), ['the full year=2016'])
  assert.deepEqual(times('It expects sales in the current fiscal year to rise.', '2016-11-06'), [
    'the current fiscal year=2016',
  ])
})
