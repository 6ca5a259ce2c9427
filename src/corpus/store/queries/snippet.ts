/** Characters of context a snippet keeps before the first hit, and its length. */
const SNIPPET_BEFORE = 80
const SNIPPET_LENGTH = 200

/** A snippet of an article and the offsets (`[start, end)` in the snippet) of the searched words in it. */
export interface Snippet {
  snippet: string
  marks: [number, number][]
}

/**
 * About 200 characters around the first searched word, whitespace collapsed, with every word of the snippet that
 * a searched word starts marked: the full-text index stems ("strike" finds "strikes"), so a prefix is how a
 * match shows in the text. The words are letters and digits only (`searchWords`): no pattern syntax.
 */
export function snippetOf(text: string, words: readonly string[]): Snippet {
  const lower = text.toLowerCase()
  const hits = words.map((w) => lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${w}`, 'u'))).filter((i) => i >= 0)
  const at = hits.length ? Math.min(...hits) : 0
  const start = Math.max(0, at - SNIPPET_BEFORE)
  const snippet =
    (start > 0 ? '…' : '') +
    text
      .slice(start, start + SNIPPET_LENGTH)
      .replace(/\s+/g, ' ')
      .trim() +
    (start + SNIPPET_LENGTH < text.length ? '…' : '')
  return { snippet, marks: marksIn(snippet, words) }
}

/** `[start, end)` of each word in `text` that one of `words` (lower case) begins, in order. */
export function marksIn(text: string, words: readonly string[]): [number, number][] {
  const marks: [number, number][] = []
  if (words.length === 0) return marks
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase()
    if (words.some((w) => word.startsWith(w))) marks.push([match.index, match.index + match[0].length])
  }
  return marks
}
