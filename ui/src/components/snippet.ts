// A search snippet with its matched words marked: the server's `marks` when it sends them, else the query's words
// found again here.
import { html, type Json } from '../lib/html.js'

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

/** The text with the ranges in <mark>; overlapping or malformed ranges are skipped. */
export function Snippet({ text, marks, query }: { text: string; marks?: Json; query: string }) {
  const given: [number, number][] = Array.isArray(marks)
    ? marks.filter((m: Json) => Array.isArray(m) && Number.isInteger(m[0]) && Number.isInteger(m[1]))
    : findWords(text, query)
  const out: unknown[] = []
  let at = 0
  for (const [start, end] of given) {
    if (start < at || end <= start || end > text.length) continue
    out.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`)
    at = end
  }
  out.push(text.slice(at))
  return html`<span class="snippet">${out}</span>`
}
