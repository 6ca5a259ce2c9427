import type { TimeType } from '../../doc/types.js'
import { addDays, addMonths, day, isoDate, isoMonth, isoWeek, nearestWeekday, weekday, yearFor } from './calendar.js'
import { FISCAL_MATCHERS } from './fiscal-matchers.js'
import { SPOKEN_MATCHERS } from './spoken-matchers.js'
import { MONTHS, NUMBER_WORDS, REFERENCES, UNITS, WEEKDAYS } from './lexicon.js'

/** What a matcher resolves a match to; `null` means "not a time expression after all". */
export interface Resolved {
  type: TimeType
  value: string
  /** Offsets of the expression inside the match, when it is not the whole match ("in 2014" → "2014"). */
  from?: number
  to?: number
  /**
   * Resolve against the last day the text named rather than the reference day: "that day" (shift 0), "the next
   * morning" (day +1), "later that year" (year 0); a clock time with no day of its own ("at 10 p.m.", `time`);
   * "the year-ago quarter" (quarter -4). A non-empty `value` is kept when the text named nothing to lean on.
   */
  anchor?: { unit: 'day' | 'month' | 'year' | 'quarter'; shift: number; time?: string }
}

/** What resolution may read: the reference day, whether the clause looks ahead, and the text just before. */
export interface TimeContext {
  ref: Date
  future: boolean
  past: boolean
  /** Up to 30 characters before the match. */
  before: string
  /** Up to 30 characters after the match. */
  after: string
}

/**
 * The words a pattern allows right before its match, read back from the text: patterns anchored on their rarest
 * word ("weekend", a month, "ago") scan far faster than patterns that open with a list of common words.
 */
function leadOf(ctx: TimeContext, lead: RegExp): RegExpExecArray | null {
  return lead.exec(ctx.before)
}

/** A matcher: a pattern over the text and a function that resolves one match. */
export interface TimeMatcher {
  rule: string
  pattern: RegExp
  resolve(m: RegExpExecArray, ctx: TimeContext): Resolved | null
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const NUM =
  '(\\d+ 1/2|\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|few|couple of|a few|a couple of)'
const UNIT = '(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|quarters?)'
const pad = (n: number) => String(n).padStart(2, '0')
/** A count and a unit just before a word ("three years" before "ago"), and a count just before a unit. */
const NUM_UNIT_BEFORE = new RegExp(`\\b${NUM} ${UNIT} $`, 'i')
const NUM_BEFORE = new RegExp(`\\b${NUM}[ -](?:more )?$`, 'i')
const month = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? MONTHS[s.toLowerCase().slice(0, 3)]
const number = (s: string) =>
  /^\d+ 1\/2$/.test(s)
    ? Number(s.split(' ')[0]) + 0.5
    : /^\d/.test(s)
      ? Number(s)
      : (NUMBER_WORDS[
          s
            .toLowerCase()
            .replace(/^a few$/, 'few')
            .replace(/^(?:a )?couple of$/, 'couple')
            .replace(/ of$/, '')
        ] ?? NaN)

/** What may stand before a bare month (the lead word may open a sentence: "In January, …"). */
const MONTH_LEAD =
  /(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]etween|[Dd]uring|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s+|\b(?:[Mm]id|[Ee]arly|[Ll]ate)-)(?:early |late |mid-)?$/
/** The second month of a range: "between March and May", "from March to May". */
const RANGE_END_LEAD = new RegExp(`\\b(?:[Bb]etween|[Ff]rom) ${MONTH}\\.? (?:and|to|through|until|-) $`)
/** What follows the first month of a range that ends in a year ("from March to May 2024"): the year. */
const RANGE_YEAR_AFTER = new RegExp(`^ (?:and|to|through|until|-) ${MONTH}\\.? (\\d{4})\\b`)

/** A day of a month; without a year, the year that puts it nearest the reference (ahead when the clause is). */
function calendarDay(mo: number | undefined, d: number, year: string | undefined, ctx: TimeContext): Resolved | null {
  if (!mo || d < 1 || d > 31) return null
  return { type: 'DATE', value: `${year ? Number(year) : yearFor(ctx.ref, mo, d, ctx.future)}-${pad(mo)}-${pad(d)}` }
}

/** The date of a weekday named in the text: ahead with "next"/"coming" or a future clause, else behind. */
function weekdayDate(name: string, lead: string | undefined, ctx: TimeContext): Date {
  const future = lead === 'next' || lead === 'coming' || (!lead && ctx.future && !ctx.past)
  let d = nearestWeekday(ctx.ref, WEEKDAYS[name.toLowerCase()], future)
  if (lead === 'last' && d.getTime() === ctx.ref.getTime()) d = addDays(d, -7)
  if (lead === 'next' && d.getTime() === ctx.ref.getTime()) d = addDays(d, 7)
  return d
}

/** "today", "yesterday", "tomorrow", "tonight" → their day. */
function relativeDay(word: string, ref: Date): Date {
  const w = word.toLowerCase()
  return w === 'yesterday' ? addDays(ref, -1) : w === 'tomorrow' ? addDays(ref, 1) : ref
}

/** TIMEX3 parts of the day. */
const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'TMO',
  afternoon: 'TAF',
  evening: 'TEV',
  night: 'TNI',
  overnight: 'TNI',
}

/** "10:35" from a clock match's hour, minutes and a.m./p.m.; null for an impossible hour. */
function clockTime(hour: string, minutes: string | undefined, half: string): string | null {
  let h = Number(hour)
  if (h > 12 || (minutes && Number(minutes) > 59)) return null
  if (/^p/i.test(half) && h < 12) h += 12
  if (/^a/i.test(half) && h === 12) h = 0
  return `${pad(h)}:${minutes ?? '00'}`
}

const CLOCK = '(\\d{1,2})(?:[:.](\\d\\d))?\\s?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)'

/** Counts a writer leaves vague: "a few", "several". */
const VAGUE_COUNT = /^(?:several|few|a few)$/i

/** "days" → "PXD", "hours" → "PTXH": a duration of unknown count. */
function vagueDuration(unit: string): string {
  const code = UNITS[unit.toLowerCase()]
  if (code === 'DE' || code === 'CE' || code === 'Q') return `PX${code}`
  return code.startsWith('T') ? `PTX${code.slice(1)}` : `PX${code}`
}

/** "3 years" → "P3Y", "a decade" → "P10Y", "16 hours" → "PT16H". */
export function durationValue(n: number, unit: string): string {
  const code = UNITS[unit.toLowerCase()]
  if (code === 'DE') return `P${n * 10}Y`
  if (code === 'CE') return `P${n * 100}Y`
  if (code === 'Q') return `P${n * 3}M`
  // "5 1/2 hours" → PT5H30M: a fraction of an hour is written in minutes.
  if (code === 'TH' && !Number.isInteger(n)) return `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`
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
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451)
  const mo = Math.floor((h + l - 7 * m + 114) / 31)
  return day(year, mo, ((h + l - 7 * m + 114) % 31) + 1)
}

/** Holidays news dates events by, as a function of the year. */
const HOLIDAYS: Record<string, (year: number) => Date> = {
  'christmas day': (y) => day(y, 12, 25),
  christmas: (y) => day(y, 12, 25),
  'christmas eve': (y) => day(y, 12, 24),
  "new year's day": (y) => day(y, 1, 1),
  "new year's eve": (y) => day(y, 12, 31),
  'independence day': (y) => day(y, 7, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  // US general elections: the Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  // "the Black Friday sale": the day after Thanksgiving; "Cyber Monday", the Monday after.
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1),
  'cyber monday': (y) => addDays(nthWeekday(y, 11, 4, 4), 4),
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
    rule: 'times/second-day',
    // "April 24 and 25": the second day of a pair or range takes the month written before it.
    // The digits come first, then the look back: a look-behind opening a pattern is tried at every position.
    pattern: new RegExp(
      `\\b(\\d{1,2})(?<=\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)? (?:and|or|to|through|-) \\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ${MONTH.slice(1, -1)})(?:,? (\\d{4})\\b)?`,
      'g',
    ),
    resolve: (m, ctx) => calendarDay(month(m[2]), Number(m[1]), m[3], ctx),
  },
  {
    rule: 'times/week-of',
    pattern: new RegExp(`\\b[Tt]he week of ${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => {
      const date = calendarDay(month(m[1]), Number(m[2]), m[3], ctx)
      return (
        date && {
          type: 'DATE',
          value: isoWeek(day(...(date.value.split('-').map(Number) as [number, number, number]))),
        }
      )
    },
  },
  {
    rule: 'times/month-modifier',
    // "the March accession", "the October slaying": a month used as an adjective names that month.
    pattern: new RegExp(`\\b[Tt]he ${MONTH}\\b(?= [a-z]{3,})`, 'g'),
    resolve: (m, ctx) => {
      const mo = month(m[1])
      if (!mo || m[1] === 'May') return null
      return { type: 'DATE', value: `${yearFor(ctx.ref, mo, 15, ctx.future)}-${pad(mo)}`, from: 4 }
    },
  },
  {
    rule: 'times/day-month',
    pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH}\\b(?: (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => calendarDay(month(m[2]), Number(m[1]), m[3], ctx),
  },
  {
    rule: 'times/month-year',
    pattern: new RegExp(`\\b${MONTH} (\\d{4})\\b`, 'g'),
    resolve: (m, ctx) => {
      const lead = leadOf(ctx, /\b(?:early|mid|late)-?\s?$/)
      return { type: 'DATE', value: `${m[2]}-${pad(month(m[1]))}`, from: lead ? -lead[0].length : 0 }
    },
  },
  {
    rule: 'times/month',
    // A bare month needs a preposition or a modifier: "in March", "mid-February", "since May".
    // The lead word may open a sentence ("In January, …"); the month itself stays case-sensitive ("may", "march").
    pattern: new RegExp(`\\b${MONTH}\\b(?!\\.?[ -]\\d)`, 'g'),
    resolve: (m, ctx) => {
      const mo = month(m[1])
      if (!mo) return null
      const rangeEnd = leadOf(ctx, RANGE_END_LEAD)
      if (rangeEnd) return { type: 'DATE', value: `${yearFor(ctx.ref, mo, 15, ctx.future)}-${pad(mo)}` }
      const before = leadOf(ctx, MONTH_LEAD)
      if (!before) return null
      const statedYear = RANGE_YEAR_AFTER.exec(ctx.after)?.[2]
      if (statedYear)
        return {
          type: 'DATE',
          value: `${statedYear}-${pad(mo)}`,
          from: /^[Bb]etween|^[Ff]rom/.test(before[0]) ? 0 : -before[0].length,
        }
      const written = before[0] + m[0]
      const lead = written.toLowerCase()
      const future = !lead.startsWith('since') && (ctx.future || lead.startsWith('next'))
      let year = yearFor(ctx.ref, mo, 15, future)
      // "since May" has begun: never a month still ahead. "last May", written in February 1998, is May 1997.
      if (lead.startsWith('since') && day(year, mo, 1).getTime() > ctx.ref.getTime()) year--
      if (lead.startsWith('last'))
        year = mo < ctx.ref.getUTCMonth() + 1 ? ctx.ref.getUTCFullYear() : ctx.ref.getUTCFullYear() - 1
      const from = /^(?:in|since|until|by|from|between|during|through)\s/i.test(written) ? written.indexOf(' ') + 1 : 0
      return { type: 'DATE', value: `${year}-${pad(mo)}`, from: from - before[0].length }
    },
  },
  ...FISCAL_MATCHERS,
  ...SPOKEN_MATCHERS,
  {
    rule: 'times/decade',
    pattern: /\b(?:the )?((?:1[89]|20)\d)0s\b|[’'](\d)0s\b/g,
    resolve: (m) => ({
      type: 'DATE',
      value: m[1] ?? `${m[2] === '0' || m[2] === '1' || m[2] === '2' ? '20' : '19'}${m[2]}`,
    }),
  },
  {
    rule: 'times/year',
    pattern:
      /\b(?:in|since|until|by|from|during|of|before|after|through|early|late|mid-|pre-|post-|fiscal|the year)\s?((?:1[89]|20)\d\d)\b(?![-.,]?\d)/gi,
    resolve: (m) => ({ type: 'DATE', value: m[1], from: m[0].length - 4 }),
  },
  {
    rule: 'times/relative-day',
    pattern:
      /\b(today|yesterday|tomorrow|tonight|overnight|(?:this|last|tomorrow|yesterday) (?:morning|afternoon|evening|night))\b/gi,
    resolve: (m, ctx) => {
      const [first, part] = m[1].toLowerCase().split(' ')
      // "last night" is yesterday's; "this morning", "tonight" and "overnight" are the reference day's. A part of
      // the day is kept after "this", "last", "overnight" (TimeML's TMO, TNI…); "tonight" is annotated as the day.
      const d = first === 'last' ? addDays(ctx.ref, -1) : relativeDay(first, ctx.ref)
      const partOfDay = first === 'tonight' ? undefined : PART_OF_DAY[part ?? first]
      return partOfDay ? { type: 'TIME', value: `${isoDate(d)}${partOfDay}` } : { type: 'DATE', value: isoDate(d) }
    },
  },
  {
    rule: 'times/weekday',
    pattern: new RegExp(`\\b${WEEKDAY}(?:[’']s)?(?: (morning|afternoon|evening|night))?\\b`, 'g'),
    resolve: (m, ctx) => {
      // "Last Friday, Cramer went …": the lead may open the sentence.
      const lead = leadOf(ctx, /\b(last|next|this|past|coming) $/i)
      // "Thursday morning" is a DATE in the news corpora, which mostly annotate the day, rarely the part.
      const d = weekdayDate(m[1], lead?.[1].toLowerCase(), ctx)
      return { type: 'DATE', value: isoDate(d), from: lead ? -lead[0].length : 0 }
    },
  },
  {
    rule: 'times/weekday-date',
    // "Monday, Oct. 26": the written date decides, the weekday confirms it.
    pattern: new RegExp(`\\b${WEEKDAY},? ${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => calendarDay(month(m[2]), Number(m[3]), m[4], ctx),
  },
  {
    rule: 'times/clock-day',
    // "9 a.m. Tuesday", "10:35 a.m. (0735 GMT) Friday", "4 a.m. EDT Thursday", "2 a.m. yesterday": the time on that
    // day; "by midnight Thursday", "at noon Friday" (a deadline reads ahead: see read-tense.ts).
    pattern: new RegExp(
      `\\b(?:${CLOCK}|(noon|midnight))(?: \\(\\d{4} GMT\\))?(?: [A-Z]{2,4})?,? (?:on )?` +
        `(?:(last|next|this) )?(${WEEKDAY.slice(1, -1)}|today|yesterday|tomorrow)\\b`,
      'g',
    ),
    resolve: (m, ctx) => {
      const time = m[4] ? (m[4].toLowerCase() === 'noon' ? '12:00' : '24:00') : clockTime(m[1], m[2], m[3])
      if (!time) return null
      const d = WEEKDAYS[m[6].toLowerCase()] ? weekdayDate(m[6], m[5]?.toLowerCase(), ctx) : relativeDay(m[6], ctx.ref)
      return { type: 'TIME', value: `${isoDate(d)}T${time}` }
    },
  },
  {
    rule: 'times/clock-date',
    // "until 5 p.m. EST, Nov. 6": the time on that date.
    pattern: new RegExp(`\\b${CLOCK}(?: [A-Z]{2,4})?,? (?:on )?${MONTH}\\.? (\\d{1,2})\\b(?:,? (\\d{4})\\b)?`, 'g'),
    resolve: (m, ctx) => {
      const time = clockTime(m[1], m[2], m[3])
      const date = time && calendarDay(month(m[4]), Number(m[5]), m[6], ctx)
      return date ? { type: 'TIME', value: `${date.value}T${time}` } : null
    },
  },
  {
    rule: 'times/this-unit',
    pattern:
      /\b(this|last|next|coming|past|previous) (week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\b/gi,
    resolve: (m, ctx) => {
      const lead = m[1].toLowerCase()
      const unit = m[2].toLowerCase()
      const shift = lead === 'last' || lead === 'previous' ? -1 : lead === 'next' || lead === 'coming' ? 1 : 0
      if (lead === 'past')
        return {
          type: 'DURATION',
          value: durationValue(
            1,
            unit === 'weekend'
              ? 'week'
              : ['summer', 'winter', 'spring', 'autumn', 'fall'].includes(unit)
                ? 'months'
                : unit,
          ),
        }
      if (unit === 'week' || unit === 'weekend') {
        // Written on a weekend about what "will" happen "this week": the week that starts on Monday.
        const ahead = lead === 'this' && ctx.future && weekday(ctx.ref) >= 6 ? 1 : 0
        const week = isoWeek(addDays(ctx.ref, (shift + ahead) * 7))
        return { type: 'DATE', value: unit === 'weekend' ? `${week}-WE` : week }
      }
      if (unit === 'month') return { type: 'DATE', value: isoMonth(addMonths(ctx.ref, shift)) }
      if (unit === 'decade')
        return { type: 'DATE', value: String(Math.floor(ctx.ref.getUTCFullYear() / 10) + shift).padStart(3, '0') }
      const year = ctx.ref.getUTCFullYear() + shift
      const season = { summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA', fall: 'FA' }[unit]
      return { type: 'DATE', value: season ? `${year}-${season}` : String(year) }
    },
  },
  {
    rule: 'times/ago',
    pattern: /\b(ago|earlier|later|from now)\b/gi,
    resolve: (m, ctx) => {
      const lead = leadOf(ctx, NUM_UNIT_BEFORE)
      if (!lead) return null
      const n = number(lead[1])
      if (!Number.isFinite(n)) return null
      const sign = /ago|earlier/i.test(m[1]) ? -1 : 1
      // "several years ago": a count the writer does not give names no year (TIMEX3: PAST_REF, FUTURE_REF).
      if (VAGUE_COUNT.test(lead[1]) && !/^T/.test(UNITS[lead[2].toLowerCase()]))
        return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', from: -lead[0].length }
      const unit = lead[2]
      const from = -lead[0].length
      const code = UNITS[unit.toLowerCase()]
      if (code === 'Y' || code === 'DE')
        return { type: 'DATE', value: String(ctx.ref.getUTCFullYear() + sign * n * (code === 'DE' ? 10 : 1)), from }
      if (code === 'M') return { type: 'DATE', value: isoMonth(addMonths(ctx.ref, sign * n)), from }
      if (code === 'W') return { type: 'DATE', value: isoWeek(addDays(ctx.ref, sign * 7 * n)), from }
      if (code === 'D') return { type: 'DATE', value: isoDate(addDays(ctx.ref, sign * n)), from }
      // "an hour later": the length of the wait, the clock time being unknown.
      return { type: 'DURATION', value: durationValue(n, unit), from, to: -1 }
    },
  },
  {
    rule: 'times/duration',
    // "three years", "two more weeks", "a 24-hour strike".
    pattern: new RegExp(`\\b${UNIT}(?![ -](?:old|ago|earlier|from now))\\b`, 'gi'),
    resolve: (m, ctx) => {
      const lead = leadOf(ctx, NUM_BEFORE)
      const n = lead ? number(lead[1]) : NaN
      // "the 1988 quarter" is a year's quarter, not 1,988 quarters.
      if (!lead || !Number.isFinite(n) || n <= 0 || /^(?:19|20)\d\d$/.test(lead[1])) return null
      // "three-quarters of its food", "a quarter of the vote": a fraction of something, not a length of time.
      if (
        /^quarters?$/i.test(m[1]) &&
        /^ of\b/.test(ctx.after) &&
        !/^ of (?:a |an |the )?(?:year|century)\b/.test(ctx.after)
      )
        return null
      // "the past three months", "the next several days": the span the writer measures, article included.
      const span = /\bthe (?:past|last|next|first|coming|previous) $/i.exec(ctx.before.slice(0, -lead[0].length))
      const from = -lead[0].length - (span ? span[0].length : 0)
      // "a few days", "several years": TIMEX3 writes an unknown count as X.
      if (VAGUE_COUNT.test(lead[1])) return { type: 'DURATION', value: vagueDuration(m[1]), from }
      return {
        type: 'DURATION',
        value: durationValue(n, m[1].toLowerCase().replace(/s$/, '') + (n === 1 ? '' : 's')),
        from,
      }
    },
  },
  {
    rule: 'times/long',
    // "a day-long meeting" (P1D), "a decades-long battle" (PXDE): how long something lasts.
    pattern: /-long\b/gi,
    resolve: (_m, ctx) => {
      const lead = leadOf(ctx, /\b(hour|day|week|month|year|decade|hours|days|weeks|months|years|decades)$/i)
      if (!lead) return null
      const unit = lead[1].toLowerCase()
      const code = UNITS[unit]
      const from = -lead[0].length
      if (unit.endsWith('s'))
        return { type: 'DURATION', value: code.startsWith('T') ? `PTX${code.slice(1)}` : `PX${code}`, from }
      return { type: 'DURATION', value: durationValue(1, unit), from }
    },
  },
  {
    rule: 'times/clock',
    pattern: /\b(\d{1,2})(?:[:.](\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b/gi,
    resolve: (m, ctx) => {
      if (m[4])
        return { type: 'TIME', value: `${isoDate(ctx.ref)}T${m[4].toLowerCase() === 'midnight' ? '24:00' : '12:00'}` }
      const time = clockTime(m[1], m[2], m[3])
      return time
        ? { type: 'TIME', value: `${isoDate(ctx.ref)}T${time}`, anchor: { unit: 'day', shift: 0, time } }
        : null
    },
  },
  {
    rule: 'times/clock-part',
    // "4 in the morning", "9 o'clock at night".
    pattern: /\b(\d{1,2})(?: o['’]clock)? (?:in the (morning|afternoon|evening)|at night)\b/g,
    resolve: (m, ctx) => {
      const time = clockTime(m[1], undefined, m[2] === 'morning' ? 'a.m.' : Number(m[1]) < 5 && !m[2] ? 'a.m.' : 'p.m.')
      return time
        ? { type: 'TIME', value: `${isoDate(ctx.ref)}T${time}`, anchor: { unit: 'day', shift: 0, time } }
        : null
    },
  },
  {
    rule: 'times/weekend',
    // "over the weekend": the last weekend (this one, on a Saturday or Sunday), or the next in a future clause.
    pattern: /\bweekend\b/gi,
    resolve: (_m, ctx) => {
      if (!leadOf(ctx, /\bthe $/i)) return null
      const saturday = nearestWeekday(ctx.ref, 6, ctx.future && !ctx.past)
      const inWeekend = weekday(ctx.ref) === 7 ? addDays(ctx.ref, -1) : saturday
      return { type: 'DATE', value: `${isoWeek(inWeekend)}-WE`, from: -4 }
    },
  },
  {
    rule: 'times/year-end',
    // "by year end", "by year's end".
    pattern: /\byear(?:['’]s)?[ -]end\b/gi,
    resolve: (_m, ctx) => ({ type: 'DATE', value: String(ctx.ref.getUTCFullYear()) }),
  },
  {
    rule: 'times/season',
    // "well into the summer", "the low levels of the early summer": the season nearest, ahead in a future clause.
    pattern: /\b(summer|winter|spring|autumn|fall)\b(?! of\b)/g,
    resolve: (m, ctx) => {
      const lead = /\b[Tt]he (?:(?:early|late|mid-) ?)?$/.exec(ctx.before)
      if (!lead) return null
      const season = m[1].toLowerCase()
      const code = { summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA', fall: 'FA' }[season]
      const month = { summer: 7, winter: 1, spring: 4, autumn: 10, fall: 10 }[season] ?? 7
      return { type: 'DATE', value: `${yearFor(ctx.ref, month, 15, ctx.future)}-${code}`, from: -lead[0].length }
    },
  },
  {
    rule: 'times/set',
    pattern: /\b(?:(every|each) (day|week|month|year|morning|night)|(daily|weekly|monthly|annually|yearly|hourly))\b/gi,
    resolve: (m) => {
      const unit = (m[2] ?? m[3]).toLowerCase()
      const code = {
        day: 'P1D',
        daily: 'P1D',
        morning: 'XXXX-XX-XXTMO',
        night: 'XXXX-XX-XXTNI',
        week: 'P1W',
        weekly: 'P1W',
        month: 'P1M',
        monthly: 'P1M',
        year: 'P1Y',
        annually: 'P1Y',
        yearly: 'P1Y',
        hourly: 'PT1H',
      }[unit]
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
    pattern: new RegExp(
      `\\b(${Object.keys(REFERENCES)
        .sort((a, b) => b.length - a.length)
        .join('|')})\\b`,
      'gi',
    ),
    // "future" is a time only as "the future" or someone's ("a future deal" is not); the article stays outside.
    // "as soon as Tuesday" is a bound on a date, not "soon".
    resolve: (m, ctx) => {
      const word = m[1].toLowerCase()
      if (word === 'future' && !/(?:\bthe|['’]s|\b(?:its|their|his|her|our|your|my))\s$/i.test(ctx.before)) return null
      if (word === 'soon' && /\bas\s$/i.test(ctx.before)) return null
      // "in the past three months", "in the past year": a measured span, not the vague past.
      if (
        word === 'in the past' &&
        /^ (?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|decade|day)/i.test(
          ctx.after,
        )
      )
        return null
      return { type: 'DATE', value: REFERENCES[word] }
    },
  },
  {
    rule: 'times/holiday',
    pattern: new RegExp(
      `\\b(?:(last|next|this) )?(${Object.keys(HOLIDAYS)
        .sort((a, b) => b.length - a.length)
        .map((k) => k.replace(/'/g, "['’]"))
        .join('|')})( week)?(?: (\\d{4}))?\\b`,
      'gi',
    ),
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
    // "for years", "within weeks", "in recent weeks", "in the coming months": a duration of unknown length ("for"
    // and "within" stay outside).
    // "in the years that followed", "in the decades since" as well.
    pattern:
      /\b(for\s|within\s|(?:in|over)\s(?:the\s)?(?=recent|coming|past few|(?:years|months|decades) (?:that followed|since|after)\b))((?:recent\s|coming\s|past few\s)?(years|months|weeks|days|decades))\b/gi,
    resolve: (m) => {
      if (/^(?:for|within)/i.test(m[1]) && m[2] !== m[3]) return null
      const code = { years: 'Y', months: 'M', weeks: 'W', days: 'D', decades: 'DE' }[m[3].toLowerCase()]!
      return { type: 'DURATION', value: `PX${code}`, from: m[1].length }
    },
  },
  {
    rule: 'times/day-before-weekday',
    // "the day before last Tuesday's hearing": that weekday, a day earlier (or later).
    pattern: new RegExp(`\\b[Tt]he day (before|after) (?:(last|next|this) )?${WEEKDAY}\\b`, 'g'),
    resolve: (m, ctx) => ({
      type: 'DATE',
      value: isoDate(addDays(weekdayDate(m[3], m[2]?.toLowerCase(), ctx), m[1] === 'before' ? -1 : 1)),
    }),
  },
  {
    rule: 'times/anaphoric',
    // "that same day", "earlier that day", "later that year", "the next morning", "the day after": the day (or
    // month, year) the text last named, shifted.
    pattern:
      /\b(?:(?:(?:[Ee]arlier|[Ll]ater) )?[Tt]hat (?:same )?(day|morning|afternoon|evening|night|month|year)|[Tt]he (next|following|previous) (day|morning|afternoon|evening|night)|[Tt]he (following|previous) (month|year)|[Tt]he day (before|after)(?! \w+ing\b| (?:last |next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)| [A-Z][a-z]{2,}\.? \d))\b/g,
    resolve: (m) => {
      // "The following month, the company put itself up for sale": a month after the date last named.
      if (m[4])
        return {
          type: 'DATE',
          value: '',
          anchor: { unit: m[5] as 'month' | 'year', shift: m[4] === 'previous' ? -1 : 1 },
        }
      const unit = (m[1] ?? m[3] ?? 'day').toLowerCase()
      const shift = m[2] ? (m[2].toLowerCase() === 'previous' ? -1 : 1) : m[6] ? (m[6] === 'before' ? -1 : 1) : 0
      const anchorUnit = unit === 'month' || unit === 'year' ? unit : 'day'
      return { type: 'DATE', value: '', anchor: { unit: anchorUnit, shift } }
    },
  },
  {
    rule: 'times/year-alone',
    // "2024" standing alone between spaces and punctuation, not a number in a table or an amount.
    pattern:
      /(?<![\d$€£,.-])\b((?:19[5-9]|20[0-4])\d)\b(?![\d%,.]\d|\s?(?:percent|per cent|people|million|billion|troops|votes))/g,
    resolve: (m) => ({ type: 'DATE', value: m[1] }),
  },
]
