import type { Entity, Quote } from '../../doc/types.js'
import { BODY_NOUNS, DESCRIPTION_NOUNS } from './lexicon.js'
import type { QuoteContext } from './quote-context.js'

/** How far back, in sentences, a description looks for the person it describes. */
const WINDOW_SENTENCES = 4

/**
 * A source that describes a person the article named earlier speaks as that person: "The Republican nominee said",
 * "the mayor told reporters", "The New York businessman added" (rule `quotes/described-speaker`). The person is one
 * named (or quoted) in the four sentences up to the source, of the description's gender when it tells one: the one
 * whose title has the description's noun, else the most salient of those who spoke before (a described source
 * is most often someone already quoted), else the most salient. A description nothing fits stays literal. Quotes
 * are in text order; changes them in place. "The company said" likewise speaks as the organisation named just before.
 */
export function resolveDescribedSpeakers(ctx: QuoteContext, quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.speakerId || !q.source) continue
    const first = ctx.tokenAt(q.source.start)
    const body = describedBody(ctx, q.source)
    if (body) {
      const named = bodyBefore(ctx, first, body)
      if (named) {
        q.speakerId = named.id
        q.rule = `${q.rule}+quotes/described-speaker`
      }
      continue
    }
    const noun = describedNoun(ctx, q.source)
    if (!noun) continue
    const spoke = new Set(quotes.filter((o) => o.sentence <= q.sentence && o.speakerId).map((o) => o.speakerId))
    // A one-word "person" that never spoke is as often a team or a town the tagger misread ("Some Millikin fans").
    const candidates = peopleBefore(ctx, quotes, first).filter(
      (e) => (!noun.gender || !e.gender || e.gender === noun.gender) && (spoke.has(e.id) || e.name.includes(' ')),
    )
    const titled = candidates.filter((e) => e.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(noun.word)))
    const quoted = candidates.filter((e) => spoke.has(e.id))
    const pool = titled.length ? titled : quoted.length ? quoted : candidates
    const best = pool.reduce<Entity | undefined>((a, e) => (!a || e.salience > a.salience ? e : a), undefined)
    if (best) {
      q.speakerId = best.id
      q.rule = `${q.rule}+quotes/described-speaker`
    }
  }
}

/**
 * The head noun of a definite description of a person ("The GOP nominee", "the South Carolina senator", "the
 * woman"), with the gender it tells; undefined for anything else (a name, "the campaign", "a spokesman").
 */
function describedNoun(ctx: QuoteContext, source: { start: number; end: number }): DescribedNoun | undefined {
  const first = ctx.tokenAt(source.start)
  let last = ctx.tokenAt(source.end - 1)
  if (ctx.lower(first) !== 'the' || last - first > 6) return undefined
  while (last > first && /^[,;]$/.test(ctx.word(last))) last--
  const word = ctx.lower(last)
  const gender = DESCRIPTION_NOUNS.get(word)
  if (gender === undefined) return undefined
  // Every word a modifier, none a person's name: "the Trump spokesman" describes a spokesman, not Trump.
  for (let k = first + 1; k <= last; k++) if (ctx.owner[k]?.label === 'PERSON') return undefined
  return { word, gender: gender || undefined }
}

interface DescribedNoun {
  word: string
  gender: 'm' | 'f' | undefined
}

/**
 * People named by name outside quotations and not as possessors ("Gary Johnson’s doctor"), or speaking, in the
 * window of sentences that ends at token `at`.
 */
function peopleBefore(ctx: QuoteContext, quotes: readonly Quote[], at: number): Entity[] {
  const { tokens, sentences } = ctx.doc
  const sentence = ctx.sentenceOf(at)
  const from = sentences[Math.max(0, sentence - WINDOW_SENTENCES + 1)]?.start ?? 0
  const to = tokens[at].start
  const found = new Set<Entity>()
  for (const e of ctx.doc.entities) {
    if (e.label !== 'PERSON') continue
    const named = e.mentions.some((m) => {
      if (m.kind !== 'name' || m.start < from || m.start >= to) return false
      const last = ctx.tokenAt(m.end - 1)
      return !ctx.quotationAt(last) && !/^[’']s$/.test(ctx.word(last + 1))
    })
    if (named) found.add(e)
  }
  const byId = new Map(ctx.doc.entities.map((e) => [e.id, e]))
  for (const q of quotes) {
    if (q.sentence > sentence || q.sentence <= sentence - WINDOW_SENTENCES || !q.speakerId) continue
    const e = byId.get(q.speakerId)
    if (e?.label === 'PERSON') found.add(e)
  }
  return [...found]
}

/** The head noun of a definite description of an organisation ("The company", "the Ohio bank"), if it is one. */
function describedBody(ctx: QuoteContext, source: { start: number; end: number }): string | undefined {
  const first = ctx.tokenAt(source.start)
  const last = ctx.tokenAt(source.end - 1)
  if (ctx.lower(first) !== 'the' || last - first > 3 || !BODY_NOUNS.has(ctx.lower(last))) return undefined
  for (let k = first + 1; k <= last; k++) if (ctx.owner[k]) return undefined
  return ctx.lower(last)
}

/**
 * The organisation "the company" describes: one named by name in the four sentences before token `at`, the one
 * whose name holds the noun ("the commission" → Commission on Presidential Debates) or else the last named.
 */
function bodyBefore(ctx: QuoteContext, at: number, noun: string): Entity | undefined {
  const { tokens, sentences } = ctx.doc
  const sentence = ctx.sentenceOf(at)
  const from = sentences[Math.max(0, sentence - WINDOW_SENTENCES + 1)]?.start ?? 0
  const to = tokens[at].start
  let last: { entity: Entity; start: number } | undefined
  let holding: Entity | undefined
  for (const e of ctx.doc.entities) {
    if (e.label !== 'ORG') continue
    for (const m of e.mentions) {
      if (m.kind !== 'name' || m.start < from || m.start >= to || ctx.quotationAt(ctx.tokenAt(m.start))) continue
      if (!last || m.start > last.start) last = { entity: e, start: m.start }
      if (e.name.toLowerCase().split(/\s+/).includes(noun)) holding = e
    }
  }
  return holding ?? last?.entity
}
