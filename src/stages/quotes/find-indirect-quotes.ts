import type { Quotation, Quote, Span } from '../../doc/types.js'
import { COMPLEMENTIZERS, DIRECT_ONLY_CUES, PARTICIPLE_CUES, POSSESSIVES } from './lexicon.js'
import { clauseSubject, skipAdverbsLeft, speakerAround, type QuoteContext, type Speaker } from './quote-context.js'

const TRAILING = /[\s.,;:!?…]+$/
/** After "told", the listener comes before the reported clause: "told reporters on Monday that …". */
const ADVERBIAL_OPENERS =
  /^(?:on|in|at|during|last|this|earlier|later|yesterday|today|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
const OBJECT_CUES = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'urged',
  'urges',
  'urging',
  'accused',
  'accuses',
  'accusing',
  'asked',
  'warned',
  'reminded',
])

/**
 * Indirect (reported) and mixed speech, sentence by sentence, outside direct quotes, in the patterns the tagger
 * misses:
 * - "…, adding that …", "…, calling them …": a participle cue reports more of the same speaker;
 * - "X accused Y of … and claimed …": a coordinated cue reports more of the same speaker;
 * - "according to X, …" and "…, according to X";
 * - "…, X said.", "The plan, he said, will fail.": a trailing attribution reports the clause before it;
 * - content holding a quotation ("labeled him a “dictator”") makes the quote mixed.
 * Plain "X said (that) …", "X told reporters … that …", "X claimed, contrary to …, that …" are read only as the
 * statement a participle or coordinated cue continues: the tagger finds them better (their finds outside the
 * tagger's were mostly no attribution at all on PolNeAR dev).
 */
export function findIndirectQuotes(ctx: QuoteContext, direct: readonly Quote[]): Quote[] {
  const { tokens, sentences } = ctx.doc
  const directCues = new Set(direct.flatMap((q) => (q.cue ? [q.cue.start] : [])))
  const inDirect = new Uint8Array(tokens.length)
  for (const q of direct)
    for (const p of q.parts)
      for (let t = ctx.tokenAt(p.start); t < tokens.length && tokens[t].start < p.end; t++) inDirect[t] = 1
  const quotes: Quote[] = []
  sentences.forEach((sentence, s) => {
    // Headlines report in shorthand ("Kremlin Welcomes Dialogue"); their quotes are found by the direct rules.
    if (ctx.doc.paragraphs[sentence.paragraph]?.kind !== 'body') return
    const first = ctx.tokenAt(sentence.start)
    let last = first
    while (last < tokens.length && tokens[last].end <= sentence.end) last++
    let lastSpeaker: Speaker | undefined
    let lastQuote: Quote | undefined
    // Plain statements since the last one read, read only when a later cue continues one: most never are.
    const pending: number[] = []
    const settle = () => {
      while (pending.length > 0) {
        const cue = pending.pop()!
        const speaker = subjectBefore(ctx, cue, first)
        const content = speaker && clauseAfter(ctx, cue, last)
        if (!speaker || !content) continue
        lastSpeaker = speaker
        lastQuote = make(ctx, content, cue, speaker, s, 'quotes/indirect')
        pending.length = 0
      }
    }
    for (let i = first; i < last; i++) {
      // Only a cue or "according to" opens a statement: most tokens stop here.
      if (!ctx.cue(i) && ctx.lower(i) !== 'according') continue
      const start = tokens[i].start
      const quotation = ctx.quotationAt(i)
      // Words inside a quotation are the quoted person's, not the reporter's cues.
      if (inDirect[i] || (quotation && quotation.start < start && wordsIn(ctx, quotation) > 1)) continue
      if (ctx.lower(i) === 'according' && ctx.lower(i + 1) === 'to') {
        const quote = accordingTo(ctx, i, first, last, s)
        if (quote) quotes.push(quote)
        continue
      }
      if (!ctx.cue(i) || directCues.has(start) || DIRECT_ONLY_CUES.has(ctx.lower(i))) continue
      const trailing = trailingAttribution(ctx, i, first, last)
      if (trailing) {
        quotes.push(
          make(ctx, trailing.content, i, trailing.speaker, s, 'quotes/indirect-trailing', undefined, trailing.parts),
        )
        continue
      }
      const participle = PARTICIPLE_CUES.has(ctx.lower(i)) && ctx.word(i - 1) === ','
      const continues = participle || ctx.lower(i - 1) === 'and'
      if (!continues) {
        pending.push(i)
        continue
      }
      settle()
      // "… accused Ukraine of starting the war and claimed …": a second cue of the same speaker ends the first clause.
      const coordinated =
        ctx.lower(i - 1) === 'and' && lastQuote !== undefined && lastQuote.content.end >= tokens[i].end
      if (!coordinated && !participle) {
        pending.push(i)
        continue
      }
      const speaker = coordinated ? lastSpeaker : (lastSpeaker ?? clauseSubject(ctx, i - 1))
      if (!speaker) continue
      const content = clauseAfter(ctx, i, last)
      if (!content) continue
      if (coordinated && lastQuote) {
        lastQuote.content = { start: lastQuote.content.start, end: tokens[i - 2].end }
        lastQuote.parts = [lastQuote.content]
        lastQuote.kind = ctx.holdsQuotation(lastQuote.content) ? 'mixed' : 'indirect'
      }
      lastSpeaker = speaker
      lastQuote = make(
        ctx,
        content,
        i,
        speaker,
        s,
        coordinated ? 'quotes/indirect-coordinated' : 'quotes/indirect-participle',
      )
      quotes.push(lastQuote)
    }
  })
  return quotes
}

function wordsIn(ctx: QuoteContext, q: Quotation): number {
  // Asked for every token inside the quotation: counted once.
  let n = wordCounts.get(q)
  if (n === undefined) {
    n = ctx.doc.text.slice(q.open.end, q.close ? q.close.start : q.end).split(/\s+/).length
    wordCounts.set(q, n)
  }
  return n
}

const wordCounts = new WeakMap<Quotation, number>()

/** The speaker right before a cue, past adverbs: "Zelensky previously rejected", "Ukraine's air force reported". */
function subjectBefore(ctx: QuoteContext, cue: number, first: number): Speaker | undefined {
  const i = skipAdverbsLeft(ctx, cue - 1)
  if (i < first) return undefined
  // "His remarks follow …": a possessive owns the noun; it does not speak.
  if (POSSESSIVES.has(ctx.lower(i))) return undefined
  const speaker = speakerAround(ctx, i, -1)
  if (speaker?.entity) return speaker
  return subjectPhrase(ctx, i, first)
}

const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'if',
  'when',
  'because',
  'while',
  'although',
  'though',
  'as',
  'since',
  'where',
  'but',
  'so',
  'than',
  'to',
  'not',
])

/**
 * A short subject with no entity in it, from the start of its clause to the cue: "The campaign said",
 * "State and local leaders said", "However, the city said". At most eight words, none that opens a clause.
 */
function subjectPhrase(ctx: QuoteContext, last: number, first: number): Speaker | undefined {
  let start = first
  for (let k = last; k > first; k--) {
    if (ctx.word(k) === ',') {
      start = k + 1
      break
    }
  }
  if (last - start + 1 > 8 || last < start) return undefined
  for (let k = start; k <= last; k++) {
    if (CLAUSE_WORDS.has(ctx.lower(k)) || !/^[\p{L}\p{N}’'&.-]+$/u.test(ctx.word(k))) return undefined
  }
  const { tokens } = ctx.doc
  return { source: { start: tokens[start].start, end: tokens[last].end } }
}

/** The reported clause after a cue, to the end of the sentence, from its "that"; a listener ("told reporters") skipped. */
function clauseAfter(ctx: QuoteContext, cue: number, last: number): Span | undefined {
  const { tokens, text } = ctx.doc
  let i = cue + 1
  if (OBJECT_CUES.has(ctx.lower(cue))) {
    for (let k = i; k < Math.min(last, i + 8); k++) {
      if (COMPLEMENTIZERS.has(ctx.lower(k))) {
        i = k
        break
      }
    }
  }
  // "said on Monday that …", "said in a statement that …": a short adverbial before "that" belongs to the cue.
  if (ADVERBIAL_OPENERS.test(ctx.word(i))) {
    for (let k = i + 1; k < Math.min(last, i + 7); k++) {
      if (COMPLEMENTIZERS.has(ctx.lower(k))) {
        i = k
        break
      }
    }
  }
  // "claimed, contrary to independent polls, that …": the aside before "that" is the reporter's, not the speaker's.
  for (let k = i; k < Math.min(last, i + 10); k++) {
    if (COMPLEMENTIZERS.has(ctx.lower(k)) && ctx.word(k - 1) === ',') {
      i = k
      break
    }
  }
  if (i >= last) return undefined
  const start = tokens[i].start
  const end = start + text.slice(start, tokens[last - 1].end).replace(TRAILING, '').length
  if (end - start < 3 || !/\s/.test(text.slice(start, end))) return undefined
  return { start, end }
}

function accordingTo(ctx: QuoteContext, i: number, first: number, last: number, s: number): Quote | undefined {
  const { tokens, text } = ctx.doc
  // "according to Dr. Priya Nair": an honorific the entities stage left out comes before the name.
  let at = i + 2
  while (at < i + 5 && !ctx.owner[at] && /^\p{Lu}[\p{L}]*\.?$/u.test(ctx.word(at))) at++
  const named = ctx.owner[at] ? speakerAround(ctx, at, 1) : undefined
  const speaker = named
    ? { ...named, source: { start: ctx.doc.tokens[i + 2].start, end: named.source.end } }
    : speakerAround(ctx, i + 2, 1)
  if (!speaker) return undefined
  const after = ctx.tokenAt(speaker.source.end)
  let content: Span | undefined
  if (i === first || (i === first + 1 && /^[A-Z]/.test(ctx.word(first)))) {
    // "According to X, …"
    const from = ctx.word(after) === ',' ? after + 1 : after
    if (from < last)
      content = {
        start: tokens[from].start,
        end: tokens[from].start + text.slice(tokens[from].start, tokens[last - 1].end).replace(TRAILING, '').length,
      }
  } else if (ctx.word(i - 1) === ',') {
    // "…, according to X."
    content = { start: tokens[first].start, end: tokens[i - 2].end }
  }
  return content
    ? make(ctx, content, i, speaker, s, 'quotes/according-to', { start: tokens[i].start, end: tokens[i + 1].end })
    : undefined
}

/**
 * "Trump will lose, Smith said." / "…, said a spokesman." / "The plan, he said, will fail.": an attribution
 * after the clause (or inside it, between commas) reports the clause.
 */
function trailingAttribution(
  ctx: QuoteContext,
  cue: number,
  first: number,
  last: number,
): { content: Span; speaker: Speaker; parts: Span[] } | undefined {
  const { tokens, text } = ctx.doc
  let speaker: Speaker | undefined
  let before: number // index of the comma before the attribution
  let after: number // index of the token after the attribution
  const next = ctx.word(cue - 1) === ',' ? speakerAround(ctx, cue + 1, 1) : undefined
  // "Ivanka Trump, the nominee's daughter, noted the rule": a name and its appositive are the subject, not a statement.
  const subjectFirst = () =>
    ctx.owner[first] !== undefined && ctx.word(ctx.tokenAt(speakerAround(ctx, first, 1)?.source.end ?? 0)) === ','
  if (next && !subjectFirst()) {
    speaker = next
    before = cue - 1
    after = ctx.tokenAt(next.source.end)
  } else {
    // The attribution ends the clause or stands between commas: "… said that …" is no trailing attribution.
    if (!closesAttribution(ctx, skipTimeWords(ctx, cue + 1, last), last)) return undefined
    const k = skipAdverbsLeft(ctx, cue - 1)
    const prev = k >= first ? (speakerAround(ctx, k, -1) ?? describedSpeaker(ctx, k, first)) : undefined
    if (!prev) return undefined
    speaker = prev
    before = ctx.tokenAt(prev.source.start) - 1
    after = cue + 1
  }
  if (before <= first || ctx.word(before) !== ',') return undefined
  after = skipTimeWords(ctx, after, last)
  if (!closesAttribution(ctx, after, last)) return undefined
  if (ctx.quotationAt(first) && ctx.quotationAt(first)!.start === tokens[first].start) return undefined // a direct quote, found already
  const parts = [{ start: tokens[first].start, end: tokens[before - 1].end }]
  if (after < last && ctx.word(after) === ',') {
    // "The plan, he said, will fail."
    const tailStart = tokens[after + 1].start
    parts.push({
      start: tailStart,
      end: tailStart + text.slice(tailStart, tokens[last - 1].end).replace(TRAILING, '').length,
    })
  }
  const content = { start: parts[0].start, end: parts[parts.length - 1].end }
  return { content, speaker, parts }
}

/** Past the words of a time after an attribution: "said on Monday", "said last week". */
function skipTimeWords(ctx: QuoteContext, at: number, last: number): number {
  while (
    at < last &&
    /^(?:on|in|at|this|last|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$/i.test(
      ctx.word(at),
    )
  )
    at++
  return at
}

/** Whether token `at` (after an attribution) ends its sentence or opens the rest of the clause after a comma. */
function closesAttribution(ctx: QuoteContext, at: number, last: number): boolean {
  if (at >= last) return true
  if (ctx.word(at) === ',') return at + 1 < last
  return /^[.!?…]$/.test(ctx.word(at))
}

/**
 * "…, officials said.", "…, senior Western diplomats said.", "…, people familiar with the talks said.": after the
 * comma that closes a statement, the few words before its cue name the speaker even when no entity covers them.
 */
function describedSpeaker(ctx: QuoteContext, last: number, first: number): Speaker | undefined {
  const { tokens } = ctx.doc
  let k = last
  while (k > first && last - k < 6 && ctx.word(k) !== ',') {
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(ctx.word(k)) || ctx.cue(k) || SPEAKER_STOPS.has(ctx.lower(k))) return undefined
    k--
  }
  if (ctx.word(k) !== ',' || k === last) return undefined
  return { source: { start: tokens[k + 1].start, end: tokens[last].end } }
}

/** Words that cannot stand in a described speaker: they open a clause or carry its verb. */
const SPEAKER_STOPS: ReadonlySet<string> = new Set([
  ...CLAUSE_WORDS,
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'and',
  'or',
  'it',
  'this',
  'there',
])

function make(
  ctx: QuoteContext,
  content: Span,
  cue: number,
  speaker: Speaker,
  sentence: number,
  rule: string,
  cueSpan?: Span,
  parts: Span[] = [content],
): Quote {
  const t = ctx.doc.tokens[cue]
  const mixed = ctx.holdsQuotation(content)
  return {
    id: '',
    kind: mixed ? 'mixed' : 'indirect',
    content,
    parts,
    rule,
    cue: cueSpan ?? { start: t.start, end: t.end },
    polarity: ctx.cue(cue) ?? 'assert',
    source: speaker.source,
    ...(speaker.entity && { speakerId: speaker.entity.id }),
    sentence,
  }
}
