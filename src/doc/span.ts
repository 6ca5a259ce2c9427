import type { Span } from './types.js'

/** A span together with the text it covers, as the output contract writes it. */
export type TextSpan = Span & { text: string }

/** Returns the span with its `text` filled in from `text`. */
export function withText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) }
}

/** True when the two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** The span without the characters matching `edge` at either end: "Goodluck Jonathan," → "Goodluck Jonathan". */
export function trimEnds(text: string, span: Span, edge: RegExp): Span {
  let { start, end } = span
  while (start < end && edge.test(text[start])) start++
  while (end > start && edge.test(text[end - 1])) end--
  return { start, end }
}

/** True when `inner` lies wholly within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/**
 * Index of the first span in `spans` (sorted by start, non-overlapping) whose end is after `offset`.
 * Binary search: O(log n). Returns `spans.length` when none is.
 */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the span in `spans` (sorted, non-overlapping) that contains `offset`, or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  const i = firstEndingAfter(spans, offset)
  return i < spans.length && spans[i].start <= offset ? i : -1
}

/** Index of the first item in `list` (sorted by start) that starts at or after `offset`; `list.length` if none. */
export function firstStartingAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const tokenAtCache = new WeakMap<readonly Span[], Int32Array>()

/** Characters per entry of `tokenIndexOf`'s table. */
const BLOCK_BITS = 3

/**
 * `firstEndingAfter(tokens, offset)` for every offset of the text (0 … text.length), once per token list: the
 * stages that map many character offsets to tokens (every mention, quotation and quote) read a table instead of
 * searching the tokens each time. The table holds the answer for the first offset of each block of eight
 * characters; an offset inside a block steps forward from there over the few tokens ending in it. Offsets past the
 * text give `tokens.length`.
 */
export function tokenIndexOf(text: string, tokens: readonly Span[]): (offset: number) => number {
  let table = tokenAtCache.get(tokens)
  if (!table) {
    table = new Int32Array((text.length >> BLOCK_BITS) + 1)
    let t = 0
    for (let block = 0; block < table.length; block++) {
      const offset = block << BLOCK_BITS
      while (t < tokens.length && tokens[t].end <= offset) t++
      table[block] = t
    }
    tokenAtCache.set(tokens, table)
  }
  const found = table
  const last = text.length
  return (offset) => {
    if (offset <= 0) offset = 0
    else if (offset > last) return tokens.length
    let t = found[offset >> BLOCK_BITS]
    while (t < tokens.length && tokens[t].end <= offset) t++
    return t
  }
}
