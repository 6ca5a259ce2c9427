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
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]
    const stack: OpenMark[] = []
    const marks = marksIn(text, start, end)
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
      const match = role.canClose ? findOpen(stack, role.family) : -1
      if (match >= 0) {
        const open = stack[match]
        stack.length = match
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
    const outer = stack.find((open) => open.role.family !== 'single')
    if (outer) {
      if (p + 1 < paragraphs.length && paragraphs[p + 1].kind !== 'heading') carried = outer
      else found.push(unclosed(outer, end, report))
    }
  }
  if (carried) found.push(unclosed(carried, paragraphs[paragraphs.length - 1].end, report))
  // """" or “ ”: marks around nothing quote nothing.
  const quoting = found.filter((q) => HAS_WORD.test(text.slice(q.open.end, q.close ? q.close.start : q.end)))
  return nest(quoting.sort((a, b) => a.start - b.start || b.end - a.end))
}

function marksIn(text: string, start: number, end: number): { at: number; width: number; role: MarkRole }[] {
  const marks: { at: number; width: number; role: MarkRole }[] = []
  QUOTE_MARK.lastIndex = start
  for (let match = QUOTE_MARK.exec(text); match && match.index < end; match = QUOTE_MARK.exec(text)) {
    const doubled = match[0] === "'" ? classifyDoubledApostrophe(text, match.index) : null
    if (doubled) {
      marks.push({ at: match.index, width: 2, role: doubled })
      QUOTE_MARK.lastIndex++
      continue
    }
    const role = classifyQuoteMark(text, match.index)
    if (role) marks.push({ at: match.index, width: 1, role })
  }
  return marks
}

/**
 * Whether two marks are both straight or both typographic: a writer who opens a run of quoted paragraphs with
 * straight marks opens each of them so, and a curly mark at the next paragraph's start begins a quotation of its
 * own (a straight mark opening a pasted passage is often never closed).
 */
function sameShape(text: string, a: number, b: number): boolean {
  return (text[a] === '"' || text[a] === "'") === (text[b] === '"' || text[b] === "'")
}

function findOpen(stack: readonly OpenMark[], family: MarkRole['family']): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].role.family === family) return k
  return -1
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
