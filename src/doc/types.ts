import type { DateSource, PloverType } from './analysis.js'

/**
 * The central data model: an article's text plus flat, sorted layers of standoff annotations.
 * Every offset is a UTF-16 code-unit index into `Doc.text` (what `String.prototype.slice` uses), end exclusive.
 */

/** Half-open range [start, end) of UTF-16 offsets into `Doc.text`. */
export interface Span {
  start: number
  end: number
}

/** What a token is made of; `word` covers words, abbreviations and clitics ("’s", "n't"). */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol'

/** One token. */
export interface Token extends Span {
  kind: TokenKind
}

/** What role a paragraph plays in the article's layout. */
export type ParagraphKind = 'title' | 'byline' | 'heading' | 'body'

/** A paragraph: one line or a block of lines between blank lines. */
export interface Paragraph extends Span {
  kind: ParagraphKind
}

/** A sentence, never crossing a paragraph; `paragraph` is its index in the paragraphs layer. */
export interface Sentence extends Span {
  paragraph: number
}

/** The family of quotation mark that delimits a quotation. */
export type QuoteMarkStyle = 'double' | 'single' | 'guillemet'

/**
 * A passage between paired quotation marks, marks included in [start, end).
 * A quotation running over several paragraphs (news style: each paragraph opens with a mark, only the last
 * closes) is one quotation; `reopenings` lists the marks that reopen it at each later paragraph.
 * `closed` is false when no closing mark was found before the paragraph (or text) ended.
 */
export interface Quotation extends Span {
  style: QuoteMarkStyle
  open: Span
  close?: Span
  reopenings: Span[]
  closed: boolean
  /** Nesting depth: 0 for top-level, 1 for a quotation inside another. */
  depth: number
  /** Index of the enclosing quotation in the same layer, for nested ones. */
  parent?: number
}

/** The article's dateline: "KYIV, Feb 23 (Reuters) -". */
export interface Dateline extends Span {
  place: string
  date?: string
  agency?: string
}

/** Layout facts found in the text: title line, dateline, byline. */
export interface Structure {
  title?: Span
  byline?: Span & { names: string[] }
  dateline?: Dateline
}

/** A content problem found while analysing, reported instead of thrown (vfile-message style). */
export interface Message {
  ruleId: string
  reason: string
  severity: 'info' | 'warning' | 'error'
  span?: Span
}

/** Entity types of the output contract. */
export type EntityLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC'

/** A name found in the text, typed; `source` names the rule or model that found it ("mentions/ner"). */
export interface Mention extends Span {
  label: EntityLabel
  source: string
}

/** How an entity is mentioned: by name, by a title ("the president"), a pronoun, a demonym, or a description. */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'demonym' | 'nominal'

/** One mention of an entity. */
export interface EntityMention extends Span {
  kind: MentionKind
}

/** A role the text gives an entity: "Kremlin spokesperson" → { title: 'spokesperson', of: 'Kremlin' }. */
export interface Role {
  title: string
  of?: string
}

/**
 * One real-world actor as this article mentions it: every mention (names, titles, pronouns), its roles, and its
 * PLOVER actor code (ISO 3166 alpha-3 country and sector).
 */
export interface Entity {
  id: string
  name: string
  label: EntityLabel
  mentions: EntityMention[]
  aliases: string[]
  roles: Role[]
  country?: string
  sector?: string
  gender?: 'm' | 'f'
  /** The actor knowledge base's id ("kb:angela-merkel") when it knows the entity. */
  actorId?: string
  /** Every sector of the actor code, the main one first ("GOV", "MIL" for a defence minister). */
  sectors?: string[]
  /** What coded the country and sector: "kb/curated: …", "kb/phoenix/countries", "actors/book", "entities/text". */
  rule?: string
  /** 0–1: how central the entity is to the article. */
  salience: number
}

/** TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/**
 * A time expression with its TIMEX3 type and value, resolved against the article's anchor (its publication date,
 * or a dated dateline). A relative expression in an article without an anchor keeps no value: `anchor: 'unknown'`.
 */
export interface TimeExpr extends Span {
  type: TimeType
  value?: string
  /** Set when the value depends on a day the article does not give ("Tuesday" with no publication date). */
  anchor?: 'unknown'
  /** The matcher that found it, e.g. "times/weekday". */
  rule: string
}

/** An amount: money (ISO 4217 unit), a percentage, a count of things, or a quantity with a unit. */
export interface Amount extends Span {
  kind: 'money' | 'count' | 'percent' | 'quantity'
  value: number
  unit?: string
  /** What is counted: "267 drone attacks" → "drone attacks". */
  of?: string
  /** "about", "more than", "a record": how the writer bounds the number. */
  modifier?: string
  /** The matcher that found it, e.g. "amounts/money-symbol". */
  rule: string
}

/** What a cue says about the statement: asserted ("said"), denied ("denied"), claimed ("claimed"), asked. */
export type CuePolarity = 'assert' | 'deny' | 'claim' | 'question'

/**
 * A statement attributed to a speaker: direct (in quotation marks), indirect (reported speech), or mixed (reported
 * speech with quoted fragments). `parts` holds every piece of a quotation split by its attribution.
 */
export interface Quote {
  id: string
  kind: 'direct' | 'indirect' | 'mixed'
  content: Span
  parts: Span[]
  cue?: Span
  polarity?: CuePolarity
  /** The literal words naming the speaker ("Kremlin spokesperson Dmitry Peskov", "he"). */
  source?: Span
  speakerId?: string
  /** When it was said: a date in its sentence outside the quoted words, else the publication date. */
  date?: string
  sentence: number
  /** The rule that found it, e.g. "quotes/direct-cue-after". */
  rule: string
}

/** A feature kind of a resolved place. */
export type PlaceKind = 'country' | 'region' | 'district' | 'city' | 'area'

/**
 * A place name (or a demonym standing for a place) resolved to a gazetteer entry: coordinates in degrees (WGS84),
 * country ISO 3166 alpha-3, first-level region. `id` is the gazetteer id: the GeoNames id for towns ("2988507"),
 * ISO3 for countries ("FRA"), the GeoNames admin code for regions and districts ("US.TX", "US.LA.079").
 */
export interface Place extends Span {
  text: string
  id: string
  name: string
  lat: number
  lon: number
  /** ISO 3166 alpha-3; absent for areas across countries ("Middle East"). */
  country?: string
  /** GeoNames admin1 code of the first-level region ("US.TX"), and its name. */
  admin1?: string
  admin1Name?: string
  kind: PlaceKind
  /** 0–1: how sure the resolver is of this entry over the others of the same name. */
  confidence: number
  /** The rule that chose the entry, e.g. "places/qualified" ("Paris, Texas"). */
  rule: string
  /** True when the name stands for a government or its people ("Moscow said"): still a place. */
  metonym?: boolean
}

/** How the text presents an event: as fact, as scheduled or intended, as a possibility, or inside someone's words. */
export type Modality = 'asserted' | 'future' | 'hypothetical' | 'reported'

/** A PLOVER event: who did what to whom, where and when, tied to its trigger word. */
export interface EventRecord {
  id: string
  type: PloverType
  mode?: string
  /** PLOVER general contexts ("military", "diplomatic", "health" …), in the manual's order. */
  contexts?: string[]
  trigger: Span
  /** Entity ids. */
  actors: string[]
  recipients: string[]
  /** The words naming each actor and recipient (a speaker's source words; none for an unnamed first person). */
  actorSpans: Span[]
  recipientSpans: Span[]
  /** The gazetteer id of the event's place (see `Place.id`): its clause's place, else the dateline or focus. */
  location?: string
  /** How the location was found: "events/location-clause", "events/location-dateline", "events/location-focus". */
  locationRule?: string
  date?: string
  modality: Modality
  /** The quote whose words report the event. */
  reportedBy?: string
  quad: 1 | 2 | 3 | 4
  score: number
  sentence: number
  /** How many happened: "267 drone attacks" → 267. */
  count?: number
  /** The id of the article's first mention of the same happening, when this one repeats it. */
  sameAs?: string
}

/** How the reporting marks a claim: shown false, disputed, or made without support. */
export type ClaimStatus = 'false' | 'disputed' | 'unsupported'

/** A statement the reporting itself disputes, with the words that dispute it. */
export interface Claim {
  id: string
  /** Entity id of who made the claim. */
  claimant?: string
  content: Span
  status: ClaimStatus
  marker: Span
  quote?: string
  /** The rule that found the dispute, e.g. "claims/adverb" ("falsely claimed"). */
  rule: string
}

/** Check-worthiness scores (0–1) of every sentence and every quote, index for index. */
export interface Checkworthiness {
  sentences: number[]
  quotes: number[]
}

/** One token's place in its sentence's dependency tree (UD basic relations, PTB and UD tags). */
export interface TokenSyntax extends Span {
  /** Index of the token in `Doc.tokens`. */
  token: number
  upos: string
  xpos: string
  /** Index of the head in the same sentence's `tokens` (−1 for the root). */
  head: number
  deprel: string
}

/** The dependency parse of one sentence over its tokens. */
export interface SentenceSyntax {
  /** Index in the sentences layer. */
  sentence: number
  tokens: TokenSyntax[]
  /** The model that parsed it, e.g. "syntax/arc-eager". */
  source: string
}

/** Facts about the article supplied by the caller (not derived from the text). */
export interface ArticleMeta {
  id?: string
  title?: string
  /** Publication date or instant, ISO 8601 (YYYY-MM-DD or a full timestamp). */
  published?: string
  /** Where the publication date comes from (see `DateSource`); absent when the caller does not say. */
  publishedSource?: DateSource
  source?: string
  url?: string
  language?: string
}

/** The article text plus every layer the pipeline has added so far. */
export interface Doc {
  readonly id: string
  readonly text: string
  readonly meta: ArticleMeta
  readonly language: string
  readonly paragraphs: readonly Paragraph[]
  readonly structure: Structure
  readonly tokens: readonly Token[]
  readonly quotations: readonly Quotation[]
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly entities: readonly Entity[]
  readonly quotes: readonly Quote[]
  readonly times: readonly TimeExpr[]
  readonly amounts: readonly Amount[]
  readonly places: readonly Place[]
  readonly events: readonly EventRecord[]
  readonly claims: readonly Claim[]
  readonly checkworthiness: Checkworthiness
  /** Parsed sentences only (see the syntax stage): every sentence on request, else those a stage needs. */
  readonly syntax: readonly SentenceSyntax[]
  readonly messages: readonly Message[]
}

/** The name of each layer a stage may add: a `Doc` field. */
export type Layer =
  | 'paragraphs'
  | 'structure'
  | 'tokens'
  | 'quotations'
  | 'sentences'
  | 'mentions'
  | 'entities'
  | 'quotes'
  | 'times'
  | 'amounts'
  | 'places'
  | 'events'
  | 'claims'
  | 'checkworthiness'
  | 'syntax'
