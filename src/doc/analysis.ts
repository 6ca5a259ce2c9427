/**
 * The output contract `newsgraph.analysis/1`: what the library, the CLI's `--json` and the HTTP API return.
 * Fields may be added; none renamed or removed without a new schema version. Every span carries the text it
 * covers: `article.text.slice(start, end) === text`.
 */

/** The schema identifier every analysis carries. */
export const SCHEMA_ID = 'newsgraph.analysis/1'

/**
 * Where an article's publication date was found: given by the caller (CLI `--published`, the API field), a
 * manifest line (JSON Lines), a feed item, the page's metadata (JSON-LD, meta tags, `<time>`), the file's name
 * (an ISO date in it), or the article's dateline when it writes a year.
 */
export type DateSource = 'caller' | 'manifest' | 'feed' | 'page' | 'file-name' | 'dateline'

/** A span of the article text with its text. */
export type TextSpan = { start: number; end: number; text: string }

/** Entity types of the contract. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC'

/** PLOVER event types. */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'

/** One analysed article. */
export interface Analysis {
  schema: typeof SCHEMA_ID
  article: {
    id: string
    title?: string
    published?: string
    /** Added in schema 1: where `published` was found (caller, manifest, feed, page, file-name, dateline). */
    publishedSource?: DateSource
    source?: string
    url?: string
    language: string
    text: string
    /** Added in schema 1: the gazetteer id of the article's focus place (its dateline's, else the most named). */
    place?: string
  }
  sentences: { start: number; end: number; checkworthiness?: number }[]
  entities: {
    id: string
    name: string
    type: EntityType
    aliases: string[]
    mentions: (TextSpan & { kind: 'name' | 'title' | 'pronoun' | 'demonym' | 'nominal' })[]
    country?: string
    sector?: string
    roles?: { title: string; of?: string }[]
    /** Added in schema 1: the actor knowledge base's id, when it knows the actor. */
    actorId?: string
    /** Added in schema 1: every sector of the actor code, the main one first. */
    sectors?: string[]
    /** Added in schema 1: a person's gender, from the knowledge base or the article (titles, pronouns). */
    gender?: 'm' | 'f'
    /** Added in schema 1: the rule or knowledge-base source that coded country and sector. */
    rule?: string
    salience: number
  }[]
  quotes: {
    id: string
    kind: 'direct' | 'indirect' | 'mixed'
    content: TextSpan
    cue?: TextSpan
    source?: TextSpan
    speaker?: string
    date?: string
    checkworthiness?: number
    sentence: number
    /** Added in schema 1: the pieces of a quotation split by its attribution (present when more than one). */
    parts?: TextSpan[]
    /** Added in schema 1: what the cue says of the statement. */
    polarity?: 'assert' | 'deny' | 'claim' | 'question'
  }[]
  events: {
    id: string
    type: PloverType
    mode?: string
    contexts?: string[]
    trigger: TextSpan
    actors: string[]
    recipients: string[]
    /** The gazetteer id of the event's place: an id in `places`. */
    location?: string
    /** Added in schema 1: how the location was found (its clause, the dateline, the article's focus). */
    locationRule?: string
    date?: string
    modality: 'asserted' | 'future' | 'hypothetical' | 'reported'
    reportedBy?: string
    quad: 1 | 2 | 3 | 4
    score: number
    sentence: number
    /** Added in schema 1: how many happened ("267 drone attacks" → 267). */
    count?: number
    /** Added in schema 1: the words naming the actors and the recipients, in the sentence of the event. */
    actorSpans?: TextSpan[]
    recipientSpans?: TextSpan[]
    /** Added in schema 1: the id of the article's first mention of the same happening, when this one repeats it. */
    sameAs?: string
  }[]
  times: (TextSpan & {
    id: string
    type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
    /** Absent when the value depends on a day the article does not give: then `anchor` is 'unknown'. */
    value?: string
    /** Added in schema 1: 'unknown' for a relative expression ("Tuesday") in an article without a date. */
    anchor?: 'unknown'
    /** Added in schema 1: the rule that found and resolved it, e.g. "times/deadline-by". */
    rule?: string
  })[]
  amounts: (TextSpan & {
    id: string
    kind: 'money' | 'count' | 'percent' | 'quantity'
    value: number
    unit?: string
    of?: string
    modifier?: string
  })[]
  /**
   * Added in schema 1: place names (and demonyms standing for places) resolved to the gazetteer: coordinates in
   * degrees, country ISO3, GeoNames admin1 code and name, feature kind, confidence, and the rule that chose it.
   */
  places?: (TextSpan & {
    id: string
    name: string
    lat: number
    lon: number
    country?: string
    admin1?: string
    admin1Name?: string
    kind: 'country' | 'region' | 'district' | 'city' | 'area'
    confidence: number
    rule: string
    metonym?: boolean
  })[]
  claims: {
    id: string
    claimant?: string
    content: TextSpan
    status: 'false' | 'disputed' | 'unsupported'
    marker: TextSpan
    quote?: string
  }[]
  /** Added in schema 1: every name the tagger found, in text order, with its type. */
  mentions: (TextSpan & { type: EntityType })[]
  /** Added in schema 1: paragraphs with their layout role. */
  paragraphs: { start: number; end: number; kind: 'title' | 'byline' | 'heading' | 'body' }[]
  /** Added in schema 1: layout facts (title line, byline, dateline). */
  structure: {
    title?: TextSpan
    byline?: TextSpan & { names: string[] }
    dateline?: TextSpan & { place: string; date?: string; agency?: string }
  }
  /** Added in schema 1: passages between paired quotation marks, marks included. */
  quotations: (TextSpan & {
    style: 'double' | 'single' | 'guillemet'
    closed: boolean
    depth: number
    parent?: number
    reopenings: number[]
  })[]
  /**
   * Added in schema 1, only on request (`analyze --syntax`, `{"syntax": true}`): each sentence's dependency parse
   * over its tokens (UD basic relations); `head` indexes the same sentence's `tokens`, −1 for the root.
   */
  syntax?: {
    sentence: number
    tokens: (TextSpan & { upos: string; xpos: string; head: number; deprel: string })[]
  }[]
  /** Added in schema 1: content problems found while analysing (never fatal). */
  messages: { ruleId: string; reason: string; severity: 'info' | 'warning' | 'error'; start?: number; end?: number }[]
}
