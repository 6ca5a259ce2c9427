import { indexAt } from '../../doc/span.js'
import type { Quote, Span } from '../../doc/types.js'
import { innerWords } from './find-direct-quotes.js'
import { groupRoles, type TokenRelation } from './group-roles.js'
import {
  clauseSubject,
  headEntity,
  RELATIVE_PRONOUNS,
  skipAdverbsLeft,
  speakerAround,
  type QuoteContext,
} from './quote-context.js'
import { tagRoles, type QuoteModel } from './quote-model.js'
import type { TokenFacts } from './token-facts.js'
import { CUE_ADVERBS, PARTICIPLE_CUES } from './lexicon.js'

/**
 * Attributions the trained tagger finds (sources, cues and contents the rules cannot list: "mocked", "figures
 * that", "the poll shows"), as quotes. The speaker is the entity named last in the source ("Clinton’s campaign
 * manager Robby Mook" → Robby Mook); the cue's polarity comes from the lexicon word in it.
 */
export function findTaggedQuotes(
  ctx: QuoteContext,
  model: QuoteModel,
  quoted?: Uint8Array,
  facts?: TokenFacts,
): Quote[] {
  const { doc } = ctx
  const quotes: Quote[] = []
  const spans = tagRoles(doc, model, quoted, facts)
  const tagged = new Uint8Array(doc.tokens.length)
  for (const s of spans) tagged.fill(1, s.start, s.end)
  for (const relation of withoutNested(ctx, groupRoles(spans, ctx.sentenceOf, doc.sentences))) {
    // A cue the lexicon reads as a noun here ("federal and state law") reports nothing.
    if (
      relation.cue &&
      relation.cue.end - relation.cue.start === 1 &&
      /^states?$/.test(ctx.lower(relation.cue.start)) &&
      !ctx.cue(relation.cue.start)
    )
      continue
    const quote = toQuote(
      ctx,
      toSentenceEnd(ctx, withSubject(ctx, afterParticiple(ctx, accordingTo(ctx, relation))), tagged),
    )
    // Reported speech with neither a cue nor a source is a stray run of content, not a statement.
    // So is a short quotation with neither: a name or a term ("the so-called “peace plan”", the song “Born in the
    // USA”), not speech.
    if (!quote || (!quote.cue && !quote.source && (quote.kind === 'indirect' || !standsAlone(ctx, quote)))) continue
    // A cue no word list holds and training never saw opening a cue ("care", "makes", "were also"): on PolNeAR dev
    // such statements were wrong two times in three.
    if (relation.cue && quote.kind !== 'direct' && unseenCue(ctx, relation.cue, model)) continue
    // "…, calling them …", "… and reiterated that …": a cue with no source of its own reports more of the
    // speaker before it in the same sentence.
    const previous = quotes[quotes.length - 1]
    if (
      quote.cue &&
      !quote.source &&
      previous?.source &&
      previous.sentence === quote.sentence &&
      previous.content.start < quote.content.start
    ) {
      quote.source = previous.source
      if (previous.speakerId) quote.speakerId = previous.speakerId
    }
    quotes.push(...splitCoordinated(ctx, quote))
  }
  return quotes
}

/**
 * Whether a quote with neither cue nor source can stand as speech on its own: five quoted words or more, or a
 * headline's (whose speaker the story names).
 */
function standsAlone(ctx: QuoteContext, quote: Quote): boolean {
  const { doc } = ctx
  if (doc.paragraphs[indexAt(doc.paragraphs, quote.content.start)]?.kind !== 'body') return true
  let quoted = 0
  for (
    let t = ctx.tokenAt(quote.content.start);
    quoted < 5 && t < doc.tokens.length && doc.tokens[t].start < quote.content.end;
    t++
  ) {
    if ((quote.kind === 'direct' || ctx.quotationAt(t)) && /[\p{L}\p{N}]/u.test(ctx.word(t))) quoted++
  }
  return quoted >= 5
}

/** True when no word of the cue is a reporting verb of the lexicon or opened cues in training (`CueRates`). */
function unseenCue(ctx: QuoteContext, cue: { start: number; end: number }, model: QuoteModel): boolean {
  for (let k = cue.start; k < cue.end; k++) if (ctx.cue(k) || model.rates.has(ctx.lower(k))) return false
  return true
}

/**
 * "He notes that the Commission announced that there was an issue": an attribution right where another's reported
 * clause stops is part of that clause (PolNeAR never nests relations), so the outer content takes it whole.
 */
function withoutNested(ctx: QuoteContext, relations: TokenRelation[]): TokenRelation[] {
  const kept: TokenRelation[] = []
  for (const r of relations) {
    const outer = kept[kept.length - 1]
    const last = outer?.content[outer.content.length - 1]
    const first = Math.min(r.source?.start ?? Infinity, r.cue?.start ?? Infinity, r.content[0].start)
    if (
      outer?.cue &&
      last &&
      outer.cue.end <= outer.content[0].start &&
      last.end === first &&
      ctx.sentenceOf(first) === ctx.sentenceOf(last.end - 1)
    ) {
      const end = Math.max(...r.content.map((c) => c.end), r.cue?.end ?? 0, r.source?.end ?? 0)
      kept[kept.length - 1] = { ...outer, content: [...outer.content.slice(0, -1), { ...last, end }] }
      continue
    }
    kept.push(r)
  }
  return kept
}

/** Words that open a time, place or reason adjunct rather than go on with an object ("… Machado in early-morning tweets"). */
const ADJUNCT_OPENERS = new Set([
  'in',
  'during',
  'since',
  'after',
  'before',
  'at',
  'on',
  'amid',
  'over',
  'without',
  'through',
  'despite',
  'while',
  'when',
  'because',
  'following',
  'until',
  'ahead',
  'earlier',
  'last',
  'this',
  'yesterday',
  'today',
])
/** First words of a reported clause, which may run on past such a word. */
const CLAUSE_OPENERS = new Set(['that', 'to', 'if', 'whether', 'what', 'why', 'how', 'when', 'where', 'who', 'which'])

/**
 * "said the suing states were exaggerating the reach of the EPA.": reported speech after its cue runs to the end
 * of the sentence; where the tagger stops short and leaves the rest of the sentence untagged, the content takes it.
 */
export function toSentenceEnd(ctx: QuoteContext, r: TokenRelation, tagged: Uint8Array): TokenRelation {
  const last = r.content[r.content.length - 1]
  if (!r.cue || !last || r.cue.end > r.content[0].start) return r
  const sentence = ctx.sentenceOf(last.end - 1)
  // "attacked Machado in early-morning tweets": an object the tagger ended before an adjunct is whole.
  if (ADJUNCT_OPENERS.has(ctx.lower(last.end)) && !CLAUSE_OPENERS.has(ctx.lower(r.content[0].start))) return r
  let end = last.end
  while (end < tagged.length && !tagged[end] && ctx.sentenceOf(end) === sentence && !ctx.quotationAt(end)) end++
  if (end < tagged.length && ctx.sentenceOf(end) === sentence) return r
  while (end > last.end && /^[.!?;:,)\]]$/.test(ctx.word(end - 1))) end--
  return end > last.end ? { ...r, content: [...r.content.slice(0, -1), { ...last, end }] } : r
}

/**
 * "According to two officials familiar with the talks, the deal …": the source runs to the comma, where the tagger
 * may have begun the content early.
 */
function accordingTo(ctx: QuoteContext, r: TokenRelation): TokenRelation {
  const {
    cue,
    source,
    content: [first],
  } = r
  if (!cue || !source || ctx.lower(cue.start) !== 'according' || cue.end !== source.start || source.end !== first.start)
    return r
  let comma = first.start
  while (comma < first.end && ctx.word(comma) !== ',') comma++
  if (comma + 1 >= first.end) return r
  return { ...r, source: { ...source, end: comma }, content: [{ ...first, start: comma + 1 }, ...r.content.slice(1)] }
}

/**
 * "…, Zelensky said in a press conference, adding that …": what a participle after a comma reports follows it, and
 * its speaker is the person the clause it hangs from names, when the tagger gave it no source or one that names
 * nobody ("a Kyiv press conference"). Content the tagger saw before the participle is the other clause's.
 */
function afterParticiple(ctx: QuoteContext, r: TokenRelation): TokenRelation {
  const cue = r.cue
  if (!cue || !PARTICIPLE_CUES.has(ctx.lower(cue.start)) || ctx.word(cue.start - 1) !== ',') return r
  const content = r.content.filter((c) => c.start >= cue.end)
  let out = content.length && content.length < r.content.length ? { ...r, content } : r
  if (!out.source || !namesSomeone(ctx, out.source)) {
    const speaker = clauseSubject(ctx, cue.start - 1)
    const source = speaker && {
      type: 'SOURCE' as const,
      start: ctx.tokenAt(speaker.source.start),
      end: ctx.tokenAt(speaker.source.end - 1) + 1,
    }
    out = { ...out, source }
  }
  return out
}

/** True when a person or organisation is named within tokens [start, end). */
function namesSomeone(ctx: QuoteContext, { start, end }: { start: number; end: number }): boolean {
  for (let t = start; t < end; t++) if (ctx.owner[t]?.label === 'PERSON' || ctx.owner[t]?.label === 'ORG') return true
  return false
}

/** Whether a source is a relative clause between commas: ", who leads the state health department,". */
function setOffRelative(ctx: QuoteContext, source: { start: number; end: number }): boolean {
  return (
    RELATIVE_PRONOUNS.has(ctx.lower(source.start)) &&
    ctx.word(source.start - 1) === ',' &&
    (ctx.word(source.end - 1) === ',' || ctx.word(source.end) === ',')
  )
}

/**
 * A cue the tagger left without a source takes the entity right before it, past adverbs ("Trump also falsely
 * accused"), as the rules read it; words of that subject the tagger took for content are given back.
 */
function withSubject(ctx: QuoteContext, r: TokenRelation): TokenRelation {
  // "The senator, whose state relies on coal, has opposed …", "Dr. Amy Cho, who leads the department, urged …": a
  // source opening with "whose", or a relative clause set off by commas, is the clause's, not the speaker ("an
  // architect who said" keeps "who").
  if (r.source && !/^whose$/i.test(ctx.word(r.source.start)) && !setOffRelative(ctx, r.source)) return r
  if (r.source) r = { ...r, source: undefined }
  if (!r.cue) return r
  const cue = r.cue.start
  let at = skipAdverbsLeft(ctx, cue - 1)
  // "Trump's claim that …": the possessor of a cue noun speaks.
  if (/^[’']s$/.test(ctx.word(at))) at--
  const speaker = speakerAround(ctx, at, -1)
  if (!speaker?.entity) return r
  const start = ctx.tokenAt(speaker.source.start)
  const end = ctx.tokenAt(speaker.source.end - 1) + 1
  if (ctx.sentenceOf(start) !== ctx.sentenceOf(cue)) return r
  const content = r.content.filter((c) => !(c.end <= cue && c.end > start))
  return content.length ? { ...r, source: { type: 'SOURCE', start, end }, content } : r
}

/**
 * "accused Ukraine of starting the war and claimed, contrary to the polls, that …", "defended his actions, claiming
 * …": a second reporting verb joined by "and", or a participle after a comma, opens a second statement of the same
 * speaker, with its own cue and polarity.
 */
function splitCoordinated(ctx: QuoteContext, quote: Quote): Quote[] {
  const { tokens } = ctx.doc
  if (quote.kind === 'direct' || !quote.cue) return [quote]
  const first = ctx.tokenAt(quote.content.start)
  for (let k = first + 2; k < tokens.length && tokens[k].end < quote.content.end; k++) {
    const joined = ctx.lower(k - 1) === 'and' || (ctx.word(k - 1) === ',' && PARTICIPLE_CUES.has(ctx.lower(k)))
    if (!joined || !ctx.cue(k) || ctx.quotationAt(k)) continue
    let start = k + 1
    if (ctx.word(start) === ',') {
      // The reporter's aside after the verb: ", contrary to independent polls,".
      let close = start + 1
      while (close < tokens.length && tokens[close].end < quote.content.end && ctx.word(close) !== ',') close++
      if (ctx.word(close) === ',') start = close + 1
    }
    if (tokens[start] === undefined || tokens[start].start >= quote.content.end) return [quote]
    const clip = (from: number, to: number) =>
      quote.parts
        .filter((p) => p.end > from && p.start < to)
        .map((p) => ({ start: Math.max(p.start, from), end: Math.min(p.end, to) }))
    const headParts = clip(quote.content.start, tokens[k - 2].end)
    const tailParts = clip(tokens[start].start, quote.content.end)
    if (!headParts.length || !tailParts.length) return [quote]
    const piece = (parts: Span[]): Quote => {
      const content = { start: parts[0].start, end: parts[parts.length - 1].end }
      return { ...quote, content, parts, kind: parts.some((p) => ctx.holdsQuotation(p)) ? 'mixed' : 'indirect' }
    }
    const second = { ...piece(tailParts), cue: { start: tokens[k].start, end: tokens[k].end }, polarity: ctx.cue(k)! }
    const firstPart = piece(headParts)
    return [firstPart, second]
  }
  return [quote]
}

/** A piece between commas, after the cue and before another piece: the reporter's aside ("claimed, contrary to the polls, that …"). */
function aside(ctx: QuoteContext, r: TokenRelation, k: number): boolean {
  const piece = r.content[k]
  const next = r.content[k + 1]
  return (
    r.cue !== undefined &&
    next !== undefined &&
    piece.start > r.cue.start &&
    ctx.word(piece.start - 1) === ',' &&
    ctx.word(piece.end) === ','
  )
}

/**
 * Where the reported clause starts: at its complementizer after an aside that opens the content ("said, without
 * offering evidence, that …" → "that …").
 */
function clauseStart(ctx: QuoteContext, c: { start: number; end: number }): number {
  let start = c.start
  if (ctx.word(start - 1) === ',') {
    for (let k = start; k < Math.min(c.end - 2, start + 10); k++) {
      if (ctx.word(k) === ',' && ctx.lower(k + 1) === 'that') {
        start = k + 1
        break
      }
    }
  }
  return start
}

/**
 * Where the words that name a source's speaker end: the whole source ("Clinton’s campaign manager Robby Mook",
 * "Lindqvist's spokesman, Jonas Berg"), but for an appositive or relative clause after a person's name ("Jeffrey
 * Trimble, a senior official with the Broadcasting Board", "Ana Ruiz, who ran against Tom Reyes,"), whose names
 * are not the speaker.
 */
function speakerEnd(ctx: QuoteContext, source: { start: number; end: number }): number {
  for (let t = source.start + 1; t < source.end; t++) {
    if (ctx.word(t) !== ',') continue
    if (RELATIVE_PRONOUNS.has(ctx.lower(t + 1))) return t
    // A person named before the comma, not as an owner ("Lindqvist's spokesman, Jonas Berg").
    for (let k = source.start; k < t; k++)
      if (ctx.owner[k]?.label === 'PERSON' && ctx.owner[k + 1] !== ctx.owner[k] && !/^[’']s$/.test(ctx.word(k + 1)))
        return t
    return source.end
  }
  return source.end
}

/** The relation as a quote; undefined for a one-word quotation (a scare quote or a title, not speech). */
function toQuote(ctx: QuoteContext, r: TokenRelation): Quote | undefined {
  const { text, tokens, quotations } = ctx.doc
  const spanOf = (s: { start: number; end: number }): Span => ({
    start: tokens[s.start].start,
    end: tokens[s.end - 1].end,
  })
  // The content is the reported clause, its complementizer included ("said that …"); the reporter's asides are not.
  const pieces = r.content.filter((_, k) => !aside(ctx, r, k)).map((c) => ({ ...c, start: clauseStart(ctx, c) }))
  let parts = pieces.map(spanOf)
  let kind: Quote['kind'] = 'indirect'
  // A content that is one whole quotation is a direct quote: its words without the marks.
  const q = quotations[indexAt(quotations, parts[0].start)]
  if (
    parts.length === 1 &&
    q &&
    q.depth === 0 &&
    q.close &&
    q.start === parts[0].start &&
    q.end >= parts[0].end - 1 &&
    q.end <= parts[0].end + 1
  ) {
    parts = [{ start: q.open.end, end: q.close.start }]
    kind = 'direct'
    if (innerWords(text, q, 2) < 2) return undefined
  } else if (parts.some((p) => ctx.holdsQuotation(p))) kind = 'mixed'
  const content = { start: parts[0].start, end: parts[parts.length - 1].end }
  const quote: Quote = {
    id: '',
    kind,
    content,
    parts,
    rule: 'quotes/tagged',
    sentence: Math.max(0, ctx.sentenceOf(ctx.tokenAt(content.start))),
  }
  if (r.cue) {
    // "also falsely accused" → "accused": adverbs and auxiliaries before the reporting verb are not the cue.
    let from = r.cue.start
    while (from < r.cue.end && !ctx.cue(from)) from++
    if (from === r.cue.end) from = r.cue.start
    quote.cue = spanOf({ start: from, end: r.cue.end })
    quote.polarity = ctx.cue(from) ?? 'assert'
  }
  if (r.source) {
    // "Romero later told CNN": adverbs and auxiliaries the tagger took into the source are the cue's.
    let sourceEnd = r.source.end
    while (sourceEnd - 1 > r.source.start && !ctx.owner[sourceEnd - 1] && CUE_ADVERBS.has(ctx.lower(sourceEnd - 1)))
      sourceEnd--
    quote.source = spanOf({ start: r.source.start, end: sourceEnd })
    const entity = headEntity(ctx, r.source.start, speakerEnd(ctx, r.source))
    if (entity) quote.speakerId = entity.id
  }
  return withoutAntecedent(ctx, quote)
}

/**
 * The antecedent of a relative-pronoun source is no content ("the Harbor Police Department, which reported that 40 boats
 * were stolen" reports only "that 40 boats were stolen"): pieces that end right before the pronoun are dropped.
 */
function withoutAntecedent(ctx: QuoteContext, quote: Quote): Quote {
  const source = quote.source
  if (!source || !RELATIVE_PRONOUNS.has(ctx.lower(ctx.tokenAt(source.start)))) return quote
  const parts = quote.parts.filter((p) => p.start >= source.end)
  if (!parts.length || parts.length === quote.parts.length) return quote
  const content = { start: parts[0].start, end: parts[parts.length - 1].end }
  return { ...quote, parts, content, sentence: Math.max(0, ctx.sentenceOf(ctx.tokenAt(content.start))) }
}
