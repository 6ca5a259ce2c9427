// Where a query's words are in a text: the fallback marks of a snippet when the server sends none.

/** Ranges of the query's words in a text (case-insensitive, whole-word starts). */
export function findWords(text: string, query: string): [number, number][] {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1)
  if (!words.length) return []
  const lower = text.toLowerCase()
  const found: [number, number][] = []
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const before = at === 0 ? '' : lower[at - 1]
      if (!/[\p{L}\p{N}]/u.test(before)) found.push([at, at + word.length])
    }
  }
  return found.sort((a, b) => a[0] - b[0])
}
