import { indexAt } from '../../doc/span.js'
import type { Doc, TimeExpr } from '../../doc/types.js'
import { addDays, addMonths, day, isoDate, isoMonth } from './calendar.js'
import type { Resolved } from './matchers.js'

/** "a year ago", "a year earlier", "last year": in company results, the quarter a year before the one discussed. */
const YEAR_BACK = /^(?:(?:a|one) year (?:ago|earlier)|last year)$/i

/** "1989-Q3" shifted by `n` quarters. */
function shiftQuarter(value: string, n: number): string {
  const [y, q] = value.split('-Q').map(Number)
  const k = y * 4 + (q - 1) + n
  return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`
}

/**
 * Resolves expressions that lean on the day the text last named: "that day", "the next morning", and clock
 * times without a day ("shot at 10 p.m." after "on Oct. 23"). A clock time takes a day named earlier in its own
 * sentence or the one before; an anaphor, any day named before it. Without one, a clock time keeps the
 * reference day and an anaphor is dropped. "The quarter" and "the year-ago period" lean on the quarter the text
 * last named; "a year ago" within two sentences of a named quarter is that quarter a year before ("third-quarter
 * profit rose 19% from a year ago": the year-ago quarter, as the TIMEX3 value of what is referred to).
 */
export function resolveAnchors(
  text: string,
  times: readonly (TimeExpr & { lean?: Resolved['anchor'] })[],
  sentences: Doc['sentences'],
): TimeExpr[] {
  const out: TimeExpr[] = []
  // The last day, the last date of any precision ("June 1998"), and the last quarter the text named itself.
  let lastDay: { value: string; sentence: number } | undefined
  let lastDate: string | undefined
  let lastQuarter: { value: string; sentence: number } | undefined
  for (const t of times) {
    const sentence = indexAt(sentences, t.start)
    const anchor = t.lean
    let value = t.value
    if (anchor?.time !== undefined) {
      if (lastDay && sentence - lastDay.sentence <= 1) value = `${lastDay.value}T${anchor.time}`
    } else if (anchor?.unit === 'quarter') {
      value = lastQuarter ? shiftQuarter(lastQuarter.value, anchor.shift) : value || undefined
      if (value === undefined && !t.anchor) continue
    } else if (anchor) {
      const from = anchor.unit === 'day' ? lastDay?.value : lastDate
      if (!from) continue
      const [y, mo, d] = from.split('-').map(Number)
      if (anchor.unit === 'year') value = String(y + anchor.shift)
      else if (anchor.unit === 'month') value = mo ? isoMonth(addMonths(day(y, mo, 1), anchor.shift)) : ''
      else value = isoDate(addDays(day(y, mo, d), anchor.shift))
      if (!value) continue
    } else if (lastQuarter && sentence - lastQuarter.sentence <= 2 && YEAR_BACK.test(text.slice(t.start, t.end)))
      value = shiftQuarter(lastQuarter.value, -4)
    out.push({
      start: t.start,
      end: t.end,
      type: t.type,
      ...(value === undefined ? { anchor: 'unknown' } : { value }),
      rule: t.rule,
    })
    if (t.rule === 'times/relative-day' || value === undefined) continue
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) lastDay = { value, sentence }
    if (/^\d{4}(?:-\d{2})?(?:-\d{2})?$/.test(value)) lastDate = value
    if (/^\d{4}-Q[1-4]$/.test(value) && anchor?.unit !== 'quarter' && !YEAR_BACK.test(text.slice(t.start, t.end)))
      lastQuarter = { value, sentence }
  }
  return out
}
