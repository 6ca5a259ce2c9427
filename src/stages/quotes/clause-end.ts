import type { Quote } from '../../doc/types.js'
import { CONCESSION_OPENERS } from './lexicon.js'
import type { QuoteContext } from './quote-context.js'

/**
 * The reported clause ends where the reporter's concession or rebuttal begins (rule `quotes/clause-end`): "insisted
 * the election is rigged even though voters are likelier to be struck by lightning" reports "the election is
 * rigged". Only reported speech is cut, never words inside quotation marks: the speaker's own "even though" stays.
 * Changes the quote in place.
 */
export function cutAtConcession(ctx: QuoteContext, q: Quote): void {
  if (q.kind === 'direct') return
  const { tokens } = ctx.doc
  const first = ctx.tokenAt(q.content.start)
  // A concession that opens the content is the clause's own ("said that, though tired, she would run").
  for (let k = first + 2; k < tokens.length && tokens[k].end <= q.content.end; k++) {
    if (ctx.quotationAt(k) || !opensConcession(ctx, k)) continue
    let end = k
    while (end > first && /^[,;:—–-]$/.test(ctx.word(end - 1))) end--
    const cut = tokens[end - 1].end
    const parts = q.parts.filter((p) => p.start < cut).map((p) => ({ start: p.start, end: Math.min(p.end, cut) }))
    if (!parts.length) return
    q.parts = parts
    q.content = { start: parts[0].start, end: parts[parts.length - 1].end }
    q.rule = `${q.rule}+quotes/clause-end`
    return
  }
}

/**
 * Whether token k opens a concession: "even though" anywhere, "though" or "although" after a comma or a dash (not
 * "as though", not a sentence-final "though").
 */
function opensConcession(ctx: QuoteContext, k: number): boolean {
  const w = ctx.lower(k)
  if (w === 'even') return ctx.lower(k + 1) === 'though'
  if (!CONCESSION_OPENERS.has(w)) return false
  return /^[,;—–-]$/.test(ctx.word(k - 1)) && /^[\p{L}]/u.test(ctx.word(k + 1))
}
