import { indexAt } from '../../doc/span.js'
import type { Doc, Span } from '../../doc/types.js'
import { SPEECH_WORDS } from './lexicon.js'

/** A quotation whose words speak from a day of their own. */
export interface DatedQuotation extends Span {
  /** YYYY-MM-DD. */
  day: string
}

/**
 * The quotations that carry their own date: a day named before the opening mark, in the quotation's sentence or
 * the one before, beside a word of writing or speech ("In an email sent on March 3, 2008, he wrote: “We decide
 * today.”"; "She said on Tuesday: “Tomorrow we vote.”"). "Today" inside such a quotation is that day, not the
 * article's. `times` are the expressions found outside any quotation's own date (their values may be relative).
 */
export function dateQuotations(
  text: string,
  sentences: Doc['sentences'],
  quotations: readonly Span[],
  times: readonly { start: number; end: number; value?: string }[],
): DatedQuotation[] {
  const dated: DatedQuotation[] = []
  for (const q of quotations) {
    const s = indexAt(sentences, q.start)
    if (s < 0) continue
    const from = sentences[Math.max(0, s - 1)].start
    if (!SPEECH_WORDS.test(text.slice(from, q.start))) continue
    let day: string | undefined
    for (const t of times)
      if (t.start >= from && t.end <= q.start && t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) day = t.value
    if (day) dated.push({ start: q.start, end: q.end, day })
  }
  return dated
}
