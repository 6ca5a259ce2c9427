import type { Token, TokenKind } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { isAlnum, isDigit, isLetter, isQuoteChar, isSpace, isUpper } from './char-class.js'
import {
  CLITICS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from './lexicon.js'

const APOSTROPHE = 39 // '
const RIGHT_SINGLE = 0x2019 // ’
const PERIOD = 46
const HYPHEN = 45
const AMPERSAND = 38

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE
}

/**
 * Splits text into Penn-Treebank-like tokens in one pass over the UTF-16 code units.
 *
 * - Words keep inner hyphens ("US-Ukraine", "mid-February") and inner apostrophes that are not clitics ("O’Brien").
 * - Clitics split off: "Ukraine’s" → "Ukraine" "’s"; "don't" → "do" "n't".
 * - Abbreviations keep their period: "U.S.", "Gen.", "Feb.", "No." before a number, initials "J.".
 * - Numbers keep separators and short suffixes: "1,000.50", "2025-02-23", "1990s", "20th", "1.2bn".
 * - "’90s" is one token; "..." and "--" are one token; every other punctuation mark or symbol is its own token.
 *
 * @example tokenize('Ukraine’s U.S. ties').map(t => text.slice(t.start, t.end)) // ['Ukraine', '’s', 'U.S.', 'ties']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    if (isLetter(c)) {
      i = scanWord(text, i, tokens)
    } else if (isDigit(c)) {
      i = scanNumber(text, i, tokens)
    } else if (isApostrophe(c) && isDecadeAt(text, i + 1)) {
      // "’90s": a decade, not a quotation mark.
      const end = i + 3 + (text.charCodeAt(i + 3) === 115 ? 1 : 0)
      tokens.push({ start: i, end, kind: 'number' })
      i = end
    } else if (c === PERIOD && text.startsWith('..', i + 1)) {
      let end = i + 3
      while (text.charCodeAt(end) === PERIOD) end++
      tokens.push({ start: i, end, kind: 'punct' })
      i = end
    } else if (c === HYPHEN && text.charCodeAt(i + 1) === HYPHEN) {
      tokens.push({ start: i, end: i + 2, kind: 'punct' })
      i += 2
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      tokens.push({ start: i, end: i + 2, kind: 'symbol' }) // astral character: emoji and the like
      i += 2
    } else {
      tokens.push({ start: i, end: i + 1, kind: punctKind(c) })
      i++
    }
  }
  return tokens
}

function punctKind(code: number): TokenKind {
  if (isQuoteChar(code)) return 'punct'
  // ASCII and general punctuation that delimits text; the rest ($, %, #, €, +) are symbols.
  if (code < 128) return '.,;:!?()[]{}-/'.includes(String.fromCharCode(code)) ? 'punct' : 'symbol'
  if (code >= 0x2010 && code <= 0x2027) return 'punct' // dashes, ellipsis, bullets
  return 'symbol'
}

function isDecadeAt(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    !isAlnum(text.charCodeAt(i + 2) === 115 ? text.charCodeAt(i + 3) : text.charCodeAt(i + 2))
  )
}

/** Scans a word starting at `start`; pushes it (and any clitic) and returns the index after it. */
function scanWord(text: string, start: number, tokens: Token[]): number {
  if (text.startsWith('http', start) || text.startsWith('www.', start)) {
    const urlEnd = scanUrl(text, start)
    if (urlEnd > 0) {
      tokens.push({ start, end: urlEnd, kind: 'word' })
      return urlEnd
    }
  }
  const n = text.length
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isAlnum(c)) {
      i++
      continue
    }
    const next = text.charCodeAt(i + 1)
    if (c === HYPHEN && isAlnum(next)) {
      i += 2
      continue
    }
    if (c === AMPERSAND && isUpper(text.charCodeAt(i - 1)) && isUpper(next)) {
      i += 2 // "AT&T", "S&P"
      continue
    }
    if (isApostrophe(c) && isLetter(next)) {
      const clitic = cliticAt(text, start, i)
      if (clitic >= 0) {
        tokens.push({ start, end: clitic, kind: 'word' })
        const cliticEnd = wordEnd(text, i + 1)
        tokens.push({ start: clitic, end: cliticEnd, kind: 'word' })
        return cliticEnd
      }
      i += 2 // "O’Brien", "Qur'an"
      continue
    }
    if (c === PERIOD) return scanPeriod(text, start, i, tokens)
    break
  }
  tokens.push({ start, end: i, kind: 'word' })
  return i
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++
  return i
}

/**
 * Where a clitic starts when the apostrophe at `apos` begins one ("’s", "’re", "n’t"), else -1.
 * "can't" → "ca" "n't", as the Penn Treebank does.
 */
function cliticAt(text: string, wordStart: number, apos: number): number {
  const after = wordEnd(text, apos + 1)
  const suffix = text.slice(apos + 1, after).toLowerCase()
  if (CLITICS.has(suffix)) return apos
  if (suffix === 't' && apos - wordStart >= 2 && (text.charCodeAt(apos - 1) | 32) === 110) return apos - 1
  return -1
}

/** Handles a period right after a word: part of an abbreviation, or a token of its own. */
function scanPeriod(text: string, start: number, period: number, tokens: Token[]): number {
  const word = text.slice(start, period)
  const after = text.charCodeAt(period + 1)
  // "U.S.", "a.m.", "U.K.": single letters each followed by a period.
  if (period - start === 1 && isLetter(after) && text.charCodeAt(period + 2) === PERIOD) {
    let end = period + 1
    while (isLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === PERIOD) end += 2
    if (end > period + 1) {
      tokens.push({ start, end, kind: 'word' })
      return end
    }
  }
  if (isAbbreviation(text, word, period)) {
    tokens.push({ start, end: period + 1, kind: 'word' })
    return period + 1
  }
  tokens.push({ start, end: period, kind: 'word' })
  return period
}

function isAbbreviation(text: string, word: string, period: number): boolean {
  if (TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word)) return true
  const nextWordStart = period + 2
  if (NUMBER_ABBREVIATIONS.has(word))
    return text.charCodeAt(period + 1) === 32 && isDigit(text.charCodeAt(nextWordStart))
  // An initial: "J. K. Rowling", "George W. Bush".
  return (
    word.length === 1 &&
    isUpper(word.charCodeAt(0)) &&
    text.charCodeAt(period + 1) === 32 &&
    isUpper(text.charCodeAt(nextWordStart))
  )
}

/** Scans a number with separators and a short suffix; "2-year-old" continues as a word. */
function scanNumber(text: string, start: number, tokens: Token[]): number {
  const n = text.length
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isDigit(c)) {
      i++
      continue
    }
    // Separators inside numbers: "1,000.50", "2025-02-23", "24/7", "9:30".
    if ((c === 44 || c === PERIOD || c === HYPHEN || c === 47 || c === 58) && isDigit(text.charCodeAt(i + 1))) {
      i += 2
      continue
    }
    break
  }
  const c = text.charCodeAt(i)
  if (c === HYPHEN && isLetter(text.charCodeAt(i + 1))) {
    // "2-year-old", "267-strong": one word.
    let end = i + 1
    while (
      end < n &&
      (isAlnum(text.charCodeAt(end)) || (text.charCodeAt(end) === HYPHEN && isAlnum(text.charCodeAt(end + 1))))
    )
      end++
    tokens.push({ start, end, kind: 'word' })
    return end
  }
  if (isLetter(c)) {
    // "1990s", "20th", "1.2bn", "5km": a short suffix stays with the number.
    const end = wordEnd(text, i)
    if (end - i <= 3 && !isDigit(text.charCodeAt(end))) {
      tokens.push({ start, end, kind: 'number' })
      return end
    }
  }
  tokens.push({ start, end: i, kind: 'number' })
  return i
}

/** End of a URL starting at `start`, or -1 when the text there is not one. Trailing punctuation stays outside. */
function scanUrl(text: string, start: number): number {
  if (!/^(?:https?:\/\/|www\.)\S/.test(text.slice(start, start + 9))) return -1
  let end = start
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++
  while (end > start && '.,;:!?)]}"\'”’'.includes(text[end - 1])) end--
  return end
}

/** The tokens stage: splits the normalised text into tokens. */
export const tokenizeStage: Stage<'tokens'> = {
  layer: 'tokens',
  requires: [],
  run: (doc) => tokenize(doc.text),
}
