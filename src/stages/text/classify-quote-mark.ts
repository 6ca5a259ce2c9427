import type { QuoteMarkStyle } from '../../doc/types.js'
import { isAlnum, isDigit, isLetter, isQuoteChar, isSpace } from './char-class.js'

/** What a quotation-mark character at one position can do. `family` groups marks that pair with each other. */
export interface MarkRole {
  style: QuoteMarkStyle
  family: 'double' | 'single' | 'guillemet' | 'single-guillemet'
  canOpen: boolean
  canClose: boolean
}

// Characters after which a mark opens: "(“", "—“", a space, the start of a line.
const OPENS_AFTER = '([{<—–-/'
// Characters before which a mark closes: "”,", "’.", "”)".
const CLOSES_BEFORE = ',.;:!?)]}>—–-…/'

function beforeIsBoundary(text: string, i: number): boolean {
  if (i === 0) return true
  const c = text.charCodeAt(i - 1)
  return isSpace(c) || isQuoteChar(c) || OPENS_AFTER.includes(text[i - 1])
}

function afterIsBoundary(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true
  const c = text.charCodeAt(i + 1)
  return isSpace(c) || isQuoteChar(c) || CLOSES_BEFORE.includes(text[i + 1])
}

/**
 * The characters beside a mark of `width` characters at `i`, and its flanking (CommonMark): left-flanking when a
 * word follows and a boundary precedes it, right-flanking when a word precedes and a boundary follows it.
 */
function flanking(text: string, i: number, width: number) {
  const end = i + width
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32
  const next = end < text.length ? text.charCodeAt(end) : 32
  const spaceAfter = afterIsBoundary(text, end - 1)
  return {
    prev,
    next,
    spaceAfter,
    leftFlanking: !isSpace(next) && end < text.length && beforeIsBoundary(text, i),
    rightFlanking: i > 0 && !isSpace(prev) && spaceAfter,
  }
}

/**
 * Decides what the quotation-mark character at `i` can do, from its shape and the characters beside it
 * (CommonMark's left- and right-flanking rules, plus the apostrophe cases of English):
 * - "Ukraine’s", "O'Brien": a letter on both sides — an apostrophe, not a quote mark (null);
 * - "’90s", "‘90s": a decade (null); 6'2" and 5" after a digit: feet and inches (null);
 * - “ „ « ‘ open and ” » ’ close by shape, unless flanking says the writer used them the other way round
 *   (German „…“ and »…«, Swedish ”…”).
 */
export function classifyQuoteMark(text: string, i: number): MarkRole | null {
  const ch = text[i]
  const { prev, next, spaceAfter, leftFlanking, rightFlanking } = flanking(text, i, 1)
  const opensOnly = leftFlanking && !rightFlanking
  const closesOnly = rightFlanking && !leftFlanking
  switch (ch) {
    case '“':
    case '‟':
      return { style: 'double', family: 'double', canOpen: !closesOnly, canClose: closesOnly }
    case '„':
      return { style: 'double', family: 'double', canOpen: true, canClose: false }
    case '”':
      return { style: 'double', family: 'double', canOpen: opensOnly, canClose: !opensOnly }
    case '"':
      if (isDigit(prev) && spaceAfter) return null // 5" — inches
      return {
        style: 'double',
        family: 'double',
        canOpen: leftFlanking || !rightFlanking,
        canClose: rightFlanking || !leftFlanking,
      }
    case '«':
      return { style: 'guillemet', family: 'guillemet', canOpen: !closesOnly, canClose: closesOnly }
    case '»':
      return { style: 'guillemet', family: 'guillemet', canOpen: opensOnly, canClose: !opensOnly }
    case '‹':
      return { style: 'guillemet', family: 'single-guillemet', canOpen: !closesOnly, canClose: closesOnly }
    case '›':
      return { style: 'guillemet', family: 'single-guillemet', canOpen: opensOnly, canClose: !opensOnly }
    case '‘':
    case '‛':
    case '‚':
      if (isDecade(text, i + 1)) return null
      if (isAlnum(prev) && isLetter(next)) return null // "Ukraine‘s" typed with the wrong mark
      return { style: 'single', family: 'single', canOpen: !closesOnly, canClose: closesOnly }
    case '’':
    case "'":
      return singleRole(text, i, prev, next, leftFlanking, rightFlanking, ch === "'")
    default:
      return null
  }
}

/**
 * Two straight apostrophes typed as a double quotation mark (''It's anti-reform,'' said …), the style of some
 * wires and archives: read like one straight double mark spanning both characters (null when they are not one).
 */
export function classifyDoubledApostrophe(text: string, i: number): MarkRole | null {
  if (text[i] !== "'" || text[i + 1] !== "'" || text[i + 2] === "'" || text[i - 1] === "'") return null
  const { leftFlanking, rightFlanking } = flanking(text, i, 2)
  if (!leftFlanking && !rightFlanking) return null
  return {
    style: 'double',
    family: 'double',
    canOpen: leftFlanking || !rightFlanking,
    canClose: rightFlanking || !leftFlanking,
  }
}

function singleRole(
  text: string,
  i: number,
  prev: number,
  next: number,
  leftFlanking: boolean,
  rightFlanking: boolean,
  straight: boolean,
): MarkRole | null {
  if (isAlnum(prev) && isLetter(next)) return null // "That’s", "O'Brien"
  if (isDecade(text, i + 1)) return null // "’90s"
  if (straight && isDigit(prev)) return null // 6'2 — feet
  if (leftFlanking && !rightFlanking) {
    // A curly ’ opening a word is an elision ("’em", "’tis") far more often than a misused opening quote.
    return straight ? { style: 'single', family: 'single', canOpen: true, canClose: false } : null
  }
  if (rightFlanking) return { style: 'single', family: 'single', canOpen: false, canClose: true }
  return null
}

function isDecade(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i)) || !isDigit(text.charCodeAt(i + 1))) return false
  const after = text.charCodeAt(i + 2) === 115 ? i + 3 : i + 2
  return !isAlnum(text.charCodeAt(after))
}
