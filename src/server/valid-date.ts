/**
 * Whether a text is a real calendar date as YYYY-MM-DD, optionally followed by an ISO 8601 time: "2026-02-30"
 * and "2026-13-01" are not, though they have the shape of one.
 */
export function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1, 4).map(Number)
  if (month < 1 || month > 12 || day < 1) return false
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false
  return match[4] === undefined || !Number.isNaN(Date.parse(text))
}

/** The dates a request carries: `from`/`to` in its query, `published` in its article(s). */
function datesOf(query: unknown, body: unknown): string[] {
  const dates: string[] = []
  const q = (query ?? {}) as Record<string, unknown>
  for (const key of ['from', 'to']) if (typeof q[key] === 'string') dates.push(q[key] as string)
  const b = (body ?? {}) as { published?: unknown; articles?: { published?: unknown }[] }
  for (const article of [b, ...(Array.isArray(b.articles) ? b.articles : [])])
    if (article && typeof article.published === 'string') dates.push(article.published)
  return dates
}

/** The first date of a request that is no real calendar date, if any ("2026-02-30", "2026-13-01"). */
export function firstInvalidDate(query: unknown, body: unknown): string | undefined {
  return datesOf(query, body).find((date) => !isValidDate(date))
}
