import { anchorOf } from '../../doc/anchor.js'
import { firstStartingAtOrAfter } from '../../doc/span.js'
import type { Doc, Quote, Span } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { findDirectQuotes } from './find-direct-quotes.js'
import { findIndirectQuotes } from './find-indirect-quotes.js'
import { createQuoteContext } from './quote-context.js'
import { defaultQuoteModel } from './quote-model.js'
import { tokenFacts } from './token-facts.js'
import { findTaggedQuotes } from './tagged-quotes.js'
import { findTranscriptTurns } from './find-transcript-turns.js'
import { continueSpeakers } from './continue-speakers.js'
import { resolveDescribedSpeakers } from './described-speakers.js'
import { resolveParsedSpeakers } from './parse-speakers.js'
import { notAttribution } from './not-attributions.js'
import { cueVerbOnly, cutAtConcession } from './clause-end.js'

/**
 * The quotes stage: transcript turns ("WALLACE: …") first, then direct quotes (quotation marks with their cue and
 * speaker, split and continuation quotes), then the attributions the trained tagger finds outside them, then what the indirect rules find
 * outside both. Every speaker is linked to its entity.
 */
export function attributeQuotes(
  doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'quotations' | 'entities' | 'times' | 'syntax'>,
  published?: string,
): Quote[] {
  const model = defaultQuoteModel()
  // The tagger's facts first: its words, one per spelling, are the rules' words too.
  const facts = tokenFacts(doc, model.rates, true)
  const ctx = createQuoteContext(doc, facts.views)
  const direct = findDirectQuotes(ctx)
  // The rules read quotation marks best (split and continuation quotes, dashes, headlines); the tagger reads the
  // reported speech around them; the indirect rules fill what the tagger leaves.
  const covered: Span[] = []
  const found = [
    // A transcript's turns first: the quotation marks around them are the transcript's, not the speaker's.
    ...outside(findTranscriptTurns(ctx), covered),
    ...outside(direct, covered),
    ...outside(findTaggedQuotes(ctx, model, quotedTokens(ctx, direct), facts), covered),
    // The indirect rules read the patterns the tagger misses: "according to X", "…, X said.", participles and
    // coordinated cues.
    ...outside(findIndirectQuotes(ctx, direct), covered),
  ]
  // A cue that governs no statement ("appears ready", "deny Democrats a landslide") makes no quote.
  const quotes = found.filter((q) => !notAttribution(ctx, q))
  for (const q of quotes) {
    cueVerbOnly(ctx, q)
    cutAtConcession(ctx, q)
  }
  quotes.sort((a, b) => a.content.start - b.content.start)
  continueSpeakers(doc.text, quotes, doc.entities)
  // The parse names the speakers the token-window rules left without one (it is imperfect: it only fills gaps).
  resolveParsedSpeakers(ctx, doc.syntax, quotes)
  resolveDescribedSpeakers(ctx, quotes)
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`
    const date = dateOf(doc, q) ?? published
    if (date) q.date = date
  })
  return quotes
}

/**
 * 1 for each token of a direct quote's words, source and cue, and for the marks and punctuation just around them:
 * a sentence of nothing else ("“…,” he said.") is left untagged.
 */
function quotedTokens(ctx: ReturnType<typeof createQuoteContext>, direct: readonly Quote[]): Uint8Array {
  const { tokens } = ctx.doc
  const quoted = new Uint8Array(tokens.length)
  const wordless = (t: number) => t >= 0 && t < tokens.length && !/[\p{L}\p{N}]/u.test(ctx.word(t))
  for (const q of direct) {
    for (const p of [...q.parts, ...(q.source ? [q.source] : []), ...(q.cue ? [q.cue] : [])]) {
      const first = ctx.tokenAt(p.start)
      let t = first
      for (; t < tokens.length && tokens[t].start < p.end; t++) quoted[t] = 1
      for (let k = first - 1; k >= first - 2 && wordless(k); k--) quoted[k] = 1
      for (let k = t; k < t + 2 && wordless(k); k++) quoted[k] = 1
    }
  }
  return quoted
}

/**
 * The quotes whose content no earlier quote covers, adding theirs to `covered` (spans sorted by start, not
 * overlapping): a binary search per quote, whatever the length of the text.
 */
function outside(quotes: readonly Quote[], covered: Span[]): Quote[] {
  const kept = quotes.filter(({ content }) => {
    let lo = 0
    let hi = covered.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (covered[mid].end <= content.start) lo = mid + 1
      else hi = mid
    }
    return lo === covered.length || covered[lo].start >= content.end
  })
  const spans = [...covered, ...kept.map((q) => q.content)].sort((a, b) => a.start - b.start)
  covered.length = 0
  for (const span of spans) {
    const last = covered[covered.length - 1]
    if (last && span.start < last.end)
      covered[covered.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else covered.push({ start: span.start, end: span.end })
  }
  return kept
}

/** A calendar date (day, week or month) in the quote's sentence but outside its content: "Zelensky said on Monday". */
function dateOf(doc: Pick<Doc, 'sentences' | 'times'>, q: Quote): string | undefined {
  const sentence = doc.sentences[q.sentence]
  if (!sentence) return undefined
  for (
    let k = firstStartingAtOrAfter(doc.times, sentence.start);
    k < doc.times.length && doc.times[k].end <= sentence.end;
    k++
  ) {
    const t = doc.times[k]
    if (
      t.type === 'DATE' &&
      t.value !== undefined &&
      /^\d{4}-(?:\d{2}|W\d{2})/.test(t.value) &&
      !q.parts.some((p) => p.start <= t.start && t.end <= p.end)
    )
      return t.value
  }
  return undefined
}

/** The quotes stage. */
export const attributeQuotesStage: Stage<'quotes'> = {
  layer: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'quotations', 'syntax', 'entities', 'times', 'structure'],
  run: (doc, ctx) => {
    const quotes = attributeQuotes(doc, anchorOf(doc)?.day)
    for (const q of quotes) {
      if (q.kind === 'direct' && !q.speakerId)
        ctx.report({
          ruleId: 'quotes/no-speaker',
          severity: 'info',
          reason: 'a direct quote whose speaker the text does not name',
          span: q.content,
        })
    }
    return quotes
  },
}
