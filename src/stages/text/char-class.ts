/**
 * Character classes by UTF-16 code unit, answered from a lazily filled table so that the tokenizer's inner
 * loop never runs a regular expression twice for the same character.
 */

const UNKNOWN = 0
const LETTER = 1
const DIGIT = 2
const OTHER = 3

const table = new Uint8Array(65536)
const isLetterRe = /[\p{L}\p{M}]/u
const isDigitRe = /\p{Nd}/u

function classify(code: number): number {
  // Surrogate halves: astral letters (rare in news) are taken as letters so words stay whole.
  if (code >= 0xd800 && code <= 0xdfff) return OTHER
  const ch = String.fromCharCode(code)
  if (isLetterRe.test(ch)) return LETTER
  if (isDigitRe.test(ch)) return DIGIT
  return OTHER
}

function classOf(code: number): number {
  let c = table[code]
  if (c === UNKNOWN) {
    c = classify(code)
    table[code] = c
  }
  return c
}

/** True for letters and combining marks (any script). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return classOf(code) === LETTER
}

/** True for decimal digits (any script). */
export function isDigit(code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57
  return classOf(code) === DIGIT
}

/** True for letters and digits. */
export function isAlnum(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  const c = classOf(code)
  return c === LETTER || c === DIGIT
}

/** True for an uppercase letter (any script with case). */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  if (!isLetter(code)) return false
  const ch = String.fromCharCode(code)
  return ch !== ch.toLowerCase()
}

/** True for a lowercase letter (any script with case). */
export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122
  return isLetter(code) && /\p{Ll}/u.test(String.fromCharCode(code))
}

/** True for space and newline: the only whitespace left after `normalize`. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13
}

/** True for any quotation mark or apostrophe character. */
export function isQuoteChar(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a
  )
}
