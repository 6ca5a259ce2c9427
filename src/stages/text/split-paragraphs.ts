import type { Paragraph, Span } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { classifyParagraphs } from './classify-paragraphs.js'

/**
 * Splits normalised text into paragraphs. News copy puts one paragraph per line; hard-wrapped text puts blank
 * lines between blocks of wrapped lines. When most lines inside multi-line blocks do not end a sentence, the
 * text is hard-wrapped and each block is a paragraph; otherwise each non-empty line is.
 */
export function splitParagraphs(text: string): Span[] {
  const lines = lineSpans(text)
  if (!isHardWrapped(text, lines)) return lines
  const blocks: Span[] = []
  let block: Span | undefined
  for (const line of lines) {
    if (block && text.slice(block.end, line.start) === '\n') block.end = line.end
    else {
      block = { start: line.start, end: line.end }
      blocks.push(block)
    }
  }
  return blocks
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end > start) spans.push({ start, end })
    start = end + 1
  }
  return spans
}

const SENTENCE_END = /[.!?…:"”’»)]$/

function isHardWrapped(text: string, lines: Span[]): boolean {
  if (!text.includes('\n\n')) return false
  let inner = 0
  let open = 0
  for (let k = 0; k + 1 < lines.length; k++) {
    if (text.slice(lines[k].end, lines[k + 1].start) !== '\n') continue // last line of a block
    inner++
    if (!SENTENCE_END.test(text.slice(lines[k].start, lines[k].end))) open++
  }
  return inner > 0 && open * 2 > inner
}

/** The paragraphs stage: paragraph spans with their layout role (title, byline, heading, body). */
export const splitParagraphsStage: Stage<'paragraphs'> = {
  layer: 'paragraphs',
  requires: [],
  run: (doc): Paragraph[] => classifyParagraphs(doc.text, splitParagraphs(doc.text), doc.meta.title),
}
