import { anchorOf } from '../../doc/anchor.js'
import { firstStartingAtOrAfter, indexAt } from '../../doc/span.js'
import type { Doc, SentenceSyntax, Span, TimeExpr } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { day } from './calendar.js'
import { TIME_MATCHERS, type Resolved, type TimeContext } from './matchers.js'
import { resolveAnchors } from './resolve-anchors.js'
import { readTense, type Tense } from './read-tense.js'
import { dateQuotations } from './date-quotations.js'
import { skipNames } from './skip-names.js'

/** Stands in for an unknown anchor while matching: a value that read it is dropped, so this day never shows. */
const NO_DAY = day(2000, 1, 1)

/**
 * Finds time expressions and resolves them to TIMEX3 values against the reference day (the article's anchor: its
 * publication date or a dated dateline). Without one, an expression whose value would read the reference day
 * ("Tuesday", "last month") keeps its type and no value (`anchor: 'unknown'`); "March 3, 2016" keeps its own.
 * Every matcher scans the whole text; overlapping candidates keep the longest (then the earlier matcher).
 * A weekday or bare month looks ahead when its sentence does ("will visit on Monday").
 */
export function findTimes(
  text: string,
  sentences: Doc['sentences'],
  reference?: Date,
  quotations: readonly Span[] = [],
  syntax: readonly SentenceSyntax[] = [],
): TimeExpr[] {
  const parses = new Map(syntax.map((p) => [p.sentence, p]))
  const ref = reference ? day(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate()) : NO_DAY
  const found: (TimeExpr & {
    order: number
    lean?: Resolved['anchor']
    relative: boolean
    again: (ref: Date) => Resolved | null
  })[] = []
  TIME_MATCHERS.forEach((matcher, order) => {
    matcher.pattern.lastIndex = 0
    for (let m = matcher.pattern.exec(text); m; m = matcher.pattern.exec(text)) {
      const ctx = new MatchContext(text, sentences, m, ref, parses)
      const resolved = matcher.resolve(m, ctx)
      if (!resolved) continue
      const start = m.index + (resolved.from ?? 0)
      const end = m.index + (resolved.to ?? m[0].length)
      const s = indexAt(sentences, start)
      if (skipNames(text, { start, end }, s >= 0 ? sentences[s] : { start: 0, end: text.length })) continue
      const unknown = !reference && ctx.readReference
      found.push({
        start,
        end,
        type: resolved.type,
        ...(unknown ? { anchor: 'unknown' as const } : { value: resolved.value }),
        // "by midnight Thursday": the deadline, not the matcher alone, decided the day.
        // "agreed to buy the line in February": the governing verb, read from the parse, decided the direction.
        rule: ctx.deadline ? 'times/deadline-by' : ctx.verb ? 'times/governing-verb' : matcher.rule,
        order,
        lean: resolved.anchor,
        relative: ctx.readReference,
        again: (other) => matcher.resolve(m, new MatchContext(text, sentences, m, other, parses)),
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
  // "Today" in a quoted email dated March 3, 2008 is that day: its quotation's day is its reference.
  if (quotations.length > 0) {
    const quoted = new Uint8Array(text.length + 1)
    for (const q of quotations) quoted.fill(1, q.start + 1, q.end)
    const outside = kept.filter((k) => !quoted[k.start])
    for (const q of dateQuotations(text, sentences, quotations, outside)) {
      const [y, mo, d] = q.day.split('-').map(Number)
      for (let i = firstStartingAtOrAfter(kept, q.start + 1); i < kept.length && kept[i].start < q.end; i++) {
        const k = kept[i]
        if (!k.relative || k.end > q.end) continue
        const again = k.again(day(y, mo, d))
        if (!again) continue
        k.value = again.value
        delete k.anchor
        k.rule = 'times/quoted-day'
      }
    }
  }
  return resolveAnchors(text, kept, sentences)
}

/** Whether `[start, end)` overlaps a kept span: an empty span overlaps one that runs across its position. */
function overlapsKept(owner: Int32Array, start: number, end: number): boolean {
  if (start === end) return start > 0 && owner[start] !== 0 && owner[start] === owner[start - 1]
  for (let k = start; k < end; k++) if (owner[k] !== 0) return true
  return false
}

/**
 * What a resolver may read about a match. The tense is read, only when asked for (most matchers never ask),
 * from the clause around the expression: the words since the last comma, at most 60 characters.
 */
class MatchContext implements TimeContext {
  private tense?: Tense
  /** Whether the resolver read the reference day: its value is then relative ("Tuesday"), not absolute. */
  readReference = false

  constructor(
    private readonly text: string,
    private readonly sentences: Doc['sentences'],
    private readonly m: RegExpExecArray,
    private readonly reference: Date,
    private readonly parses: ReadonlyMap<number, SentenceSyntax>,
  ) {}

  get ref(): Date {
    this.readReference = true
    return this.reference
  }

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

  /** Whether a deadline word set the direction of the tense the resolver read. */
  get deadline(): boolean {
    return this.tense?.deadline === true
  }

  /** Whether the parse's governing verb set the direction of the tense the resolver read. */
  get verb(): boolean {
    return this.tense?.verb === true
  }

  private readTense(): Tense {
    this.tense ??= readTense(this.text, this.sentences, this.m, this.parses.get(indexAt(this.sentences, this.m.index)))
    return this.tense
  }
}

/**
 * The times stage. Relative expressions resolve against the article's anchor (`anchorOf`); without one they keep no
 * value, and one `times/no-anchor` message says so.
 */
export const findTimesStage: Stage<'times'> = {
  layer: 'times',
  requires: ['sentences', 'structure', 'quotations', 'syntax'],
  run: (doc, ctx) => {
    const anchor = anchorOf(doc)
    const times = findTimes(
      doc.text,
      doc.sentences,
      anchor && new Date(`${anchor.day}T00:00:00Z`),
      doc.quotations,
      doc.syntax,
    )
    const unresolved = times.filter((t) => t.anchor === 'unknown').length
    if (!anchor && unresolved)
      ctx.report({
        ruleId: 'times/no-anchor',
        severity: 'info',
        reason:
          'the article has no publication date (nor a dateline with a year): ' +
          `${unresolved} relative time expression${unresolved === 1 ? '' : 's'} ("Tuesday", "last month") keep no value`,
      })
    if (anchor?.source === 'dateline')
      ctx.report({
        ruleId: 'times/dateline-anchor',
        severity: 'info',
        reason: `relative dates are read from the dateline's date, ${anchor.day}`,
      })
    return times
  },
}
