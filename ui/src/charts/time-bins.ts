// Counts over time put into bins (day, week from Monday, month) and the labels of a date axis: pure functions, no
// rendering, so that Node tests can check them.

/** One count: a day (YYYY-MM-DD), a series name, a number. */
export interface DatedCount {
  date: string
  series: string
  count: number
}

/** The unit bars are counted in. */
export type Bin = 'day' | 'week' | 'month'

/** A day in milliseconds. */
export const DAY = 86_400_000

/** The first day of the bin a day falls in (weeks start on Monday). */
export function binStart(date: string, bin: Bin): string {
  if (bin === 'month') return `${date.slice(0, 7)}-01`
  if (bin === 'day') return date.slice(0, 10)
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`)
  const weekday = (new Date(t).getUTCDay() + 6) % 7
  return new Date(t - weekday * DAY).toISOString().slice(0, 10)
}

/** Day bins up to about four months, weeks up to about two years, months beyond. */
export function binFor(dates: string[]): Bin {
  const times = dates.map((d) => Date.parse(d.slice(0, 10))).filter(Number.isFinite)
  const span = (Math.max(...times) - Math.min(...times)) / DAY
  return span <= 120 ? 'day' : span <= 730 ? 'week' : 'month'
}

/** Counts summed per bin and series. */
export function binCounts(counts: DatedCount[], bin: Bin): DatedCount[] {
  const sums = new Map<string, DatedCount>()
  for (const c of counts) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(c.date)) continue
    const date = binStart(c.date, bin)
    const key = `${date}|${c.series}`
    const have = sums.get(key)
    if (have) have.count += c.count
    else sums.set(key, { date, series: c.series, count: c.count })
  }
  return [...sums.values()].sort((a, b) => a.date.localeCompare(b.date))
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "3 Mar", "3 Mar 2026" where the year must be said, "Mar 2026" for months. */
export function tickLabel(t: Date, bin: Bin, withYear: boolean): string {
  const month = MONTHS[t.getUTCMonth()]
  if (bin === 'month') return withYear || t.getUTCMonth() === 0 ? `${month} ${t.getUTCFullYear()}` : month
  return `${t.getUTCDate()} ${month}${withYear ? ` ${t.getUTCFullYear()}` : ''}`
}
