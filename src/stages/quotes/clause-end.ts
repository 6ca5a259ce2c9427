import type { Quote } from '../../doc/types.js'
import { CLAUSE_VERBS, CONCESSION_OPENERS, CUE_TAIL_WORDS } from './lexicon.js'
import type { QuoteContext } from './quote-context.js'

/**
 * The reported clause ends where the reporter's rebuttal begins (rule `quotes/clause-end`): "insisted the election
 * is rigged even though voters are likelier to be struck by lightning" reports "the election is rigged". Only
 * reported speech is cut, never words inside quotation marks: the speaker's own "even though" stays.
 * Changes the quote in place.
 */
export function cutAtConcession(ctx: QuoteContext, q: Quote): void {
  if (q.kind === 'direct') return
  const { tokens } = ctx.doc
  const first = ctx.tokenAt(q.content.start)
  // A concession that opens the content is the clause's own ("said that, though tired, she would run").
  for (let k = first + 2; k < tokens.length && tokens[k].end <= q.content.end; k++) {
    if (ctx.quotationAt(k) || !opensConcession(ctx, k)) continue
    const cut = tokens[k - 1].end
    const parts = q.parts.filter((p) => p.start < cut).map((p) => ({ start: p.start, end: Math.min(p.end, cut) }))
    if (!parts.length) return
    q.parts = parts
    q.content = { start: parts[0].start, end: parts[parts.length - 1].end }
    q.rule = `${q.rule}+quotes/clause-end`
    return
  }
}

/**
 * Whether token k opens the reporter's concession: "even though" run straight on from the reported clause ("rigged
 * even though voters …"). After a comma it is most often the speaker's own ("keep it open, even though it loses
 * money"), and one set off by a dash or a bracket ("—though the law allows it") stays in the content, where the
 * claims stage reads it as the reporter's dispute of the statement.
 */
function opensConcession(ctx: QuoteContext, k: number): boolean {
  return ctx.lower(k) === 'even' && CONCESSION_OPENERS.has(ctx.lower(k + 1)) && /^[\p{L}]/u.test(ctx.word(k - 1))
}

const WEEKDAYS_AND_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/

/**
 * A cue is its reporting verb: words the tagger ran into the cue after a verb that takes a clause with no object
 * ("said optimism about | a quick deal was fading", "said Obama hopes | that …") open the reported clause and go back
 * to the content, which no longer starts mid-clause (rule `quotes/cue-verb-only`). Adjuncts stay with the cue
 * ("said on Tuesday", "noted Friday", "said in the letter"). Changes the quote in place.
 */
export function cueVerbOnly(ctx: QuoteContext, q: Quote): void {
  if (q.kind === 'direct' || !q.cue || !q.parts.length || q.parts[0].start < q.cue.end) return
  const verb = ctx.tokenAt(q.cue.start)
  const last = ctx.tokenAt(q.cue.end - 1)
  if (last === verb || !CLAUSE_VERBS.has(ctx.lower(verb))) return
  const next = verb + 1
  const w = ctx.lower(next)
  if (CUE_TAIL_WORDS.has(w) || /ly$/.test(w) || /^\p{N}/u.test(w) || /^\p{P}/u.test(w)) return
  if (WEEKDAYS_AND_MONTHS.test(w)) return
  // Only words up to the content: the tail must touch it.
  const gap = ctx.doc.text.slice(q.cue.end, q.parts[0].start)
  if (!/^\s*$/.test(gap)) return
  const from = ctx.doc.tokens[next].start
  q.cue = { start: q.cue.start, end: ctx.doc.tokens[verb].end }
  q.parts = [{ start: from, end: q.parts[0].end }, ...q.parts.slice(1)]
  q.content = { start: from, end: q.content.end }
  q.rule = `${q.rule}+quotes/cue-verb-only`
}
