import type { Doc, Paragraph, Quotation, Span } from '../../doc/types.js'
import type { Context } from '../../pipeline/context.js'
import type { Stage } from '../../pipeline/stage.js'
import { classifyDoubledApostrophe, classifyQuoteMark, type MarkRole } from './classify-quote-mark.js'

const QUOTE_MARK = /["'“”„‟‘’‚‛«»‹›]/g
const HAS_WORD = /[\p{L}\p{N}]/u

interface OpenMark {
  at: number
  /** Characters the mark takes: 2 for a doubled apostrophe ('' … ''), else 1. */
  width: number
  role: MarkRole
  reopenings: Span[]
  /** Paragraph where the quotation started, for multi-paragraph quotes. */
  paragraph: number
}

/**
 * Pairs quotation marks into quotations, paragraph by paragraph, with a stack:
 * - a closing mark closes the nearest open mark of its family; marks opened inside it and never closed were
 *   apostrophes or typos, and are dropped;
 * - a closing single mark with nothing to close is an apostrophe ("the parents’ house");
 * - news style: when a paragraph ends inside a double quotation and the next paragraph opens with a mark of the
 *   same family and shape (straight or typographic), the quotation continues there (only the last paragraph
 *   closes it);
 * - a double quotation left open at the end of its paragraph is kept with `closed: false`, and reported.
 * Quotations come out sorted by start, with nesting depth and parent index.
 */
export function pairQuoteMarks(
  text: string,
  paragraphs: readonly Paragraph[],
  report?: Context['report'],
): Quotation[] {
  const found: Quotation[] = []
  let carried: OpenMark | undefined
  // Every mark of the text is found once: a search per paragraph ran on to the next mark, past the paragraph's
  // end, and 80,000 short lines without a mark each searched the whole rest of the text.
  const positions = markPositions(text)
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]
    const stack = new MarkStack()
    const marks = marksIn(text, positions, start, end)
    let first = 0
    if (carried) {
      const reopen = marks[0]
      if (
        reopen &&
        reopen.at === start &&
        reopen.role.family === carried.role.family &&
        reopen.role.canOpen &&
        sameShape(text, carried.at, reopen.at)
      ) {
        carried.reopenings.push({ start: reopen.at, end: reopen.at + reopen.width })
        stack.push(carried)
        first = 1
      } else {
        found.push(unclosed(carried, paragraphs[p - 1].end, report))
      }
      carried = undefined
    }
    for (let m = first; m < marks.length; m++) {
      const { at, width, role } = marks[m]
      const match = role.canClose ? stack.lastOf(role.family) : -1
      if (match >= 0) {
        const open = stack.marks[match]
        stack.truncate(match)
        found.push(closedQuotation(open, at, width))
      } else if (role.canOpen) {
        stack.push({ at, width, role, reopenings: [], paragraph: p })
      } else if (role.family !== 'single') {
        report?.({
          ruleId: 'quotations/unmatched-close',
          severity: 'info',
          reason: 'a closing quotation mark with no opening mark',
          span: { start: at, end: at + 1 },
        })
      }
    }
    // Only the outermost open double (or guillemet) quotation can run on into the next paragraph.
    const outer = stack.marks.find((open) => open.role.family !== 'single')
    if (outer) {
      if (p + 1 < paragraphs.length && paragraphs[p + 1].kind !== 'heading') carried = outer
      else found.push(unclosed(outer, end, report))
    }
  }
  if (carried) found.push(unclosed(carried, paragraphs[paragraphs.length - 1].end, report))
  // """" or “ ”: marks around nothing quote nothing. The next word is looked up, not searched for: 40,000
  // nested pairs each searching their whole inside took minutes.
  const nextWord = found.length > 0 ? nextWordStarts(text) : undefined
  const quoting = found.filter((q) => nextWord![q.open.end] < (q.close ? q.close.start : q.end))
  return nest(quoting.sort((a, b) => a.start - b.start || b.end - a.end))
}

/** Offsets of every quotation-mark character of the text, ascending. */
function markPositions(text: string): number[] {
  const positions: number[] = []
  QUOTE_MARK.lastIndex = 0
  for (let match = QUOTE_MARK.exec(text); match; match = QUOTE_MARK.exec(text)) positions.push(match.index)
  return positions
}

/** The marks of one paragraph `[start, end)` with their roles; a doubled apostrophe ('') is one mark. */
function marksIn(
  text: string,
  positions: readonly number[],
  start: number,
  end: number,
): { at: number; width: number; role: MarkRole }[] {
  const marks: { at: number; width: number; role: MarkRole }[] = []
  let resumeAt = start
  for (let k = firstAtOrAfter(positions, start); k < positions.length && positions[k] < end; k++) {
    const at = positions[k]
    if (at < resumeAt) continue // the second apostrophe of a doubled one
    const doubled = text[at] === "'" ? classifyDoubledApostrophe(text, at) : null
    if (doubled) {
      marks.push({ at, width: 2, role: doubled })
      resumeAt = at + 2
      continue
    }
    const role = classifyQuoteMark(text, at)
    if (role) marks.push({ at, width: 1, role })
  }
  return marks
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * For each offset, where the next letter or digit (`HAS_WORD`) starts: `text.length` when none follows. One pass
 * backwards over the text; astral letters count from their first code unit.
 */
function nextWordStarts(text: string): Int32Array {
  const next = new Int32Array(text.length + 1)
  let following = text.length
  next[text.length] = following
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k)
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) following = k
    } else if (c < 0xdc00 || c > 0xdfff) {
      // A lead surrogate is tested with its trail: the code point it starts.
      const codePoint = String.fromCodePoint(text.codePointAt(k)!)
      if (HAS_WORD.test(codePoint)) following = k
    }
    // A trail surrogate (0xdc00–0xdfff) starts no letter: its pair was tested from its lead.
    next[k] = following
  }
  return next
}

/**
 * The open marks of a paragraph, innermost last, with each family's positions kept apart: a closing mark finds
 * the nearest open mark of its family at once, even past thousands of open marks of another family.
 */
class MarkStack {
  readonly marks: OpenMark[] = []
  private readonly byFamily = new Map<MarkRole['family'], number[]>()

  push(mark: OpenMark): void {
    let positions = this.byFamily.get(mark.role.family)
    if (!positions) this.byFamily.set(mark.role.family, (positions = []))
    positions.push(this.marks.length)
    this.marks.push(mark)
  }

  /** Index of the innermost open mark of `family`, or -1. */
  lastOf(family: MarkRole['family']): number {
    const positions = this.byFamily.get(family)
    return positions && positions.length > 0 ? positions[positions.length - 1] : -1
  }

  /** Drops the mark at `index` and every mark opened after it (apostrophes or typos, never closed). */
  truncate(index: number): void {
    for (let k = this.marks.length - 1; k >= index; k--) this.byFamily.get(this.marks[k].role.family)!.pop()
    this.marks.length = index
  }
}

/**
 * Whether two marks are both straight or both typographic: a writer who opens a run of quoted paragraphs with
 * straight marks opens each of them so, and a curly mark at the next paragraph's start begins a quotation of its
 * own (a straight mark opening a pasted passage is often never closed).
 */
function sameShape(text: string, a: number, b: number): boolean {
  return (text[a] === '"' || text[a] === "'") === (text[b] === '"' || text[b] === "'")
}

function closedQuotation(open: OpenMark, closeAt: number, closeWidth: number): Quotation {
  return {
    start: open.at,
    end: closeAt + closeWidth,
    style: open.role.style,
    open: { start: open.at, end: open.at + open.width },
    close: { start: closeAt, end: closeAt + closeWidth },
    reopenings: open.reopenings,
    closed: true,
    depth: 0,
  }
}

function unclosed(open: OpenMark, end: number, report?: Context['report']): Quotation {
  report?.({
    ruleId: 'quotations/unclosed',
    severity: 'warning',
    reason: 'a quotation mark opens a passage that no mark closes before the paragraph ends',
    span: { start: open.at, end: open.at + 1 },
  })
  return {
    start: open.at,
    end,
    style: open.role.style,
    open: { start: open.at, end: open.at + open.width },
    reopenings: open.reopenings,
    closed: false,
    depth: 0,
  }
}

/** Fills `depth` and `parent` from containment; input sorted by start, outer before inner. */
function nest(quotations: Quotation[]): Quotation[] {
  const open: number[] = []
  quotations.forEach((q, index) => {
    while (open.length && quotations[open[open.length - 1]].end <= q.start) open.pop()
    const parent = open[open.length - 1]
    if (parent !== undefined && quotations[parent].end >= q.end) {
      q.parent = parent
      q.depth = quotations[parent].depth + 1
    }
    open.push(index)
  })
  return quotations
}

/** The quotations stage: paired quotation marks. */
export const pairQuoteMarksStage: Stage<'quotations'> = {
  layer: 'quotations',
  requires: ['paragraphs'],
  run: (doc: Doc, ctx: Context) => pairQuoteMarks(doc.text, doc.paragraphs, ctx.report),
}
