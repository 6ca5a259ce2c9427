import { firstStartingAtOrAfter } from '../../doc/span.js'
import type { Span, TimeExpr } from '../../doc/types.js'

/**
 * The date of what happens at `at` (a trigger's offset): the calendar date (year, month, week or day) nearest to it
 * in its sentence, else `fallback` (a quote's date, the article's anchor). "Documents seized in 2008" take 2008.
 * A nearest date of unknown anchor ("on Tuesday" in an undated article) gives none: never another day instead.
 */
export function dateNear(
  times: readonly TimeExpr[],
  sentence: Span,
  at: number,
  fallback: string | undefined,
): string | undefined {
  let best: TimeExpr | undefined
  for (let k = firstStartingAtOrAfter(times, sentence.start); k < times.length && times[k].end <= sentence.end; k++) {
    const t = times[k]
    if (t.type !== 'DATE' || (t.value ? !/^\d{4}(?:$|-(?:\d{2}|W\d{2}))/.test(t.value) : t.anchor !== 'unknown'))
      continue
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t
  }
  if (best?.anchor === 'unknown') return undefined
  return best?.value ?? fallback
}
