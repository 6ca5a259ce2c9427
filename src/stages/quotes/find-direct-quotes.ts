import { indexAt } from '../../doc/span.js'
import type { Quotation, Quote, Span } from '../../doc/types.js'
import {
  clauseSubject,
  skipAdverbsLeft,
  speakerAround,
  SUBJECT_PRONOUNS,
  type QuoteContext,
  type Speaker,
} from './quote-context.js'

const WORD = /[\p{L}\p{N}]+/gu
const DASHES = new Set(['—', '–', '-', '--'])

/**
 * How many words a quotation quotes (marks excluded), counted up to `limit`: the rules ask whether a quotation
 * holds two or five words, and a long quotation is not read to its end for that.
 */
export function innerWords(text: string, q: Quotation, limit = Infinity): number {
  const end = q.close ? q.close.start : q.end
  WORD.lastIndex = q.open.end
  let n = 0
  for (; n < limit; n++) {
    const m = WORD.exec(text)
    if (!m || m.index >= end) break
  }
  return n
}

interface Attribution {
  cue?: Span
  speaker?: Speaker
  rule: string
  /** The quotation continuing this one after the attribution ("…,” said Peskov, “…”). */
  next?: Quotation
}

/**
 * Direct quotes: quotations of two words or more, attributed by the cue and speaker beside them.
 * - after: "“…,” Zelensky said." / "“…,” said Peskov." / "“…” — Commissioner X"
 * - before: "Zelensky said: “…”", "He said, “…”", a colon introduction ending the previous paragraph
 *   ("Caddell continued:"), and headlines ("Zelensky: ‘I am ready’")
 * - split: "“…,” said Peskov, “…”" and "“…,” Warren said. “…”" (a quotation with no cue of its own after the
 *   attribution, in the same paragraph) are one quote in two parts
 * - continuation: a quotation opening the next paragraph with no cue of its own takes the speaker of the quote
 *   just before it (news style); anything else in between breaks the chain.
 * - a fragment the reporter leads into ("the tax “is a misguided approach,” said Burman") is mixed, lead included.
 * One-word quotations ("dictator") are fragments of reported speech, left to the indirect rules; a quotation right
 * after the work it names ("the anthem “A Change Is Gonna Come”") is a title.
 */
export function findDirectQuotes(ctx: QuoteContext): Quote[] {
  const { text, quotations, paragraphs } = ctx.doc
  const candidates = quotations.filter((q) => q.depth === 0 && innerWords(text, q, 2) >= 2 && !namesWork(ctx, q))
  const quotes: Quote[] = []
  const used = new Set<Quotation>()
  let previous: { quote: Quote; paragraph: number; end: number } | undefined
  for (const q of candidates) {
    if (used.has(q)) continue
    const found = after(ctx, q) ?? before(ctx, q)
    const parts: Span[] = [inner(q)]
    if (found?.next) {
      used.add(found.next)
      parts.push(inner(found.next))
    }
    const paragraph = indexAt(paragraphs, q.start)
    let quote: Quote | undefined
    if (found) {
      quote = make(ctx, parts, found)
      const lead = found.rule === 'quotes/direct-cue-before' ? undefined : leadIn(ctx, q)
      if (lead) {
        // "using the capital gains tax ''is a misguided approach,'' said Mr. Burman": the reporter's words that
        // lead into the quoted fragment belong to the statement, which is mixed.
        quote.parts[0] = { start: lead.start, end: quote.parts[0].end }
        quote.content = { start: lead.start, end: quote.content.end }
        quote.kind = 'mixed'
      }
    } else if (previous && previous.paragraph === paragraph && continues(ctx, previous, q, paragraph)) {
      // "“…,” Warren said. “…”": the same quote goes on after its attribution (one relation in PolNeAR and PARC).
      previous.quote.parts.push(...parts)
      previous.quote.content = { start: previous.quote.content.start, end: parts[parts.length - 1].end }
      previous.end = q.end
      continue
    } else if (previous && continues(ctx, previous, q, paragraph)) {
      quote = {
        ...make(ctx, parts, { rule: 'quotes/direct-continuation' }),
        source: previous.quote.source,
        speakerId: previous.quote.speakerId,
      }
      if (!quote.source) delete quote.source
    } else if (innerWords(text, q, 5) >= 5 && opensSentence(ctx, q) && endsItsSentence(ctx, q))
      quote = make(ctx, parts, { rule: 'quotes/direct-unattributed' })
    if (!quote) continue
    quotes.push(quote)
    // Measured from the closing mark, so that the mark itself never reads as a quotation in between.
    previous = { quote, paragraph, end: (found?.next ?? q).end }
  }
  return quotes
}

/** Words that name a work: a quotation after them is its title ("the anthem “A Change Is Gonna Come,” she …"). */
const WORK_NOUNS =
  /^(?:book|books|song|songs|anthem|album|film|movie|documentary|show|series|program|programme|play|poem|novel|article|column|op-ed|essay|headline|report|titled|entitled|episode|broadcast|memoir|hit|single|track|slogan|campaign|ad|video|speech|bill|act)$/i

function namesWork(ctx: QuoteContext, q: Quotation): boolean {
  let i = ctx.tokenAt(q.start) - 1
  if (ctx.word(i) === ',') i--
  return i >= 0 && WORK_NOUNS.test(ctx.word(i))
}

/**
 * The reporter's words before a quotation that opens mid-sentence ("using the tax ''is a misguided approach,''"):
 * from the sentence's start, or after its last colon or dash, to the mark. Undefined when the quotation opens its
 * sentence or follows a colon, comma or dash.
 */
function leadIn(ctx: QuoteContext, q: Quotation): Span | undefined {
  const open = ctx.tokenAt(q.start)
  const sentence = ctx.sentenceOf(open)
  const before = open - 1
  if (
    before < 0 ||
    ctx.sentenceOf(before) !== sentence ||
    /^[:,;—–-]$/.test(ctx.word(before)) ||
    !/^[\p{L}\p{N}]/u.test(ctx.word(before))
  )
    return undefined
  let start = before
  while (
    start - 1 >= 0 &&
    ctx.sentenceOf(start - 1) === sentence &&
    !/^[:—–]$/.test(ctx.word(start - 1)) &&
    !ctx.quotationAt(start - 1)
  )
    start--
  if (before - start < 1) return undefined
  return { start: ctx.doc.tokens[start].start, end: ctx.doc.tokens[before].end }
}

function inner(q: Quotation): Span {
  return { start: q.open.end, end: q.close ? q.close.start : q.end }
}

function make(ctx: QuoteContext, parts: Span[], found: Attribution): Quote {
  const content = { start: parts[0].start, end: parts[parts.length - 1].end }
  return {
    id: '',
    kind: 'direct',
    content,
    parts,
    rule: found.rule,
    ...(found.cue && { cue: found.cue, polarity: ctx.cue(ctx.tokenAt(found.cue.start)) ?? 'assert' }),
    ...(found.speaker && { source: found.speaker.source }),
    ...(found.speaker?.entity && { speakerId: found.speaker.entity.id }),
    sentence: Math.max(0, ctx.sentenceOf(ctx.tokenAt(content.start))),
  }
}

/** "“…,” Zelensky said", "“…,” said Peskov", "“…” — Commissioner X", with a possible second part. */
function after(ctx: QuoteContext, q: Quotation): Attribution | undefined {
  const { tokens } = ctx.doc
  let i = ctx.tokenAt(q.end)
  if (ctx.word(i) === ',') i++
  const sentence = ctx.sentenceOf(ctx.tokenAt(q.end - 1))
  // "“…?” Trump said": a question or exclamation closes the quote's sentence, not the attribution's.
  const asked =
    /[?!]$/.test(ctx.doc.text.slice(q.open.end, q.close ? q.close.start : q.end)) &&
    ctx.sentenceOf(i) === sentence + 1 &&
    ctx.doc.sentences[sentence + 1]?.start === tokens[i]?.start
  if (i >= tokens.length || (ctx.sentenceOf(i) !== sentence && !asked && !DASHES.has(ctx.word(i)))) return undefined
  if (DASHES.has(ctx.word(i))) {
    const speaker = speakerAround(ctx, i + 1, 1)
    return speaker ? { cue: span(ctx, i), speaker, rule: 'quotes/direct-dash' } : undefined
  }
  if (ctx.cue(i)) {
    // "said Peskov" — or "said in a statement" with the speaker before the quote: left to `before`.
    const speaker = speakerAround(ctx, i + 1, 1)
    if (!speaker) return undefined
    return { cue: span(ctx, i), speaker, rule: 'quotes/direct-cue-after', next: secondPart(ctx, speaker.source.end) }
  }
  let speaker = speakerAround(ctx, i, 1) ?? unknownName(ctx, i)
  if (!speaker) return undefined
  let j = ctx.tokenAt(speaker.source.end)
  // "Estonian Trade Minister Kadri Saar said", "White House press secretary Josh Earnest said": a demonym,
  // organisation or title before the speaker's own name.
  for (let guard = 0; guard < 3 && j < tokens.length && !ctx.cue(j); guard++) {
    const named = speakerAround(ctx, j, 1)
    if (!named || named.entity === speaker.entity) break
    speaker = named
    j = ctx.tokenAt(speaker.source.end)
  }
  if (/^['’]s$/.test(ctx.word(j))) {
    // "Obama’s former campaign strategist said": the possessor is not the speaker; the description is.
    let k = j + 1
    while (k < j + 6 && !ctx.cue(k) && /^\p{L}[\p{L}-]*$/u.test(ctx.word(k))) k++
    if (k === j + 1 || !ctx.cue(k)) return undefined
    speaker = { source: { start: speaker.source.start, end: tokens[k - 1].end } }
    j = k
  }
  const appositive = j
  j = pastAppositive(ctx, j)
  if (!speaker.entity) {
    // "one worker, Tom Ellis, said": the appositive names the speaker the description leaves unnamed.
    for (let k = appositive; k < j; k++) {
      const entity = ctx.owner[k]
      if (entity?.label !== 'PERSON') continue
      let end = k
      while (ctx.owner[end + 1] === entity) end++
      speaker = { source: { start: speaker.source.start, end: tokens[end].end }, entity }
      break
    }
  }
  while (j < tokens.length && /^(?:also|then|later|once|again)$/i.test(ctx.word(j))) j++
  if (!ctx.cue(j)) return undefined
  return { cue: span(ctx, j), speaker, rule: 'quotes/direct-speaker-cue', next: secondPart(ctx, tokens[j].end) }
}

/**
 * "Trump said" where the name tagger found no name (one to three capitalised words right before a cue), and "he
 * said" where no person was found for the pronoun.
 */
function unknownName(ctx: QuoteContext, i: number): Speaker | undefined {
  let k = i
  if (SUBJECT_PRONOUNS.test(ctx.word(i))) k++
  else while (k < i + 3 && /^\p{Lu}[\p{Ll}’'-]+$/u.test(ctx.word(k)) && !ctx.cue(k)) k++
  return k > i && ctx.cue(k) && ctx.sentenceOf(k) === ctx.sentenceOf(i)
    ? { source: { start: ctx.doc.tokens[i].start, end: ctx.doc.tokens[k - 1].end } }
    : undefined
}

/**
 * The token after what stands between a speaker and their cue: a parenthesis ("Sen. Claire McCaskill (D-Mo.)
 * said") and an appositive closed by a comma ("Scott Pruitt, the attorney general of Oklahoma, said"). Returns
 * `j` itself when no cue follows them.
 */
function pastAppositive(ctx: QuoteContext, j: number): number {
  const sentence = ctx.sentenceOf(j)
  let k = j
  // "Mr. Morgan of the Sierra Club said".
  if (ctx.lower(k) === 'of') {
    let m = k + 1
    if (ctx.lower(m) === 'the') m++
    const organisation = ctx.owner[m]
    if (organisation) {
      while (ctx.owner[m] === organisation) m++
      if (ctx.cue(m)) return m
    }
  }
  if (ctx.word(k) === '(') {
    while (k < j + 8 && ctx.word(k) !== ')' && ctx.sentenceOf(k) === sentence) k++
    if (ctx.word(k) !== ')') return j
    k++
  }
  // Up to two appositives: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
  for (let n = 0; n < 2 && ctx.word(k) === ',' && !ctx.cue(k + 1); n++) {
    let end = k + 1
    while (end < k + 25 && ctx.word(end) !== ',' && ctx.sentenceOf(end) === sentence && !ctx.quotationAt(end)) end++
    if (ctx.word(end) !== ',' || end === k + 1) break
    k = end
  }
  if (ctx.word(k) === ',' && k > j) k++
  return ctx.cue(k) ? k : j
}

/**
 * A second quotation right after "said Peskov," continues the same quote, also after a few words that end the
 * attribution ("the mayor wrote in a tweet, “…”").
 */
function secondPart(ctx: QuoteContext, offset: number): Quotation | undefined {
  let i = ctx.tokenAt(offset)
  for (let n = 0; n < 6 && /^[\p{L}\p{N}]/u.test(ctx.word(i)) && !ctx.quotationAt(i); n++) i++
  if (ctx.word(i) !== ',') return undefined
  const next = ctx.quotationAt(i + 1)
  return next && next.start === ctx.doc.tokens[i + 1]?.start && next.depth === 0 ? next : undefined
}

/** "Zelensky said: “…”", "He said, “…”", "Caddell continued:" ending the paragraph before, "Zelensky: ‘…’". */
function before(ctx: QuoteContext, q: Quotation): Attribution | undefined {
  let i = ctx.tokenAt(q.start) - 1
  if (i < 0 || (ctx.word(i) !== ':' && ctx.word(i) !== ',')) return undefined
  const mark = i
  i--
  if (ctx.word(mark) === ':') {
    // Headline style: "Zelensky: ‘I am ready’".
    const speaker = ctx.owner[i] && speakerAround(ctx, i, -1)
    if (speaker) return { cue: span(ctx, mark), speaker, rule: 'quotes/direct-colon' }
  }
  // The cue, perhaps followed by a few words ("said in a statement:", "told reporters,").
  let cue = i
  while (cue >= 0 && mark - cue <= 6 && !ctx.cue(cue)) cue--
  if (cue < 0 || !ctx.cue(cue) || mark - cue > 6) return undefined
  let last = skipAdverbsLeft(ctx, cue - 1)
  // "Stevie Wonder, who joked, “…”": the relative pronoun speaks for the name before it.
  if (/^who$/i.test(ctx.word(last)) && ctx.word(last - 1) === ',') last -= 2
  const speaker =
    speakerAround(ctx, last, -1) ??
    (SUBJECT_PRONOUNS.test(ctx.word(last)) ? { source: span(ctx, last) } : undefined) ??
    (ctx.word(last) === ',' ? clauseSubject(ctx, last) : undefined)
  return { cue: span(ctx, cue), ...(speaker && { speaker }), rule: 'quotes/direct-cue-before' }
}

function continues(
  ctx: QuoteContext,
  previous: { paragraph: number; end: number },
  q: Quotation,
  paragraph: number,
): boolean {
  const { text, paragraphs } = ctx.doc
  if (paragraph === previous.paragraph) {
    // Only an attribution ("Peskov stated.", "said Ronald Fieldstone, a Miami lawyer who …") may stand between
    // the two quotations.
    const between = text.slice(previous.end, q.start)
    return between.length < 240 && !/[“"«]|''/.test(between) && endsItsSentence(ctx, q)
  }
  return (
    paragraph === previous.paragraph + 1 &&
    q.start === paragraphs[paragraph].start &&
    paragraphs[paragraph].kind === 'body' &&
    endsItsSentence(ctx, q)
  )
}

/**
 * Whether no words of the reporter follow a quotation in its sentence: "“You squeezed them” to drive up the price,
 * she said" is a fragment of a statement of its own, not the previous quote going on.
 */
function endsItsSentence(ctx: QuoteContext, q: Quotation): boolean {
  const { sentences } = ctx.doc
  const s = indexAt(sentences, q.end - 1)
  return s < 0 || !/[\p{L}\p{N}]/u.test(ctx.doc.text.slice(q.end, sentences[s].end))
}

function opensSentence(ctx: QuoteContext, q: Quotation): boolean {
  const s = indexAt(ctx.doc.sentences, q.start)
  return s >= 0 && ctx.doc.sentences[s].start === q.start
}

function span(ctx: QuoteContext, i: number): Span {
  const t = ctx.doc.tokens[i]
  return { start: t.start, end: t.end }
}
