import { indexAt } from '../../doc/span.js'
import type { Doc, SentenceSyntax } from '../../doc/types.js'
import { AHEAD_PRESENT, FUTURE_MARKERS } from './lexicon.js'
import { verbTense } from './verb-tense.js'

const PAST_MARKERS = /\b(?:last|ago|was|were|had|did|said|met|held|left|\w+ed)\b/i
/** Present-tense ways of looking ahead, read after a sentence-opening date ("On Tuesday, X plans to …"). */
const OPENING_FUTURE =
  /^([^.;]*?)\b(?:will|plans? to|(?:is|are) (?:to|expected to|scheduled to|due to|set to|going to))\b/i
/** A past verb after a sentence-opening date: "By Tuesday, the toll had risen". */
const OPENING_PAST = /^,?\s*(?:[\w'’-]+\s+){0,4}?(?:had|was|were|did|\w+ed)\b/i
/**
 * Words that set a deadline right before an expression: "by midnight Thursday", "until Friday", "no later than
 * March 3", "by 5 p.m. Tuesday" (the clock is part of the expression when a matcher takes it).
 */
const DEADLINE_LEAD = /\b(by|until|till|no later than|not later than|deadline (?:of|is|was))\s+(?:on\s+)?$/i

/** Whether the clause around an expression looks ahead or back. */
export interface Tense {
  future: boolean
  past: boolean
  /** A deadline word ("by", "until", "no later than") set the direction. */
  deadline?: boolean
  /** The parse's governing verb turned the direction the words gave ("signed a deal to buy it in February"). */
  verb?: boolean
}

/**
 * Reads the tense of the clause around a match: the words since the last comma, at most 60 characters, then the
 * parse. A future marker ("will", "is scheduled", "set to") looks ahead. Without one, the governing verb in the
 * parse (`parse`, the sentence's; see verb-tense.ts) decides when it can ("signed an agreement to acquire the bank
 * in January": ahead, though "signed" is past); else a past word looks back; a present
 * verb that schedules ("the vote is on Tuesday", "voters go to the polls Tuesday") looks ahead. A deadline ("by
 * midnight Thursday", "no later than Friday") looks ahead unless its clause is past perfect ("by Tuesday they had
 * left"); "until" looks ahead unless its clause is past ("stayed until Tuesday"). Opening its sentence ("On
 * Tuesday, the league plans to …"), an expression takes the tense of the verb that follows it.
 */
export function readTense(
  text: string,
  sentences: Doc['sentences'],
  m: RegExpExecArray,
  parse?: SentenceSyntax,
): Tense {
  const s = indexAt(sentences, m.index)
  const from = Math.max(s >= 0 ? sentences[s].start : 0, m.index - 60)
  const clause = text.slice(from, m.index + m[0].length)
  const before = clause.slice(Math.max(0, clause.lastIndexOf(',', clause.length - m[0].length - 1) + 1))
  // "had been scheduled to expire at midnight Friday": a plan in the past perfect is over.
  let future = FUTURE_MARKERS.test(before) && !/\bhad been\b/i.test(before)
  let past = !future && PAST_MARKERS.test(before)
  const opening = /^\W*(?:\w+\s+)?$/.test(text.slice(from, m.index))
  const end = s >= 0 ? sentences[s].end : text.length
  const after = text.slice(m.index + m[0].length, Math.min(end, m.index + m[0].length + 80))
  const deadline = /['’]s$/.test(m[0]) ? null : DEADLINE_LEAD.exec(text.slice(from, m.index))
  if (deadline && !future) {
    const until = /^(?:until|till)$/i.test(deadline[1])
    const pastAfter = opening && OPENING_PAST.test(after) && !OPENING_FUTURE.test(after)
    if (!pastAfter && (until ? !past : !/\bhad\b/i.test(before))) return { future: true, past: false, deadline: true }
  }
  // No future word in the clause: the governing verb's tense, when the sentence was parsed, decides over a past
  // word that may belong to another clause ("signed an agreement to acquire the bank in January").
  const verb = future ? undefined : verbTense(parse, text, m.index, m.index + m[0].length)
  if (!future && !past && AHEAD_PRESENT.test(before)) future = true
  if (!future && !past && opening) {
    // "In September, it announced plans to …": a past verb before the future marker keeps it in the past.
    const ahead = OPENING_FUTURE.exec(after)
    if (ahead && !PAST_MARKERS.test(ahead[1])) future = true
    else if (ahead) past = true
  }
  if (!verb) return { future, past }
  const ahead = verb === 'future'
  // The record names the verb only where it turned the direction the words gave.
  return { future: ahead, past: !ahead, ...(ahead !== future && { verb: true }) }
}
