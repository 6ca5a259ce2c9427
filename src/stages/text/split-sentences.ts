import { firstStartingAtOrAfter } from '../../doc/span.js'
import type { Doc, Paragraph, Quotation, Sentence, Token } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { isDigit, isUpper } from './char-class.js'
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon.js'

const TERMINALS = new Set(['.', '!', '?', '…', '...', '....'])
const CLOSERS = new Set([')', ']', '}'])
const OPENERS = new Set(['(', '[', '“', '‘', '"', "'", '«', '„', '—', '–', '-'])

/**
 * Splits each paragraph into sentences over the token layer. A sentence ends at . ! ? … (with any closing quote
 * marks and brackets after it) when the next token can start a sentence: a capital, a digit or an opening mark.
 * - Abbreviations: titles ("Gen.") never end a sentence; months end one only when no number follows ("Feb. 23");
 *   "U.S." ends one only before a common sentence opener ("… with the U.S. The talks …").
 * - Quotations: a break inside a quotation is allowed only when the quotation itself ends a sentence
 *   ("“No. That’s all.”"); when it runs on into an attribution ("“I am ready… I can go,” he said") the whole
 *   quotation stays in one sentence with its speaker.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotations: readonly Quotation[],
): Sentence[] {
  const sentences: Sentence[] = []
  const trailingRuns = new Map<number, number>()
  const noBreakZones = quotations.filter((q) => !endsWithSentence(text, q, trailingRuns))
  let zone = 0
  let t = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]
    while (t < tokens.length && tokens[t].start < para.start) t++
    let sentenceStart = -1
    for (; t < tokens.length && tokens[t].end <= para.end; t++) {
      const token = tokens[t]
      if (sentenceStart < 0) sentenceStart = token.start
      if (!isCandidateEnd(text, token)) continue
      let last = t
      while (
        last + 1 < tokens.length &&
        tokens[last + 1].end <= para.end &&
        isTrailing(text, tokens[last + 1], quotations)
      )
        last++
      const next = tokens[last + 1]
      if (!next || next.start >= para.end) continue // the paragraph end closes the sentence anyway
      if (!canStartSentence(text, next) || !abbreviationMayEnd(text, token, next)) continue
      const end = tokens[last].end
      while (zone < noBreakZones.length && noBreakZones[zone].end <= end) zone++
      if (zone < noBreakZones.length && noBreakZones[zone].start < end && end < noBreakZones[zone].end) continue
      sentences.push({ start: sentenceStart, end, paragraph: p })
      sentenceStart = -1
      t = last
    }
    if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end: lastTokenEnd(tokens, t, para), paragraph: p })
  }
  return sentences
}

function lastTokenEnd(tokens: readonly Token[], t: number, para: Paragraph): number {
  return t > 0 && tokens[t - 1].end <= para.end ? tokens[t - 1].end : para.end
}

function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end)
}

function isCandidateEnd(text: string, token: Token): boolean {
  if (token.kind === 'punct') return TERMINALS.has(tokenText(text, token))
  // An abbreviation token carries its period: "U.S.", "Inc.", "Feb.".
  return token.kind === 'word' && text.charCodeAt(token.end - 1) === 46 && token.end - token.start > 1
}

/** Closing quote marks and brackets that belong to the sentence before them. */
function isTrailing(text: string, token: Token, quotations: readonly Quotation[]): boolean {
  const s = tokenText(text, token)
  if (CLOSERS.has(s)) return true
  return token.end - token.start === 1 && isClosingMark(token.start, quotations)
}

function isClosingMark(at: number, quotations: readonly Quotation[]): boolean {
  // The quotation a closing mark ends starts before it; nesting is shallow, so a few steps back suffice.
  const after = firstStartingAtOrAfter(quotations, at + 1)
  for (let k = after - 1; k >= 0 && k >= after - 8; k--) if (quotations[k].close?.start === at) return true
  return false
}

function canStartSentence(text: string, next: Token): boolean {
  const c = text.charCodeAt(next.start)
  if (isUpper(c) || isDigit(c)) return true
  return OPENERS.has(text[next.start])
}

function abbreviationMayEnd(text: string, token: Token, next: Token): boolean {
  if (token.kind !== 'word') return true
  const word = text.slice(token.start, token.end - 1)
  if (TITLE_ABBREVIATIONS.has(word)) return false
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return false // an initial: "George W. Bush"
  const nextText = tokenText(text, next)
  if (MONTH_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) return !isDigit(nextText.charCodeAt(0))
  if (word.includes('.') && isUpper(word.charCodeAt(0))) return SENTENCE_STARTERS.has(nextText) // "U.S." "U.K."
  return true
}

const TRAILING = /[\s'’"”)\]]/

/**
 * True when the last thing inside the quotation is a sentence end: "… the most important thing.”"
 * `runs` remembers where each run of closing marks and spaces begins: nested quotations share their closing run,
 * and walking it again for each of 40,000 of them was quadratic.
 */
function endsWithSentence(text: string, q: Quotation, runs: Map<number, number>): boolean {
  const innerEnd = q.close ? q.close.start : q.end
  let k = innerEnd - 1
  if (k > q.open.end) k = Math.max(q.open.end, lastNotTrailing(text, k, runs))
  return /[.!?…]/.test(text[k])
}

/** The last offset at or before `k` that is not a closing mark, bracket or space (-1 when none). */
function lastNotTrailing(text: string, k: number, runs: Map<number, number>): number {
  const walked: number[] = []
  let at = k
  while (at >= 0 && TRAILING.test(text[at])) {
    const known = runs.get(at)
    if (known !== undefined) {
      at = known
      break
    }
    walked.push(at)
    at--
  }
  for (const offset of walked) runs.set(offset, at)
  return at
}

/** The sentences stage. */
export const splitSentencesStage: Stage<'sentences'> = {
  layer: 'sentences',
  requires: ['tokens', 'paragraphs', 'quotations'],
  run: (doc: Doc) => splitSentences(doc.text, doc.tokens, doc.paragraphs, doc.quotations),
}
