import type { Paragraph, ParagraphKind, Span } from '../../doc/types.js'

const TERMINAL = /[.!?…,;"”’»)]$/
const BYLINE =
  /^(?:by|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|la|bin))*(?:\s*[,|–—-]\s*.{0,60})?$/iu
const CREDITS = /^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b/i

/** Words that stay lower case in a title-cased headline. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'as',
  'with',
  'from',
  'into',
  'over',
  'amid',
  'vs',
  'is',
  'are',
  'after',
])

/**
 * Gives each paragraph its layout role. The first paragraph is the title when it reads like a headline (or equals
 * the title the caller gave); a "By …" line near the top, or a "Reporting by …" line, is a byline; a short line
 * without closing punctuation between body paragraphs is a heading.
 */
export function classifyParagraphs(text: string, spans: readonly Span[], title?: string): Paragraph[] {
  return spans.map((span, index) => {
    const line = text.slice(span.start, span.end)
    return { start: span.start, end: span.end, kind: kindOf(line, index, spans.length, title) }
  })
}

function kindOf(line: string, index: number, count: number, title?: string): ParagraphKind {
  if (index <= 3 && BYLINE.test(line) && line.length < 120) return 'byline'
  if (CREDITS.test(line)) return 'byline'
  if (count < 2) return 'body'
  if (index === 0 && (line === title?.trim() || isHeadline(line, 30, 250))) return 'title'
  if (index > 0 && index < count - 1 && isHeadline(line, 14, 120) && isTitleCased(line)) return 'heading'
  return 'body'
}

function isHeadline(line: string, maxWords: number, maxChars: number): boolean {
  if (line.length > maxChars || TERMINAL.test(line)) return false
  const words = line.split(' ').length
  return words <= maxWords
}

function isTitleCased(line: string): boolean {
  const words = line.split(' ').filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()))
  if (words.length === 0) return false
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / words.length >= 0.6 || words.length <= 4
}
