// Dates and outlets as people read them.

/** "2026-03-06T10:00:00.000Z" or "2026-03-06" → "6 Mar 2026"; anything else as it is; nothing → "". */
export function formatDate(value: unknown): string {
  if (typeof value !== 'string' || !value) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return value
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (Number.isNaN(date.getTime())) return value
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}

/** The outlets of an item, without the store's "unknown" placeholder. */
export function outletsOf(item: { sources?: unknown; source?: unknown }): string[] {
  const list = Array.isArray(item.sources) && item.sources.length ? item.sources : [item.source]
  return list.filter((s): s is string => typeof s === 'string' && !!s && s !== 'unknown')
}
