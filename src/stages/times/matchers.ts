import type { TimeType } from '../../doc/types.js'
import { addDays, addMonths, day, isoDate, isoMonth, isoWeek, nearestWeekday, weekday, yearFor } from './calendar.js'
import { MONTHS, NUMBER_WORDS, REFERENCES, UNITS, WEEKDAYS } from './lexicon.js'

/** What a matcher resolves a match to; `null` means "not a time expression after all". */
export interface Resolved {
  type: TimeType
  value: string
  /** Offsets of the expression inside the match, when it is not the whole match ("in 2014" → "2014"). */
  from?: number
  to?: number
}

/** What resolution may read: the reference day, whether the clause looks ahead, and the text just before. */
export interface TimeContext {
  ref: Date
  future: boolean
  past: boolean
  /** Up to 20 characters before the match. */
  before: string
}

/** A matcher: a pattern over the text and a function that resolves one match. */
export interface TimeMatcher {
  rule: string
  pattern: RegExp
  resolve(m: RegExpExecArray, ctx: TimeContext): Resolved | null
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const NUM = '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|few|couple of|a few|a couple of)'
const UNIT = '(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|quarters?)'
const pad = (n: number) => String(n).padStart(2, '0')
const month = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? MONTHS[s.toLowerCase().slice(0, 3)]
const number = (s: string) => (/^\d/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase().replace(/^a (?:few|couple of)$/, 'few').replace(/ of$/, '')] ?? NaN)

/** A day of a month; without a year, the year that puts it nearest the reference (ahead when the clause is). */
function calendarDay(mo: number | undefined, d: number, year: string | undefined, ctx: TimeContext): Resolved | null {
  if (!mo || d < 1 || d > 31) return null
  return { type: 'DATE', value: `${year ? Number(year) : yearFor(ctx.ref, mo, d, ctx.future)}-${pad(mo)}-${pad(d)}` }
}

/** "3 years" → "P3Y", "a decade" → "P10Y", "16 hours" → "PT16H". */
export function durationValue(n: number, unit: string): string {
  const code = UNITS[unit.toLowerCase()]
  if (code === 'DE') return `P${n * 10}Y`
  if (code === 'CE') return `P${n * 100}Y`
  if (code === 'Q') return `P${n * 3}M`
  return code.startsWith('T') ? `PT${n}${code.slice(1)}` : `P${n}${code}`
}

/** The fourth (or last, n = -1) `weekday` of a month: Thanksgiving is the fourth Thursday of November. */
function nthWeekday(year: number, mo: number, wanted: number, n: number): Date {
  if (n > 0) {
    const first = day(year, mo, 1)
    return addDays(first, ((wanted - weekday(first) + 7) % 7) + 7 * (n - 1))
  }
  const last = addDays(day(year, mo + 1, 1), -1)
  return addDays(last, -((weekday(last) - wanted + 7) % 7))
}

/** Easter Sunday (Gregorian; the anonymous computus). */
function easter(year: number): Date {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451)
  const mo = Math.floor((h + l - 7 * m + 114) / 31)
  return day(year, mo, ((h + l - 7 * m + 114) % 31) + 1)
}

/** Holidays news dates events by, as a function of the year. */
const HOLIDAYS: Record<string, (year: number) => Date> = {
  'christmas day': (y) => day(y, 12, 25), christmas: (y) => day(y, 12, 25), 'christmas eve': (y) => day(y, 12, 24),
  "new year's day": (y) => day(y, 1, 1), "new year's eve": (y) => day(y, 12, 31), 'independence day': (y) => day(y, 7, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4), thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1), 'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  // US general elections: the Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter, 'easter sunday': easter, 'good friday': (y) => addDays(easter(y), -2),
}

/** The matchers, most specific first; overlaps are resolved by length afterwards. */
export const TIME_MATCHERS: readonly TimeMatcher[] = [
  {
    rule: 'times/iso-date',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => ({ type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}` }),
  },
  {
    rule: 'times/month-day',
    pattern: new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => calendarDay(month(m[1]), Number(m[2]), m[3], ctx),
  },
  {
    rule: 'times/day-month',
    pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH}\\b(?: (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => calendarDay(month(m[2]), Number(m[1]), m[3], ctx),
  },
  {
    rule: 'times/month-year',
    pattern: new RegExp(`\\b(?:(early|mid|late)-?\\s?)?${MONTH} (\\d{4})\\b`, 'g'),
    resolve: (m) => ({ type: 'DATE', value: `${m[3]}-${pad(month(m[2]))}` }),
  },
  {
    rule: 'times/month',
    // A bare month needs a preposition or a modifier: "in March", "mid-February", "since May".
    pattern: new RegExp(`\\b(?:(?:in|since|until|by|from|during|through|last|next|this|early|late)\\s+|(?:mid|early|late)-)(?:early |late |mid-)?${MONTH}\\b(?![ -]\\d)`, 'g'),
    resolve: (m, ctx) => {
      const mo = month(m[1])
      if (!mo || (m[1] === 'May' && !/^(?:in|since|until|by|from|during|through|last|next|this|mid-|early|late)/i.test(m[0]))) return null
      const lead = m[0].toLowerCase()
      const future = ctx.future || lead.startsWith('next')
      const from = /^(?:in|since|until|by|from|during|through)\s/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0
      return { type: 'DATE', value: `${yearFor(ctx.ref, mo, 15, future)}-${pad(mo)}`, from }
    },
  },
  {
    rule: 'times/quarter',
    pattern: /\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?: of)? ?((?:19|20)\d\d)?\b/gi,
    resolve: (m, ctx) => {
      const q = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) + 1
      return { type: 'DATE', value: `${m[3] ?? ctx.ref.getUTCFullYear()}-Q${q}` }
    },
  },
  {
    rule: 'times/decade',
    pattern: /\b(?:the )?((?:1[89]|20)\d)0s\b|[’'](\d)0s\b/g,
    resolve: (m) => ({ type: 'DATE', value: m[1] ?? `${m[2] === '0' || m[2] === '1' || m[2] === '2' ? '20' : '19'}${m[2]}` }),
  },
  {
    rule: 'times/year',
    pattern: /\b(?:in|since|until|by|from|during|of|before|after|through|early|late|mid-|fiscal|the year)\s?((?:1[89]|20)\d\d)\b(?![-.,]?\d)/gi,
    resolve: (m) => ({ type: 'DATE', value: m[1], from: m[0].length - 4 }),
  },
  {
    rule: 'times/relative-day',
    pattern: /\b(today|yesterday|tomorrow|tonight|overnight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, ctx) => {
      const w = m[1].toLowerCase()
      if (w === 'today') return { type: 'DATE', value: isoDate(ctx.ref) }
      if (w === 'yesterday') return { type: 'DATE', value: isoDate(addDays(ctx.ref, -1)) }
      if (w === 'tomorrow') return { type: 'DATE', value: isoDate(addDays(ctx.ref, 1)) }
      return { type: 'DATE', value: isoDate(ctx.ref) }
    },
  },
  {
    rule: 'times/weekday',
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming) )?${WEEKDAY}(?:[’']s)?(?: (morning|afternoon|evening|night))?\\b`, 'g'),
    resolve: (m, ctx) => {
      const lead = m[1]?.toLowerCase()
      const future = lead === 'next' || lead === 'coming' || (!lead && ctx.future && !ctx.past)
      let d = nearestWeekday(ctx.ref, WEEKDAYS[m[2].toLowerCase()], future)
      if (lead === 'last' && d.getTime() === ctx.ref.getTime()) d = addDays(d, -7)
      if (lead === 'next' && d.getTime() === ctx.ref.getTime()) d = addDays(d, 7)
      // "Thursday morning" is a DATE in TimeML practice (the news corpora annotate the day, rarely the part).
      return { type: 'DATE', value: isoDate(d) }
    },
  },
  {
    rule: 'times/this-unit',
    pattern: /\b(this|last|next|coming|past|previous) (week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\b/gi,
    resolve: (m, ctx) => {
      const lead = m[1].toLowerCase()
      const unit = m[2].toLowerCase()
      const shift = lead === 'last' || lead === 'previous' ? -1 : lead === 'next' || lead === 'coming' ? 1 : 0
      if (lead === 'past') return { type: 'DURATION', value: durationValue(1, unit === 'weekend' ? 'week' : ['summer', 'winter', 'spring', 'autumn', 'fall'].includes(unit) ? 'months' : unit) }
      if (unit === 'week' || unit === 'weekend') {
        // Written on a weekend about what "will" happen "this week": the week that starts on Monday.
        const ahead = lead === 'this' && ctx.future && weekday(ctx.ref) >= 6 ? 1 : 0
        const week = isoWeek(addDays(ctx.ref, (shift + ahead) * 7))
        return { type: 'DATE', value: unit === 'weekend' ? `${week}-WE` : week }
      }
      if (unit === 'month') return { type: 'DATE', value: isoMonth(addMonths(ctx.ref, shift)) }
      if (unit === 'decade') return { type: 'DATE', value: String(Math.floor(ctx.ref.getUTCFullYear() / 10) + shift).padStart(3, '0') }
      const year = ctx.ref.getUTCFullYear() + shift
      const season = { summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA', fall: 'FA' }[unit]
      return { type: 'DATE', value: season ? `${year}-${season}` : String(year) }
    },
  },
  {
    rule: 'times/ago',
    pattern: new RegExp(`\\b${NUM} ${UNIT} (ago|earlier|later|from now)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const n = number(m[1])
      if (!Number.isFinite(n)) return null
      const sign = /ago|earlier/i.test(m[3]) ? -1 : 1
      const code = UNITS[m[2].toLowerCase()]
      if (code === 'Y' || code === 'DE') return { type: 'DATE', value: String(ctx.ref.getUTCFullYear() + sign * n * (code === 'DE' ? 10 : 1)) }
      if (code === 'M') return { type: 'DATE', value: isoMonth(addMonths(ctx.ref, sign * n)) }
      if (code === 'W') return { type: 'DATE', value: isoWeek(addDays(ctx.ref, sign * 7 * n)) }
      if (code === 'D') return { type: 'DATE', value: isoDate(addDays(ctx.ref, sign * n)) }
      return { type: 'TIME', value: isoDate(ctx.ref) }
    },
  },
  {
    rule: 'times/duration',
    pattern: new RegExp(`\\b${NUM}[ -]${UNIT}(?![ -](?:old|ago|earlier|from now))\\b`, 'gi'),
    resolve: (m) => {
      const n = number(m[1])
      return Number.isFinite(n) && n > 0 ? { type: 'DURATION', value: durationValue(n, m[2].toLowerCase().replace(/s$/, '') + (n === 1 ? '' : 's')) } : null
    },
  },
  {
    rule: 'times/clock',
    pattern: /\b(\d{1,2})(?:[:.](\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b/gi,
    resolve: (m, ctx) => {
      if (m[4]) return { type: 'TIME', value: `${isoDate(ctx.ref)}T${m[4].toLowerCase() === 'midnight' ? '24:00' : '12:00'}` }
      let h = Number(m[1])
      if (h > 12) return null
      if (/^p/i.test(m[3]) && h < 12) h += 12
      if (/^a/i.test(m[3]) && h === 12) h = 0
      return { type: 'TIME', value: `${isoDate(ctx.ref)}T${pad(h)}:${m[2] ?? '00'}` }
    },
  },
  {
    rule: 'times/set',
    pattern: /\b(?:(every|each) (day|week|month|year|morning|night)|(daily|weekly|monthly|annually|yearly|hourly))\b/gi,
    resolve: (m) => {
      const unit = (m[2] ?? m[3]).toLowerCase()
      const code = { day: 'P1D', daily: 'P1D', morning: 'XXXX-XX-XXTMO', night: 'XXXX-XX-XXTNI', week: 'P1W', weekly: 'P1W', month: 'P1M', monthly: 'P1M', year: 'P1Y', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' }[unit]
      return code ? { type: 'SET', value: code } : null
    },
  },
  {
    rule: 'times/end-of',
    pattern: /\b(?:the )?(end|beginning|start|middle) of (?:the |this )?(year|month|week|((?:19|20)\d\d))\b/gi,
    resolve: (m, ctx) => {
      const unit = m[2].toLowerCase()
      if (m[3]) return { type: 'DATE', value: m[3] }
      if (unit === 'year') return { type: 'DATE', value: String(ctx.ref.getUTCFullYear()) }
      if (unit === 'month') return { type: 'DATE', value: isoMonth(ctx.ref) }
      return { type: 'DATE', value: isoWeek(ctx.ref) }
    },
  },
  {
    rule: 'times/reference',
    pattern: new RegExp(`\\b(${Object.keys(REFERENCES).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi'),
    // "future" is a time only as "the future" ("a future deal" is not); the article stays outside the span.
    resolve: (m, ctx) => (m[1].toLowerCase() === 'future' && !/\bthe\s$/i.test(ctx.before) ? null : { type: 'DATE', value: REFERENCES[m[1].toLowerCase()] }),
  },
  {
    rule: 'times/holiday',
    pattern: new RegExp(`\\b(?:(last|next|this) )?(${Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((k) => k.replace(/'/g, "['’]")).join('|')})( week)?(?: (\\d{4}))?\\b`, 'gi'),
    resolve: (m, ctx) => {
      const at = HOLIDAYS[m[2].toLowerCase().replace(/’/g, "'")]
      const lead = m[1]?.toLowerCase()
      const year = ctx.ref.getUTCFullYear()
      let d: Date
      if (m[4]) d = at(Number(m[4]))
      else {
        // The occurrence nearest the reference, or the one before or after it when the text says so.
        const options = [at(year - 1), at(year), at(year + 1)]
        const t = ctx.ref.getTime()
        if (lead === 'last') d = options.filter((o) => o.getTime() < t).pop()!
        else if (lead === 'next') d = options.find((o) => o.getTime() > t)!
        else if (ctx.future && !ctx.past) d = options.find((o) => o.getTime() >= t)!
        else d = options.reduce((best, o) => (Math.abs(o.getTime() - t) < Math.abs(best.getTime() - t) ? o : best))
      }
      return { type: 'DATE', value: m[3] ? isoWeek(d) : isoDate(d) }
    },
  },
  {
    rule: 'times/vague-span',
    // "for years", "in recent weeks", "in the coming months": a duration of unknown length ("for" stays outside).
    pattern: /\b(for\s|(?:in|over)\s(?:the\s)?(?=recent|coming|past few))((?:recent\s|coming\s|past few\s)?(years|months|weeks|days|decades))\b/gi,
    resolve: (m) => {
      if (/^for/i.test(m[1]) && m[2] !== m[3]) return null
      const code = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE' }[m[3].toLowerCase()]!
      return { type: 'DURATION', value: `PX${code}`, from: m[1].length }
    },
  },
  {
    rule: 'times/year-alone',
    // "2024" standing alone between spaces and punctuation, not a number in a table or an amount.
    pattern: /(?<![\d$€£,.-])\b((?:19[5-9]|20[0-4])\d)\b(?![\d%,.]\d|\s?(?:percent|per cent|people|million|billion|troops|votes))/g,
    resolve: (m) => ({ type: 'DATE', value: m[1] }),
  },
]

