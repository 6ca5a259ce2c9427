import { indexAt } from '../../doc/span.js'
import type { Doc, TimeExpr } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { addDays, addMonths, day, isoDate, isoMonth } from './calendar.js'
import { FUTURE_MARKERS } from './lexicon.js'
import { TIME_MATCHERS, type Resolved, type TimeContext } from './matchers.js'

const PAST_MARKERS = /\b(?:last|ago|was|were|had|did|said|met|held|left|\w+ed)\b/i
/** Present-tense ways of looking ahead, read after a sentence-opening date ("On Tuesday, X plans to …"). */
const OPENING_FUTURE =
  /^[^.;]*?\b(?:will|plans? to|(?:is|are) (?:to|expected to|scheduled to|due to|set to|going to))\b/i

/**
 * Finds time expressions and resolves them to TIMEX3 values against the reference day (the publication date,
 * else the dateline's, else today). Every matcher scans the whole text; overlapping candidates keep the longest
 * (then the earlier matcher). A weekday or bare month looks ahead when its sentence does ("will visit on Monday").
 */
export function findTimes(text: string, sentences: Doc['sentences'], reference: Date): TimeExpr[] {
  const ref = day(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate())
  const found: (TimeExpr & { order: number; anchor?: Resolved['anchor'] })[] = []
  TIME_MATCHERS.forEach((matcher, order) => {
    matcher.pattern.lastIndex = 0
    for (let m = matcher.pattern.exec(text); m; m = matcher.pattern.exec(text)) {
      const resolved = matcher.resolve(m, new MatchContext(text, sentences, m, ref))
      if (!resolved) continue
      const start = m.index + (resolved.from ?? 0)
      const end = m.index + (resolved.to ?? m[0].length)
      found.push({
        start,
        end,
        type: resolved.type,
        value: resolved.value,
        rule: matcher.rule,
        order,
        anchor: resolved.anchor,
      })
    }
  })
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order)
  const kept: typeof found = []
  // Longest first: a candidate is kept when it overlaps none kept before it. Which kept candidate covers each
  // character is recorded, so the check costs the candidate's length, not the number kept (20,000 weekdays
  // in one text took minutes with a scan of the kept ones).
  const owner = found.length > 0 ? new Int32Array(text.length + 1) : undefined
  for (const f of found) {
    if (overlapsKept(owner!, f.start, f.end)) continue
    kept.push(f)
    owner!.fill(kept.length, f.start, f.end)
  }
  kept.sort((a, b) => a.start - b.start)
  return resolveAnchors(kept, sentences)
}

/** Whether `[start, end)` overlaps a kept span: an empty span overlaps one that runs across its position. */
function overlapsKept(owner: Int32Array, start: number, end: number): boolean {
  if (start === end) return start > 0 && owner[start] !== 0 && owner[start] === owner[start - 1]
  for (let k = start; k < end; k++) if (owner[k] !== 0) return true
  return false
}

/**
 * Resolves expressions that lean on the day the text last named: "that day", "the next morning", and clock
 * times without a day ("shot at 10 p.m." after "on Oct. 23"). A clock time takes a day named earlier in its own
 * sentence or the one before; an anaphor, any day named before it. Without one, a clock time keeps the
 * reference day and an anaphor is dropped.
 */
function resolveAnchors(
  times: readonly (TimeExpr & { anchor?: Resolved['anchor'] })[],
  sentences: Doc['sentences'],
): TimeExpr[] {
  const out: TimeExpr[] = []
  // The last day, and the last date of any precision ("June 1998"), the text named itself.
  let lastDay: { value: string; sentence: number } | undefined
  let lastDate: string | undefined
  for (const t of times) {
    const sentence = indexAt(sentences, t.start)
    const { anchor } = t
    let value = t.value
    if (anchor?.time !== undefined) {
      if (lastDay && sentence - lastDay.sentence <= 1) value = `${lastDay.value}T${anchor.time}`
    } else if (anchor) {
      const from = anchor.unit === 'day' ? lastDay?.value : lastDate
      if (!from) continue
      const [y, mo, d] = from.split('-').map(Number)
      if (anchor.unit === 'year') value = String(y + anchor.shift)
      else if (anchor.unit === 'month') value = mo ? isoMonth(addMonths(day(y, mo, 1), anchor.shift)) : ''
      else value = isoDate(addDays(day(y, mo, d), anchor.shift))
      if (!value) continue
    }
    out.push({ start: t.start, end: t.end, type: t.type, value, rule: t.rule })
    if (t.rule === 'times/relative-day') continue
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) lastDay = { value, sentence }
    if (/^\d{4}(?:-\d{2})?(?:-\d{2})?$/.test(value)) lastDate = value
  }
  return out
}

/**
 * What a resolver may read about a match. The tense is read, only when asked for (most matchers never ask),
 * from the clause around the expression: the words since the last comma, at most 60 characters.
 */
class MatchContext implements TimeContext {
  private tense?: { future: boolean; past: boolean }

  constructor(
    private readonly text: string,
    private readonly sentences: Doc['sentences'],
    private readonly m: RegExpExecArray,
    readonly ref: Date,
  ) {}

  get future(): boolean {
    return this.readTense().future
  }

  get past(): boolean {
    return this.readTense().past
  }

  /** Up to 30 characters before the match. */
  get before(): string {
    return this.text.slice(Math.max(0, this.m.index - 30), this.m.index)
  }

  /** Up to 30 characters after the match. */
  get after(): string {
    const end = this.m.index + this.m[0].length
    return this.text.slice(end, end + 30)
  }

  private readTense(): { future: boolean; past: boolean } {
    if (!this.tense) {
      const { text, sentences, m } = this
      const s = indexAt(sentences, m.index)
      const from = Math.max(s >= 0 ? sentences[s].start : 0, m.index - 60)
      const clause = text.slice(from, m.index + m[0].length)
      const before = clause.slice(Math.max(0, clause.lastIndexOf(',', clause.length - m[0].length - 1) + 1))
      let future = FUTURE_MARKERS.test(before)
      const past = !future && PAST_MARKERS.test(before)
      // Opening its sentence ("On Tuesday, the league plans to …"), an expression takes the tense of the verb
      // that follows it, when that verb plainly looks ahead.
      if (!future && !past && /^\W*(?:\w+\s+)?$/.test(text.slice(from, m.index))) {
        const end = s >= 0 ? sentences[s].end : text.length
        future = OPENING_FUTURE.test(text.slice(m.index + m[0].length, Math.min(end, m.index + m[0].length + 80)))
      }
      this.tense = { future, past }
    }
    return this.tense
  }
}

/** The times stage. */
export const findTimesStage: Stage<'times'> = {
  layer: 'times',
  requires: ['sentences'],
  run: (doc, ctx) => findTimes(doc.text, doc.sentences, ctx.reference),
}
