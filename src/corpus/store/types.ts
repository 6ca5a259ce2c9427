import type { MinHash } from '../dedupe/fingerprint.js'
import type { PlaceFilters, StoredPlace } from './place-rows.js'
import type { StoredAnalysis } from './stored-analysis.js'

/** One article ready to store: its identity, fingerprints, metadata, text and (unless a copy) its analysis. */
export interface ArticleRecord {
  key: string
  textHash: string
  minhash: MinHash
  terms: string[]
  text: string
  language: string
  url?: string
  title?: string
  source?: string
  published?: string
  analysis?: StoredAnalysis
  /**
   * The latest article sequence number stored when the item was first checked for copies (`latestSeq`): when it
   * is saved with its analysis, only articles stored since then need checking again.
   */
  checkedThrough?: number
}

/** What happened to an article offered to the store. */
export interface SaveResult {
  id: string
  status: 'stored' | 'duplicate' | 'skipped'
  /** The article it copies, for duplicates. */
  duplicateOf?: string
  storyId?: string
}

/** A page of results and the cursor of the next page (absent on the last). */
export interface Page<T> {
  items: T[]
  /** How many items all the pages hold. */
  total: number
  next?: string
}

/** Filters shared by the queries. `from`/`to` are YYYY-MM-DD, inclusive. */
export interface QueryFilters extends PlaceFilters {
  text?: string
  /** Search order: `relevance` (the default) or `date`, newest first. */
  sort?: 'relevance' | 'date'
  speaker?: string
  about?: string
  actor?: string
  type?: string
  where?: string
  source?: string
  status?: string
  from?: string
  to?: string
  limit?: number
  cursor?: string
}

/** An event row of the queries and exports, with its participants' names and codes. */
export interface EventRow {
  article: string
  id: string
  type: string
  mode?: string
  quad: number
  score: number
  date?: string
  modality: string
  /** The gazetteer id of the event's place, and that place. */
  location?: string
  place?: StoredPlace
  trigger: string
  sentence: string
  sentenceStart: number
  sentenceEnd: number
  count?: number
  /** The event id of the article's first mention of the same happening, when this one repeats it. */
  sameAs?: string
  /** The happening across the corpus ("article/event" of its first mention): rows with one happening are one event. */
  happening: string
  actors: { id: string; name: string; country?: string; sector?: string }[]
  recipients: { id: string; name: string; country?: string; sector?: string }[]
  source?: string
  url?: string
}

/** An edge of the actor network. */
export interface NetworkEdge {
  source: string
  sourceName: string
  target: string
  targetName: string
  type: string
  events: number
  score: number
}

/** One actor a name may be: `newsgraph actor NAME` lists them when the name is ambiguous. */
export interface ActorCandidate {
  id: string
  name: string
  type: string
  country?: string
  articles: number
}

/** The answer to a dossier asked by a name several actors bear: the candidates, most mentioned first. */
export interface AmbiguousActor {
  name: string
  candidates: ActorCandidate[]
}

/** What the store knows of one actor across the corpus. */
export interface Dossier {
  id: string
  name: string
  type: string
  country?: string
  sector?: string
  aliases: string[]
  articles: number
  roles: { title: string; of?: string; first?: string; last?: string }[]
  quotes: { article: string; id: string; kind: string; content: string; date?: string }[]
  eventsAsActor: EventRow[]
  eventsAsRecipient: EventRow[]
  counterparts: { id: string; name: string; events: number }[]
}
