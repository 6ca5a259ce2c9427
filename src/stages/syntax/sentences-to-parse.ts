import { lowerTokens } from '../../doc/vocab.js'
import type { Doc } from '../../doc/types.js'
import { PARSE_CUE_WORDS } from './parse-cue-words.js'

/** The layers the choice reads: all made before the syntax stage runs. */
export type ParseChoiceInput = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'quotations'>

/** Double quotation marks as tokens: a quotation even when the pairing left it unmatched. */
const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›'])

/**
 * The sentences a later stage reads the parse of (the syntax stage's default): those holding a quotation mark
 * (the mark of a quotation, or any double quotation mark), a quote cue, an event trigger or a claim marker.
 * On news this is most sentences but not all: see docs/syntax.md for the share.
 */
export function sentencesToParse(doc: ParseChoiceInput, cues: ReadonlySet<string> = PARSE_CUE_WORDS): number[] {
  const { text, tokens, sentences } = doc
  const marks = quotationMarkStarts(doc)
  const lower = lowerTokens(text, tokens)
  const chosen: number[] = []
  let t = 0
  let m = 0
  sentences.forEach((sentence, index) => {
    while (t < tokens.length && tokens[t].start < sentence.start) t++
    while (m < marks.length && marks[m] < sentence.start) m++
    let wanted = m < marks.length && marks[m] < sentence.end
    for (let k = t; !wanted && k < tokens.length && tokens[k].end <= sentence.end; k++)
      wanted = cues.has(lower[k]) || DOUBLE_QUOTE_MARKS.has(lower[k])
    if (wanted) chosen.push(index)
  })
  return chosen
}

/** Where each quotation mark of the quotations layer starts (opening, closing, reopening), in order. */
function quotationMarkStarts(doc: ParseChoiceInput): number[] {
  const starts: number[] = []
  for (const q of doc.quotations) {
    starts.push(q.open.start)
    if (q.close) starts.push(q.close.start)
    for (const r of q.reopenings) starts.push(r.start)
  }
  return starts.sort((a, b) => a - b)
}
