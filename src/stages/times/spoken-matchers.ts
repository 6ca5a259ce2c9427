import type { TimeMatcher } from './matchers.js'

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']
const ORDINAL_CENTURIES = ['fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December'.split('|')

/** "ninety-six" → 96, "ten" → 10; NaN for anything else. */
function twoDigits(tens: string, unit: string | undefined): number {
  const t = tens.toLowerCase()
  if (TEENS.includes(t)) return unit ? NaN : 10 + TEENS.indexOf(t)
  const n = 20 + 10 * TENS.indexOf(t)
  return n < 20 ? NaN : n + (unit ? UNITS_WORDS.indexOf(unit.toLowerCase()) + 1 : 0)
}

/**
 * Years as a transcript spells them (broadcast news): "nineteen ninety-six", "January nineteen ninety-seven",
 * "the year two thousand", "the twentieth century" / "the 20th century" (TIMEX3 "19"), "the nineties" ("199").
 */
export const SPOKEN_MATCHERS: readonly TimeMatcher[] = [
  {
    rule: 'times/spoken-year',
    pattern: new RegExp(
      `\\b(?:(${MONTH_NAMES.join('|')}) )?(?:nineteen (${[...TEENS, ...TENS].join('|')})(?:-(${UNITS_WORDS.join('|')}))?|` +
        `(?:the year )?two thousand(?: and)?(?: (${UNITS_WORDS.join('|')}|${TEENS.join('|')}))?)\\b`,
      'gi',
    ),
    resolve: (m) => {
      let year: number
      if (m[2]) year = 1900 + twoDigits(m[2], m[3])
      else if (/two thousand/i.test(m[0])) {
        const w = m[4]?.toLowerCase()
        year = 2000 + (w ? (UNITS_WORDS.includes(w) ? UNITS_WORDS.indexOf(w) + 1 : 10 + TEENS.indexOf(w)) : 0)
        // "two thousand" alone is a count ("two thousand troops") unless "the year" names it.
        if (!w && !/the year/i.test(m[0])) return null
      } else return null
      if (!Number.isFinite(year)) return null
      const month = m[1] ? MONTH_NAMES.findIndex((n) => n.toLowerCase() === m[1].toLowerCase()) + 1 : 0
      return { type: 'DATE', value: month ? `${year}-${String(month).padStart(2, '0')}` : String(year) }
    },
  },
  {
    rule: 'times/century',
    pattern: new RegExp(`\\b(?:the )?(?:(1[5-9]|2[01])(?:st|th)|(${ORDINAL_CENTURIES.join('|')})) century\\b`, 'gi'),
    resolve: (m) => {
      const n = m[1] ? Number(m[1]) : 15 + ORDINAL_CENTURIES.indexOf(m[2].toLowerCase())
      return { type: 'DATE', value: String(n - 1) }
    },
  },
  {
    rule: 'times/spoken-decade',
    pattern: new RegExp(`\\bthe (?:nineteen )?(${DECADES.join('|')})\\b`, 'gi'),
    resolve: (m) => ({ type: 'DATE', value: `19${DECADES.indexOf(m[1].toLowerCase()) + 2}` }),
  },
]
