/** Date arithmetic in UTC calendar days, and TIMEX3 value formats. */

const DAY = 86_400_000

/** A calendar day (UTC midnight). */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date))
}

/** Adds days. */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY)
}

/** Adds months, clamping the day ("Jan 31" + 1 month → "Feb 28"). */
export function addMonths(d: Date, n: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)))
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** "2025-02-24". */
export function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** "2025-02". */
export function isoMonth(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(d: Date): number {
  return d.getUTCDay() === 0 ? 7 : d.getUTCDay()
}

/** ISO week: "2025-W09". */
export function isoWeek(d: Date): string {
  const thursday = addDays(d, 4 - weekday(d))
  const yearStart = day(thursday.getUTCFullYear(), 1, 1)
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / DAY + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${pad(week)}`
}

/** The nearest `wanted` weekday on or before `ref` (past), or after it (future; the same day counts). */
export function nearestWeekday(ref: Date, wanted: number, future: boolean): Date {
  const diff = wanted - weekday(ref)
  if (future) return addDays(ref, diff >= 0 ? diff : diff + 7)
  return addDays(ref, diff <= 0 ? diff : diff - 7)
}

/** The year that puts month/day nearest to the reference, leaning to the past unless `future`. */
export function yearFor(ref: Date, month: number, date = 15, future = false): number {
  const year = ref.getUTCFullYear()
  const candidate = day(year, month, date).getTime()
  const sixMonths = 183 * DAY
  if (future) return candidate < ref.getTime() - 31 * DAY ? year + 1 : year
  // News looks back: a date more than three months ahead without a future marker is last year's.
  if (candidate > ref.getTime() + sixMonths / 2) return year - 1
  if (candidate < ref.getTime() - 2 * sixMonths) return year + 1
  return year
}
