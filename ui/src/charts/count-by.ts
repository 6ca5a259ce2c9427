// Counting by a key, largest first: the rows of the ranked bar charts.

/** One bar: a name, its count, and where it links. */
export interface RankedCount {
  name: string
  count: number
  href?: string
}

/** Counts of a key over rows, largest first, the rest beyond `top` summed as "others". */
export function countBy<T>(items: T[], key: (item: T) => string | undefined, top = 15): RankedCount[] {
  const counts = new Map<string, number>()
  for (const item of items) {
    const k = key(item)
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const rows = sorted.slice(0, top).map(([name, count]) => ({ name, count }))
  const rest = sorted.slice(top).reduce((n, [, c]) => n + c, 0)
  return rest ? [...rows, { name: `${sorted.length - top} others`, count: rest }] : rows
}
