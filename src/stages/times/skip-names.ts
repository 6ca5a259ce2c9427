import type { Span } from '../../doc/types.js'
import { NAME_AFTER_WEEKDAY, NAME_BEFORE_WEEKDAY } from './lexicon.js'

const WEEKDAY = /^(?:(?:last|next|this|past|coming) )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/
/** Words a rule writes in lower case mid-sentence: "today", "this week", "tonight". */
const LOWER_WORDS =
  /^(?:today|tonight|tomorrow|yesterday|now|currently|recently|(?:this|last|next) (?:week|month|year))$/i

/** Whether most words of a line are capitalised: a headline in Title Case or capitals ("Markets Fall Today"). */
function isHeadline(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const long = words.filter((w) => w.length > 3)
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.85
}

const WORD_CHARACTER = /\w/
let lastText = ''
let lastSentence = -1
let lastHeadline = false

/** Whether a sentence is a headline, asked once per sentence however many times it holds. */
function headlineSentence(text: string, sentence: Span): boolean {
  if (text !== lastText || sentence.start !== lastSentence) {
    lastText = text
    lastSentence = sentence.start
    lastHeadline = isHeadline(text.slice(sentence.start, sentence.end))
  }
  return lastHeadline
}

/**
 * Whether a time expression is part of a name, not a date: "USA TODAY", "VOA Today", ABC's "This Week" (a word a
 * rule writes in lower case, capitalised mid-sentence outside a headline, or after an acronym in a short line); "Monday Night Football", "The Sunday
 * Times" (a weekday before a name word); "Black Monday", "Bloody Sunday" (named days of a past year); "April Ryan"
 * (a month before a capitalised word). "Theresa May said" is never matched: a bare month needs a lead ("in May").
 * `sentence` is the span of the expression's sentence.
 */
export function skipNames(text: string, t: Span, sentence: Span): boolean {
  const written = text.slice(t.start, t.end)
  // Only the words just before matter: a sentence of 20,000 weekdays must not be re-read for each of them.
  const before = text.slice(Math.max(sentence.start, t.start - 40), t.start)
  let opens = true
  for (let k = t.start - 1; k >= sentence.start && opens; k--) if (WORD_CHARACTER.test(text[k])) opens = false
  if (LOWER_WORDS.test(written) && /^\p{Lu}/u.test(written) && !opens) {
    if (!headlineSentence(text, sentence)) return true
    // "This is VOA Today.": short enough to pass for a headline, but an acronym before the word names a programme
    // (an all-capitals headline, "MARKETS FALL TODAY", has no lower-case letter to tell them apart).
    if (/\b\p{Lu}{2,5} $/u.test(before) && /\p{Ll}/u.test(text.slice(sentence.start, sentence.end))) return true
  }
  const next = /^ (\p{Lu}[\p{L}]*)/u.exec(text.slice(t.end, t.end + 30))?.[1]
  if (WEEKDAY.test(written)) {
    if (next && NAME_AFTER_WEEKDAY.has(next)) return true
    const prev = /(\p{Lu}\p{L}*) $/u.exec(before)?.[1]
    if (prev && NAME_BEFORE_WEEKDAY.has(prev)) return true
  }
  // A byline: "by April Ryan".
  if (MONTH.test(written) && next && /\bby $/i.test(before) && !MONTH.test(next) && !/day$/.test(next)) return true
  return false
}
