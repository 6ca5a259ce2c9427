import { firstStartingAtOrAfter, tokenIndexOf } from '../../doc/span.js'
import { lowerTokens, tokenTexts } from '../../doc/vocab.js'
import type { CuePolarity, Doc, Entity, Quotation, Span } from '../../doc/types.js'
import { CUE_ADVERBS, CUE_VERBS, DIRECT_ONLY_CUES, POSSESSIVES } from './lexicon.js'

/** The view of the article the quote rules share, with token-level helpers. */
export interface QuoteContext {
  doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'quotations' | 'entities'>
  /** Token index → the entity one of whose mentions covers it. */
  owner: (Entity | undefined)[]
  word(i: number): string
  lower(i: number): string
  /** Token index of the token containing or following a character offset. */
  tokenAt(offset: number): number
  /** Sentence index of a token. */
  sentenceOf(i: number): number
  /** Polarity when token i is a reporting verb. */
  cue(i: number): CuePolarity | undefined
  /** The top-level quotation containing token i, if any. */
  quotationAt(i: number): Quotation | undefined
  /** True when some quotation lies inside `span` (its closing mark may follow the span by one). */
  holdsQuotation(span: Span): boolean
}

/** A speaker found next to a cue: the words naming them and the entity they are. */
export interface Speaker {
  source: Span
  entity?: Entity
}

/** A word as the rules read it: its polarity when it is a reporting verb (or "continued"). */
export interface RuleWord {
  cue: CuePolarity | undefined
}

/** The polarity the rules read in a lower-case word: a reporting verb's, "assert" for a cue of direct quotes only. */
export function wordCue(lower: string): CuePolarity | undefined {
  return CUE_VERBS.get(lower) ?? (DIRECT_ONLY_CUES.has(lower) ? 'assert' : undefined)
}

/**
 * Builds the shared helpers for one document. `words`: each token's `RuleWord`, when the caller has them (the
 * tagger keeps one per spelling: looked up once, not once per token and stage).
 */
export function createQuoteContext(doc: QuoteContext['doc'], words?: readonly RuleWord[]): QuoteContext {
  const { text, tokens, sentences } = doc
  const tokenAt = tokenIndexOf(text, tokens)
  const owner: (Entity | undefined)[] = new Array(tokens.length)
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      for (let t = tokenAt(m.start); t < tokens.length && tokens[t].start < m.end; t++) {
        // A name beats a title or description over the same words.
        if (!owner[t] || m.kind === 'name' || m.kind === 'pronoun') owner[t] = entity
      }
    }
  }
  const outer = doc.quotations.filter((q) => q.depth === 0)
  // Sentence of each token, in one pass: the rules and the tagger's grouping ask for it at every step.
  const sentenceOfToken = new Int32Array(tokens.length)
  for (let i = 0, s = -1; i < tokens.length; i++) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= tokens[i].start) s++
    sentenceOfToken[i] = s >= 0 && tokens[i].start < sentences[s].end ? s : -1
  }
  // Top-level quotation of each token (by its first character), in one pass: the rules ask at every token.
  const quotationOfToken = new Int32Array(tokens.length).fill(-1)
  outer.forEach((q, k) => {
    for (let t = tokenAt(q.start); t < tokens.length && tokens[t].start < q.end; t++)
      if (tokens[t].start >= q.start) quotationOfToken[t] = k
  })
  const lowered = lowerTokens(text, tokens)
  const texts = tokenTexts(text, tokens)
  const word = (i: number) => texts[i] ?? ''
  // The cue polarity of each token, looked up once: every rule asks at every token, some several times.
  const cues: (CuePolarity | undefined)[] = new Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) cues[i] = cueOf(lowered, i, words ? words[i].cue : wordCue(lowered[i]))
  return {
    doc,
    owner,
    word,
    lower: (i) => lowered[i] ?? '',
    tokenAt,
    sentenceOf: (i) => (i >= 0 && i < tokens.length ? sentenceOfToken[i] : -1),
    cue: (i) => cues[i],
    holdsQuotation: (span) => {
      const q = doc.quotations[firstStartingAtOrAfter(doc.quotations, span.start)]
      return q !== undefined && q.end <= span.end + 1
    },
    quotationAt: (i) =>
      i >= 0 && i < tokens.length && quotationOfToken[i] >= 0 ? outer[quotationOfToken[i]] : undefined,
  }
}

/** The polarity of token i as a reporting verb, given its word's (`wordCue`). */
function cueOf(lowered: readonly string[], i: number, cue: CuePolarity | undefined): CuePolarity | undefined {
  if (cue === undefined) return undefined
  const w = lowered[i]
  // "the state", "federal and state law", "the states suing": the noun, unless a clause follows.
  if ((w === 'state' || w === 'states') && !/^(?:that|,|:)$/.test(lowered[i + 1] ?? '')) return undefined
  return cue
}

/** A title abbreviation before a name: "Mr.", "Rep.", "Sen.", "Gov.", "Dr.". */
const HONORIFIC = /^\p{Lu}\p{Ll}{0,4}\.$/u
/** A word of a title or descriptor before a name: "Rep.", "White", "press", "secretary", "Chief". */
const TITLE_WORD = /^\p{L}[\p{L}’'-]*\.?$/u
/** Words that end a title: "officials in Kyiv said" is not a title of Kyiv. */
const NOT_TITLE =
  /^(?:in|of|at|on|for|from|to|with|by|and|or|but|would|will|could|should|may|might|must|can|is|are|was|were|be|been|has|have|had|not|that|which|who|this|these|those|it|its)$/i

/**
 * The speaker whose words end at token `last` (reading leftwards: "Kremlin spokesperson Dmitry Peskov", "he",
 * "Ukraine's air force") or start at `first` (reading rightwards: "said Peskov"). Falls back to a short noun
 * phrase opened by a determiner ("the spokesman", "a homeless man") when no entity covers the words.
 */
export function speakerAround(ctx: QuoteContext, at: number, direction: -1 | 1): Speaker | undefined {
  const { tokens } = ctx.doc
  if (at < 0 || at >= tokens.length) return undefined
  const sentence = ctx.sentenceOf(at)
  // "Rep. Adam Schiff of California said": the place modifies the person before it, who speaks.
  if (direction === -1) {
    const modified = personBeforeModifier(ctx, at)
    if (modified !== undefined) at = modified
  }
  const entity = ctx.owner[at]
  if (entity) {
    let a = at
    let b = at
    while (a - 1 >= 0 && ctx.owner[a - 1] === entity && ctx.sentenceOf(a - 1) === sentence) a--
    while (b + 1 < tokens.length && ctx.owner[b + 1] === entity && ctx.sentenceOf(b + 1) === sentence) b++
    // The honorific the name tagger left out belongs to the source: "Rep. Gwen Moore", "Mr. Podesta".
    while (a - 1 >= 0 && !ctx.owner[a - 1] && HONORIFIC.test(ctx.word(a - 1)) && ctx.sentenceOf(a - 1) === sentence) a--
    return { source: { start: tokens[a].start, end: tokens[b].end }, entity }
  }
  if (direction === 1) {
    // "said Mr. Burman", "“…,” Tulsa police Chief Chuck Jordan said": titles and descriptors before the name.
    let k = at
    const titleWord = (i: number) => TITLE_WORD.test(ctx.word(i)) && !NOT_TITLE.test(ctx.word(i)) && !ctx.cue(i)
    while (k < tokens.length && k - at < 6 && !ctx.owner[k] && ctx.sentenceOf(k) === sentence && titleWord(k)) k++
    const label = ctx.owner[k]?.label
    if (k > at && (label === 'PERSON' || label === 'ORG') && ctx.sentenceOf(k) === sentence) {
      const named = speakerAround(ctx, k, 1)!
      return { source: { start: tokens[at].start, end: named.source.end }, entity: named.entity }
    }
  }
  // "the spokesman said", "said a senior official": determiner + up to four words.
  if (direction === -1) {
    for (let a = at; a >= Math.max(0, at - 4); a--) {
      if (a < at && /^(?:the|a|an)$/i.test(ctx.word(a)) && /^\p{L}/u.test(ctx.word(at)))
        return { source: { start: tokens[a].start, end: tokens[at].end } }
      if (!/^[\p{L}-]+$/u.test(ctx.word(a))) break
    }
    return undefined
  }
  if (/^(?:the|a|an|one|another)$/i.test(ctx.word(at))) {
    let b = at + 1
    // "said a senior official", never "said the reservoir was low": the phrase stops at a verb or preposition.
    while (
      b < tokens.length &&
      b - at <= 4 &&
      /^[\p{Ll}-]+$/u.test(ctx.word(b)) &&
      !ctx.cue(b) &&
      !NOT_TITLE.test(ctx.word(b))
    )
      b++
    if (b - 1 > at) return { source: { start: tokens[at].start, end: tokens[b - 1].end } }
  }
  return undefined
}

/** Prepositions that attach a place or body to the person before it: "Schiff of California", "Ruiz from Texas". */
const MODIFIER_PREPOSITIONS = new Set(['of', 'from'])

/**
 * When token `at` ends a place or organisation that modifies a person by "of" or "from" ("Rep. Adam Schiff of
 * California", "Sen. Ana Ruiz from Texas"), the person's last token; else undefined.
 */
export function personBeforeModifier(ctx: QuoteContext, at: number): number | undefined {
  const modifier = ctx.owner[at]
  if (!modifier || modifier.label === 'PERSON') return undefined
  let k = at
  while (k - 1 >= 0 && ctx.owner[k - 1] === modifier) k--
  // "of the state of California": an article between the preposition and the place.
  if (/^(?:the)$/i.test(ctx.word(k - 1))) k--
  if (!MODIFIER_PREPOSITIONS.has(ctx.lower(k - 1))) return undefined
  const person = ctx.owner[k - 2]
  return person?.label === 'PERSON' ? k - 2 : undefined
}

/**
 * The entity a source phrase names: its head's, the last word before any "of"/"from" modifier of a person, never a
 * modifier's ("The Indiana governor" names no entity, "Gary Johnson's doctor" is not Gary Johnson, "Some Millikin
 * fans" are not Millikin).
 */
export function headEntity(ctx: QuoteContext, first: number, end: number): Entity | undefined {
  let last = end - 1
  // "the Harbor Police Department, which reported", "Ed Reyes, who served as chairman, agreed": a relative pronoun
  // speaks for its antecedent.
  if (RELATIVE_PRONOUNS.has(ctx.lower(first))) {
    const before = ctx.word(first - 1) === ',' ? appositiveHolder(ctx, first - 1) : first - 1
    const antecedent = ctx.owner[before]
    return antecedent && antecedent.label !== 'GPE' && ctx.sentenceOf(before) === ctx.sentenceOf(first)
      ? antecedent
      : undefined
  }
  while (last > first && !ctx.owner[last] && TRAILING_NON_HEAD.test(ctx.word(last))) last--
  // "Sen. David Perdue (R-Ga.)", "Rep. Ana Ruiz (D-Ohio)": a party and state in brackets modify the person before.
  if (ctx.word(end - 1) === ')') {
    let open = end - 2
    while (open > first && open > end - 8 && ctx.word(open) !== '(') open--
    if (ctx.word(open) === '(' && ctx.owner[open - 1]?.label === 'PERSON') return ctx.owner[open - 1]
  }
  if (ctx.owner[last]?.label === 'PERSON') return ctx.owner[last]
  const modified = personBeforeModifier(ctx, last)
  if (modified !== undefined) return ctx.owner[modified]
  // "officials in Kyiv", "a spokesman for the Kremlin": a common noun before a preposition heads the phrase.
  for (let k = first + 1; k < last; k++)
    if (HEAD_PREPOSITIONS.has(ctx.lower(k)) && !ctx.owner[k] && !ctx.owner[k - 1]) return undefined
  return ctx.owner[last]
}

/**
 * The token a relative clause after the comma at `comma` hangs from: the word before the comma, or, past an
 * appositive that describes a person ("Marc Morial, the chief executive of the Urban League, who said"), the
 * person's last token (rule `quotes/relative-antecedent`).
 */
function appositiveHolder(ctx: QuoteContext, comma: number): number {
  const before = comma - 1
  if (ctx.owner[before]?.label === 'PERSON') return before
  let k = before
  while (k > 0 && comma - k <= 15 && ctx.word(k) !== ',' && !SENTENCE_PUNCTUATION.has(ctx.word(k))) k--
  const opener = ctx.lower(k + 1)
  const described = opener === 'the' || opener === 'a' || opener === 'an' || /^\p{Ll}/u.test(ctx.word(k + 1))
  return ctx.word(k) === ',' && described && ctx.owner[k - 1]?.label === 'PERSON' ? k - 1 : before
}

/**
 * Words a source phrase may end with that are not its head: punctuation, a possessive ("Mr. Ban's record"), a
 * relative pronoun ("the department which reported"), a name suffix ("John Roberts Jr."), an adverb ("Clinton now").
 */
const TRAILING_NON_HEAD =
  /^(?:[,.;:’'")\]]|[’']s|which|who|that|Jr\.?|Sr\.?|II|III|now|also|later|again|still|often|recently|then|too|already|once|\p{Ll}+ly)$/u

/** Prepositions after which a phrase's words modify its head: "officials in Kyiv", "fans of the team". */
const HEAD_PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'on', 'near', 'inside', 'within', 'among'])

const SENTENCE_PUNCTUATION = new Set(['.', ';', ':', '!', '?'])
/** Words that open a relative clause after a name: ", who leads the department,". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose'])

/**
 * Skips adverbs, auxiliaries and one parenthetical leftwards from token i: "he also said", "Trump also falsely
 * accused", "Trump, in a series of verbal attacks, labeled" all lead back to the speaker's last token.
 */
export function skipAdverbsLeft(ctx: QuoteContext, i: number): number {
  const adverb = (k: number) => !ctx.owner[k] && (CUE_ADVERBS.has(ctx.lower(k)) || /^\p{Ll}+ly$/u.test(ctx.word(k)))
  while (i >= 0 && adverb(i)) i--
  if (ctx.word(i) === ',') {
    // ", in a series of verbal attacks," — back to the comma that opened it, if one is near; a relative clause
    // (", which represents 20 million Americans,") may be longer and name others.
    let k = i - 1
    let named = false
    for (; k >= 0 && i - k <= 25; k--) {
      const word = ctx.word(k)
      if (word === ',' || SENTENCE_PUNCTUATION.has(word)) break
      if (ctx.owner[k]) named = true
    }
    const aside =
      k >= 0 && ctx.word(k) === ',' && i - k > 1 && ((i - k <= 10 && !named) || RELATIVE_PRONOUNS.has(ctx.lower(k + 1)))
    if (aside) i = k - 1
    while (i >= 0 && adverb(i)) i--
  }
  return i
}

/** Pronouns that can be the subject of a sentence, and so speak. */
export const SUBJECT_PRONOUNS = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)$/

/**
 * The subject of the clause a cue after a comma continues ("Trump attacked Clinton over Libya, saying, “…”",
 * "Ana Ruiz, who runs the campaign in three states, said, “…”"): the sentence's opening pronoun, else the first
 * person or organisation it names before the comma, not a possessive one ("Clinton's", "his").
 */
export function clauseSubject(ctx: QuoteContext, comma: number): Speaker | undefined {
  const sentence = ctx.sentenceOf(comma)
  let first = comma
  while (first - 1 >= 0 && ctx.sentenceOf(first - 1) === sentence) first--
  if (SUBJECT_PRONOUNS.test(ctx.word(first)))
    return { source: { start: ctx.doc.tokens[first].start, end: ctx.doc.tokens[first].end } }
  for (let k = first; k < comma; k++) {
    const entity = ctx.owner[k]
    if (!entity || (entity.label !== 'PERSON' && entity.label !== 'ORG') || POSSESSIVES.has(ctx.lower(k))) continue
    let end = k
    while (end + 1 < comma && ctx.owner[end + 1] === entity) end++
    if (!/^[’']s$/.test(ctx.word(end + 1))) return speakerAround(ctx, k, -1)
    k = end
  }
  return undefined
}
