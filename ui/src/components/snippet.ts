// A search snippet with its matched words marked: the server's `marks` when it sends them, else the query's words
// found again here.
import { html, type Json } from '../lib/html.js'
import { findWords } from './find-words.js'

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
