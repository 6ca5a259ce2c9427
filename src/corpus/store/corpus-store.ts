import { createHash } from 'node:crypto'
import type { Analysis } from '../../doc/analysis.js'
import type { StoredAnalysis } from './stored-analysis.js'
import { AppError } from '../../errors.js'
import {
  articleIdOf,
  NEAR_DUPLICATE_SIMILARITY,
  shingleSimilarity,
  minHashBands,
  minHashHex,
  minHashSimilarity,
  parseMinHash,
  type MinHash,
} from '../dedupe/fingerprint.js'
import { STORY_THRESHOLD, STORY_WINDOW_DAYS, storySimilarity } from '../stories/similarity.js'
import { openDb, type Db, type Param } from './db.js'
import {
  attachPlaces,
  countEventsByPlace,
  type PlaceCount,
  type PlaceCountFilters,
  type PlaceFilters,
  placeCondition,
  savePlaces,
  type StoredPlace,
} from './place-rows.js'
import { migrate } from './migrations.js'

// How many stored articles' signatures and story facts stay in memory, the most recently kept ones: copies and
// stories are mostly found among recent articles, and every thousand more kept cost the ingest ≈ 5 MB (measured:
// 5,000 of each held the writing thread's heap 10–35 MB higher than 1,000, at the same speed).
const SIGNATURES_KEPT = 1_000
const STORY_FACTS_KEPT = 1_000
/** How many of a story's latest articles a new article of the story compares its events with. */
const STORY_ARTICLES_READ = 8

/** Keeps `value` under `key` in `map`, forgetting the entry kept longest ago once `limit` are held. */
function keepRecent<K, V>(map: Map<K, V>, limit: number, key: K, value: V): void {
  map.delete(key)
  if (map.size >= limit) map.delete(map.keys().next().value as K)
  map.set(key, value)
}

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
  next?: string
}

/** Filters shared by the queries. `from`/`to` are YYYY-MM-DD, inclusive. */
export interface QueryFilters extends PlaceFilters {
  text?: string
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

const MAX_LIMIT = 1000

/**
 * The names an entity is linked across articles by, and those it is only found by: a person's one-word names
 * ("Clinton", "Trump") are shared by relatives and namesakes, so they link a person only when they are all the
 * article gave.
 */
export function actorNames(entity: { name: string; aliases: string[]; type: string }): {
  linking: string[]
  searchOnly: string[]
} {
  const names = [entity.name, ...entity.aliases]
  if (entity.type !== 'PERSON' || !/\s/.test(entity.name.trim())) return { linking: names, searchOnly: [] }
  return {
    linking: names.filter((n) => /\s/.test(n.trim())),
    searchOnly: names.filter((n) => !/\s/.test(n.trim())),
  }
}

/** Case and accent folded: the key under which an alias is looked up across articles. */
export function aliasKey(type: string, name: string): string {
  return `${type}:${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`
}

// PostgreSQL answers a BIGSERIAL as a string ("12"): the cursor holds it as a number either way.
function encodeCursor(seq: number | string): string {
  return Buffer.from(JSON.stringify({ after: Number(seq) })).toString('base64url')
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { after: unknown }
    if (typeof after === 'number' && Number.isSafeInteger(after) && after >= 0) return after
    // Cursors a PostgreSQL store handed out before held the number as a string.
    if (typeof after === 'string' && /^\d{1,15}$/.test(after)) return Number(after)
  } catch {
    /* reported below */
  }
  throw new AppError('invalid_input', `the cursor "${cursor.slice(0, 40)}" is not one this store gave out`)
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return 50
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new AppError('invalid_input', `expected a limit from 1 to ${MAX_LIMIT}, instead found ${limit}`)
  return limit
}

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new AppError('invalid_input', `expected --${name} as YYYY-MM-DD, instead found "${value}"`)
  return value
}

/** `%term%` for LIKE, with the wildcards of the term itself escaped. */
function like(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** FTS5 query of plain words (each quoted, so no user text is read as query syntax). */
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) throw new AppError('invalid_input', 'the search text has no words')
  return words.map((w) => `"${w}"`).join(' ')
}

/**
 * The corpus: articles with their analyses, and query tables (actors across articles, quotes, events, claims)
 * for search, dossiers, timelines, networks and exports. One class over both engines; only full-text search and
 * work claiming differ.
 */
export class CorpusStore {
  private constructor(
    readonly db: Db,
    private readonly claimed = new Map<string, number>(),
  ) {}

  /** Opens (creating and migrating) the store a `--db` value names. */
  static async open(target: string): Promise<CorpusStore> {
    const db = await openDb(target)
    try {
      await migrate(db)
    } catch (error) {
      await db.close().catch(() => undefined)
      if (error instanceof AppError) throw error
      throw new AppError(
        'store_unavailable',
        `cannot prepare the store "${target.replace(/\/\/[^@/]*@/, '//…@')}": ${(error as Error).message}`,
        { cause: error },
      )
    }
    return new CorpusStore(db)
  }

  get engine(): Db['engine'] {
    return this.db.engine
  }

  async close(): Promise<void> {
    await this.db.close()
  }

  async has(key: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS x FROM articles WHERE key = ?', [key])) !== undefined
  }

  /**
   * Claims an item for analysis so that concurrent ingest processes do not analyse it twice. On PostgreSQL a
   * session advisory lock on the store's lock connection (released by `release`, or by the server when the
   * process dies); on SQLite, where one process writes at a time, always granted. Every granted claim must be
   * released once (claims of one key in one process stack, as PostgreSQL's locks do).
   */
  async claim(key: string): Promise<boolean> {
    if (this.db.engine !== 'postgres' || !this.db.locks) return true
    const ok = await this.db.locks.tryLock(key)
    if (ok) this.claimed.set(key, (this.claimed.get(key) ?? 0) + 1)
    return ok
  }

  async release(key: string): Promise<void> {
    const held = this.claimed.get(key)
    if (!held || !this.db.locks) return
    if (held === 1) this.claimed.delete(key)
    else this.claimed.set(key, held - 1)
    await this.db.locks.unlock(key)
  }

  /** The sequence number of the latest stored article (0 for none), taken before an item is checked for copies. */
  async latestSeq(): Promise<number> {
    return Number((await this.db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM articles'))?.seq ?? 0)
  }

  /**
   * `findOriginal` among the articles stored after `seq` only: what a save must check again when its item was
   * checked before it was analysed. Falls back to the whole store when more than a few hundred came since.
   */
  private async findOriginalSince(
    seq: number,
    textHash: string,
    minhash: MinHash,
    db: Db,
    text?: string,
  ): Promise<string | undefined> {
    const recent = await db.all<{ id: string; text_hash: string; minhash: string }>(
      'SELECT id, text_hash, minhash FROM articles WHERE seq > ? AND duplicate_of IS NULL ORDER BY seq LIMIT 501',
      [seq],
    )
    if (recent.length > 500) return this.findOriginal(textHash, minhash, db, text)
    const exact = recent.find((r) => r.text_hash === textHash)
    if (exact) return exact.id
    const bands = minHashBands(minhash)
    for (const r of recent) {
      let signature = this.signatures.get(r.id)
      if (!signature) this.remember(r.id, (signature = parseMinHash(r.minhash)))
      if (
        minHashBands(signature).some((value, band) => value === bands[band]) &&
        minHashSimilarity(signature, minhash) >= NEAR_DUPLICATE_SIMILARITY &&
        (await this.isNearCopyOf(r.id, text, db))
      )
        return r.id
    }
    return undefined
  }

  /** The original of an exact or near copy already stored, if any. */
  async findOriginal(textHash: string, minhash: MinHash, db: Db = this.db, text?: string): Promise<string | undefined> {
    const exact = await db.get<{ id: string }>(
      'SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1',
      [textHash],
    )
    if (exact) return exact.id
    const bands = minHashBands(minhash)
    // Candidates sharing the most bands first: the likeliest copies are confirmed with the fewest signatures read.
    // Counted by the database: a band common to many articles (boilerplate, a wire copy's many republications)
    // costs no rows here.
    const candidates = await db.all<{ article_id: string }>(
      `SELECT article_id FROM article_bands WHERE ${bands.map(() => '(value = ? AND band = ?)').join(' OR ')}
       GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 40`,
      bands.flatMap((value, band) => [value, band]),
    )
    for (const { article_id: id } of candidates) {
      let signature = this.signatures.get(id)
      if (!signature) {
        const row = await db.get<{ minhash: string }>(
          'SELECT minhash FROM articles WHERE id = ? AND duplicate_of IS NULL',
          [id],
        )
        if (!row) continue
        signature = parseMinHash(row.minhash)
        this.remember(id, signature)
      }
      if (minHashSimilarity(signature, minhash) >= NEAR_DUPLICATE_SIMILARITY && (await this.isNearCopyOf(id, text, db)))
        return id
    }
    return undefined
  }

  /** The MinHash estimate confirmed on the words: `text` is at least 0.6 similar to the stored article `id`. */
  private async isNearCopyOf(id: string, text: string | undefined, db: Db): Promise<boolean> {
    if (text === undefined) return true
    const row = await db.get<{ text: string }>('SELECT text FROM articles WHERE id = ?', [id])
    return row !== undefined && shingleSimilarity(row.text, text) >= NEAR_DUPLICATE_SIMILARITY
  }

  /** Keeps a stored original's signature (the latest `SIGNATURES_KEPT` kept). */
  private remember(id: string, signature: MinHash): void {
    keepRecent(this.signatures, SIGNATURES_KEPT, id, signature)
  }

  /** Alias key → actor id, as committed (aliases never move once stored); cleared when a save is rolled back. */
  private readonly aliases = new Map<string, string>()
  /** MinHash signatures of stored originals, read once (a signature never changes). */
  private readonly signatures = new Map<string, MinHash>()
  /** `actor|country/sector` pairs already written. */
  private readonly coded = new Set<string>()
  private pending: { record: ArticleRecord; resolve: (r: SaveResult) => void; reject: (e: Error) => void }[] = []
  private flushing: Promise<void> | undefined

  /**
   * Stores one article: skipped when its key is stored, linked as a duplicate when its text copies a stored
   * article, else stored whole with its query rows and its story. Saves arriving together are committed together
   * in one transaction (retried one by one if any fails); the promise resolves once the article is committed.
   */
  save(record: ArticleRecord): Promise<SaveResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject })
      // A short wait gathers the saves of several threads into one commit.
      this.flushing ??= new Promise<void>((done) => setTimeout(done, 30)).then(() => this.flush())
    })
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, 64)
      try {
        const results = await this.commit(batch.map((item) => item.record))
        batch.forEach((item, k) => item.resolve(results[k]))
      } catch {
        // One bad article spoils its batch: the batch is rolled back and each article retried alone, so that
        // only the bad one fails.
        this.aliases.clear()
        this.storyFacts.clear()
        this.coded.clear()
        for (const item of batch) {
          try {
            item.resolve((await this.commit([item.record]))[0])
          } catch (error) {
            this.aliases.clear()
            this.storyFacts.clear()
            this.coded.clear()
            item.reject(error as Error)
          }
        }
      }
    }
    this.flushing = undefined
  }

  /** Saves records in one transaction. */
  private async commit(records: readonly ArticleRecord[]): Promise<SaveResult[]> {
    return this.db.transaction(async (tx) => {
      // On PostgreSQL, saves from concurrent ingest processes take turns: actor and alias rows are shared, and
      // interleaved inserts of them would deadlock. The analysis, the slow part, runs outside this lock.
      if (tx.engine === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(7373) AS locked')
      const results: SaveResult[] = []
      for (const record of records) results.push(await this.saveOne(tx, record))
      return results
    })
  }

  private async saveOne(tx: Db, record: ArticleRecord): Promise<SaveResult> {
    {
      const id = articleIdOf(record.key)
      if (await tx.get('SELECT 1 AS x FROM articles WHERE key = ?', [record.key])) return { id, status: 'skipped' }
      // Checked before its analysis: only what was stored since could be its original now.
      const original =
        record.analysis && record.checkedThrough !== undefined
          ? await this.findOriginalSince(record.checkedThrough, record.textHash, record.minhash, tx, record.text)
          : await this.findOriginal(record.textHash, record.minhash, tx, record.text)
      const stored = record.analysis && !original ? record.analysis : undefined
      const row: Param[] = [
        id,
        record.key,
        record.textHash,
        minHashHex(record.minhash),
        record.url ?? null,
        record.title ?? null,
        record.source ?? null,
        record.published ?? null,
        record.language,
        record.text,
        stored?.json ?? null,
        JSON.stringify(record.terms),
        original ?? null,
        new Date().toISOString(),
      ]
      await tx.run(
        `INSERT INTO articles (id, key, text_hash, minhash, url, title, source, published, language, text, analysis, terms, duplicate_of, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        row,
      )
      // Only originals are looked up by band: a copy of a copy finds the original.
      if (!original)
        await insertRows(
          tx,
          'article_bands',
          ['band', 'value', 'article_id'],
          minHashBands(record.minhash).map((value, band) => [band, value, id]),
        )
      if (tx.engine === 'sqlite') {
        await tx.run(
          'INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE id = ?',
          [id],
        )
      }
      if (original) {
        const story = await tx.get<{ story_id: string | null }>('SELECT story_id FROM articles WHERE id = ?', [
          original,
        ])
        if (story?.story_id) await tx.run('UPDATE articles SET story_id = ? WHERE id = ?', [story.story_id, id])
        return { id, status: 'duplicate', duplicateOf: original, ...(story?.story_id && { storyId: story.story_id }) }
      }
      if (!stored) return { id, status: 'stored' }
      const actorIds = new Map<string, string>()
      for (const entity of stored.entities) actorIds.set(entity.id, await this.actorFor(tx, entity))
      const storyId = await this.assignStory(tx, id, record, actorIds)
      const joined =
        storyId !== id ? await this.joinedHappenings(tx, id, storyId, stored, actorIds) : new Map<string, string>()
      await this.saveRows(tx, id, stored, actorIds, joined, record.published)
      return { id, status: 'stored', storyId }
    }
  }

  /**
   * Writes the query rows of one analysis; `actorOf`: entity id → corpus actor; `joined`: event id → the earlier
   * happening of its story it reports (its repeats in the article follow it).
   */
  private async saveRows(
    tx: Db,
    articleId: string,
    analysis: StoredAnalysis,
    actorOf: Map<string, string>,
    joined: Map<string, string>,
    published?: string,
  ): Promise<void> {
    await insertRows(
      tx,
      'article_actors',
      ['article_id', 'entity_id', 'actor_id', 'name', 'mentions', 'salience', 'roles', 'published'],
      analysis.entities.map((e) => [
        articleId,
        e.id,
        actorOf.get(e.id)!,
        e.name,
        e.mentions,
        e.salience,
        e.roles ?? null,
        published?.slice(0, 10) ?? null,
      ]),
    )
    const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
    await insertRows(
      tx,
      'quotes',
      [
        'article_id',
        'quote_id',
        'speaker_actor_id',
        'speaker',
        'kind',
        'content',
        'cue',
        'date',
        'checkworthiness',
        'start_offset',
        'end_offset',
      ],
      analysis.quotes.map((q) => [
        articleId,
        q.id,
        q.speaker ? (actorOf.get(q.speaker) ?? null) : null,
        q.speaker ? (name.get(q.speaker) ?? null) : (q.source ?? null),
        q.kind,
        q.content,
        q.cue ?? null,
        q.date ?? null,
        q.checkworthiness ?? null,
        q.start,
        q.end,
      ]),
    )
    await insertRows(
      tx,
      'events',
      [
        'article_id',
        'event_id',
        'type',
        'mode',
        'quad',
        'score',
        'date',
        'modality',
        'location',
        'trigger',
        'sentence',
        'start_offset',
        'end_offset',
        'count',
        'same_as',
        'happening',
        'first_mention',
      ],
      analysis.events.map((e) => [
        articleId,
        e.id,
        e.type,
        e.mode ?? null,
        e.quad,
        e.score,
        e.date ?? null,
        e.modality,
        e.location ?? null,
        e.trigger,
        e.sentence,
        e.start,
        e.end,
        e.count ?? null,
        e.sameAs ?? null,
        joined.get(e.sameAs ?? e.id) ?? `${articleId}/${e.sameAs ?? e.id}`,
        e.sameAs || joined.has(e.id) ? 0 : 1,
      ]),
    )
    await savePlaces(tx, analysis.places ?? [])
    await insertRows(
      tx,
      'event_actors',
      ['article_id', 'event_id', 'actor_id', 'role'],
      analysis.events.flatMap((e) => [
        ...e.actors.filter((id) => actorOf.has(id)).map((id) => [articleId, e.id, actorOf.get(id)!, 'actor']),
        ...e.recipients.filter((id) => actorOf.has(id)).map((id) => [articleId, e.id, actorOf.get(id)!, 'recipient']),
      ]),
    )
    await insertRows(
      tx,
      'claims',
      [
        'article_id',
        'claim_id',
        'claimant_actor_id',
        'claimant',
        'status',
        'content',
        'marker',
        'start_offset',
        'end_offset',
      ],
      analysis.claims.map((c) => [
        articleId,
        c.id,
        c.claimant ? (actorOf.get(c.claimant) ?? null) : null,
        c.claimant ? (name.get(c.claimant) ?? null) : null,
        c.status,
        c.content,
        c.marker,
        c.start,
        c.end,
      ]),
    )
  }

  /**
   * The corpus actor of an article's entity: found by any of its names, else created; its names become aliases
   * and its code fills what the actor lacks. Known names are answered from memory.
   */
  private async actorFor(tx: Db, entity: StoredAnalysis['entities'][number]): Promise<string> {
    const { linking, searchOnly } = actorNames(entity)
    const keys = [...new Set(linking.map((n) => aliasKey(entity.type, n)))]
    const code = `${entity.country ?? ''}/${entity.sector ?? ''}`
    const known = keys.map((k) => this.aliases.get(k))
    const first = entity.actorId ?? known[0]
    if (first && known.every((a) => a === first) && (code === '/' || this.coded.has(`${first}|${code}`))) return first
    // The knowledge base's id names the actor in every article; else any of its full names already stored.
    let actorId: string | undefined = entity.actorId ?? known.find(Boolean)
    for (const key of keys) {
      if (actorId) break
      actorId = (await tx.get<{ actor_id: string }>('SELECT actor_id FROM actor_aliases WHERE alias_key = ?', [key]))
        ?.actor_id
    }
    const existing = actorId && (await tx.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [actorId]))
    if (!existing) {
      // A new actor: the base's id, else one derived from the whole key (no two keys share it).
      actorId ??= `x${createHash('sha256').update(keys[0]).digest('base64url').slice(0, 22)}`
      const key = entity.actorId ? `${keys[0]}@${entity.actorId}` : keys[0]
      await tx.run(
        'INSERT INTO actors (id, key, name, type, country, sector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [actorId, key, entity.name, entity.type, entity.country ?? null, entity.sector ?? null],
      )
      actorId =
        (await tx.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [actorId]))?.id ??
        (await tx.get<{ id: string }>('SELECT id FROM actors WHERE key = ?', [key]))?.id
    } else if (code !== '/') {
      await tx.run('UPDATE actors SET country = coalesce(country, ?), sector = coalesce(sector, ?) WHERE id = ?', [
        entity.country ?? null,
        entity.sector ?? null,
        existing.id,
      ])
    }
    if (!actorId) throw new Error(`cannot store the actor "${entity.name}"`)
    this.coded.add(`${actorId}|${code}`)
    for (const key of keys) {
      if (this.aliases.has(key)) continue
      const alias = linking.find((n) => aliasKey(entity.type, n) === key) ?? entity.name
      await tx.run(
        'INSERT INTO actor_aliases (alias_key, folded, actor_id, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [key, key.slice(key.indexOf(':') + 1), actorId, alias],
      )
      this.aliases.set(
        key,
        (await tx.get<{ actor_id: string }>('SELECT actor_id FROM actor_aliases WHERE alias_key = ?', [key]))!.actor_id,
      )
    }
    // A surname alone ("Clinton") is shared by several people: it finds each of them, and links none.
    for (const name of searchOnly) {
      const key = `${aliasKey(entity.type, name)}@${actorId}`
      if (this.aliases.has(key)) continue
      await tx.run(
        'INSERT INTO actor_aliases (alias_key, folded, actor_id, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [key, aliasKey('', name).slice(1), actorId, name],
      )
      this.aliases.set(key, actorId)
    }
    return actorId
  }

  /**
   * Joins the article to the story of its most similar neighbour: among the latest articles that share one of
   * its three main actors and fall within the date window, the most similar at or above the threshold; else the
   * article starts a story of its own.
   */
  private async assignStory(tx: Db, id: string, record: ArticleRecord, actorOf: Map<string, string>): Promise<string> {
    const analysis = record.analysis!
    const main = [
      ...new Set(
        [...analysis.entities]
          .sort((a, b) => b.salience - a.salience)
          .map((e) => actorOf.get(e.id)!)
          .filter(Boolean),
      ),
    ].slice(0, 5)
    const date = record.published?.slice(0, 10)
    let storyId = id
    const top = main.slice(0, 3)
    const day = 86_400_000
    const near = (other: string | null) =>
      !date || !other || Math.abs(Date.parse(date) - Date.parse(other)) <= STORY_WINDOW_DAYS * day
    const seen = new Set<string>()
    let best = STORY_THRESHOLD
    for (const actor of top) {
      // The latest stories of each main actor, by index: the cost per article does not grow with the corpus.
      const recent = await tx.all<{ story_id: string; article_id: string; day: string | null }>(
        'SELECT story_id, article_id, day FROM story_actors WHERE actor_id = ? ORDER BY seq DESC LIMIT 30',
        [actor],
      )
      for (const r of recent) {
        if (seen.has(r.story_id) || !near(r.day)) continue
        seen.add(r.story_id)
        const c = await this.storyFactsOf(tx, r.article_id)
        if (!c) continue
        const score = storySimilarity({ terms: record.terms, actors: main, date }, { ...c, date: r.day ?? undefined })
        if (score >= best) {
          best = score
          storyId = r.story_id
        }
      }
    }
    const seq = (await tx.get<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [id]))!.seq
    for (const actor of top) {
      await tx.run(
        `INSERT INTO story_actors (actor_id, story_id, article_id, seq, day) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (actor_id, story_id) DO UPDATE SET article_id = excluded.article_id, seq = excluded.seq, day = excluded.day`,
        [actor, storyId, id, Number(seq), date ?? null],
      )
    }
    await tx.run('UPDATE articles SET story_id = ?, main_actors = ? WHERE id = ?', [storyId, JSON.stringify(main), id])
    this.rememberStoryFacts(id, { terms: record.terms, actors: main })
    return storyId
  }

  /**
   * An article of a story reports the happenings its earlier articles reported: each of its events that opens a
   * happening in the article joins that of an earlier article's event of the same type, with a party in common, no
   * other actor (outlets name the struck place differently: the town, its region, its country), and the same day
   * when both name one. Returns event id → the happening joined. The story's latest articles are read, by index:
   * the cost does not grow with the story.
   */
  private async joinedHappenings(
    tx: Db,
    id: string,
    storyId: string,
    analysis: StoredAnalysis,
    actorOf: Map<string, string>,
  ): Promise<Map<string, string>> {
    const rows = await tx.all<{
      article_id: string
      event_id: string
      type: string
      date: string | null
      happening: string | null
      actor_id: string | null
      role: string | null
    }>(
      `SELECT e.article_id, e.event_id, e.type, e.date, e.happening, x.actor_id, x.role FROM events e
       LEFT JOIN event_actors x ON x.article_id = e.article_id AND x.event_id = e.event_id
       WHERE e.article_id IN (SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY seq DESC LIMIT ?) AND e.first_mention = 1`,
      [storyId, id, STORY_ARTICLES_READ],
    )
    const earlier = new Map<
      string,
      { type: string; date?: string; happening: string; actors: string[]; recipients: string[] }
    >()
    for (const r of rows) {
      const key = `${r.article_id}/${r.event_id}`
      let e = earlier.get(key)
      if (!e)
        earlier.set(
          key,
          (e = {
            type: r.type,
            ...(r.date && { date: r.date }),
            happening: r.happening ?? key,
            actors: [],
            recipients: [],
          }),
        )
      if (r.actor_id) (r.role === 'actor' ? e.actors : e.recipients).push(r.actor_id)
    }
    const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x))
    const candidates = [...earlier.values()]
    const joined = new Map<string, string>()
    for (const event of analysis.events) {
      if (event.sameAs) continue
      const actors = event.actors.flatMap((a) => actorOf.get(a) ?? [])
      const recipients = event.recipients.flatMap((r) => actorOf.get(r) ?? [])
      const match = candidates.find(
        (e) =>
          e.type === event.type &&
          (shares(e.actors, actors) || shares(e.recipients, recipients)) &&
          !(e.actors.length && actors.length && !shares(e.actors, actors)) &&
          !(
            e.date &&
            event.date &&
            !e.date.startsWith(event.date.slice(0, 10)) &&
            !event.date.startsWith(e.date.slice(0, 10))
          ),
      )
      if (match) joined.set(event.id, match.happening)
    }
    return joined
  }

  /** The terms and main actors of stored articles, as stories compare them: each is read a dozen times as a candidate. */
  private readonly storyFacts = new Map<string, { terms: string[]; actors: string[] }>()

  private rememberStoryFacts(id: string, facts: { terms: string[]; actors: string[] }): void {
    keepRecent(this.storyFacts, STORY_FACTS_KEPT, id, facts)
  }

  private async storyFactsOf(tx: Db, id: string): Promise<{ terms: string[]; actors: string[] } | undefined> {
    const known = this.storyFacts.get(id)
    if (known) return known
    const row = await tx.get<{ terms: string | null; main_actors: string | null }>(
      'SELECT terms, main_actors FROM articles WHERE id = ?',
      [id],
    )
    if (!row) return undefined
    const facts = {
      terms: JSON.parse(row.terms ?? '[]') as string[],
      actors: JSON.parse(row.main_actors ?? '[]') as string[],
    }
    this.rememberStoryFacts(id, facts)
    return facts
  }

  // ——— queries ———

  /** One stored article: metadata, its analysis (or its original's id), and every source of the same text. */
  async article(id: string): Promise<
    | {
        id: string
        title?: string
        source?: string
        url?: string
        published?: string
        language: string
        duplicateOf?: string
        storyId?: string
        sources: string[]
        analysis?: Analysis
      }
    | undefined
  > {
    const row = await this.db.get<Record<string, string | null>>(
      'SELECT id, title, source, url, published, language, duplicate_of, story_id, analysis, text FROM articles WHERE id = ?',
      [id],
    )
    if (!row) return undefined
    const original = row.duplicate_of ?? row.id!
    const sources = await this.sourcesOf(original)
    const analysis = row.analysis ? withText(row.analysis, row.text!) : undefined
    return {
      id: row.id!,
      language: row.language!,
      sources,
      ...(row.title && { title: row.title }),
      ...(row.source && { source: row.source }),
      ...(row.url && { url: row.url }),
      ...(row.published && { published: row.published }),
      ...(row.duplicate_of && { duplicateOf: row.duplicate_of }),
      ...(row.story_id && { storyId: row.story_id }),
      ...(analysis && { analysis }),
    }
  }

  private async sourcesOf(original: string): Promise<string[]> {
    const rows = await this.db.all<{ source: string | null; url: string | null }>(
      'SELECT source, url FROM articles WHERE id = ? OR duplicate_of = ? ORDER BY seq',
      [original, original],
    )
    return [...new Set(rows.map((r) => r.source ?? r.url ?? 'unknown'))]
  }

  /** Full-text search over analysed articles; copies fold into their original's `sources`. */
  async search(filters: QueryFilters): Promise<
    Page<{
      id: string
      title?: string
      published?: string
      source?: string
      url?: string
      storyId?: string
      sources: string[]
      snippet: string
    }> & { stories: number }
  > {
    if (!filters.text?.trim()) throw new AppError('invalid_input', 'expected the words to search for')
    const limit = limitOf(filters.limit)
    const after = decodeCursor(filters.cursor)
    const where: string[] = ['a.duplicate_of IS NULL', 'a.seq > ?']
    const params: Param[] = [after]
    const fts =
      this.db.engine === 'sqlite'
        ? {
            join: 'JOIN articles_fts f ON f.rowid = a.seq',
            cond: 'articles_fts MATCH ?',
            param: ftsQuery(filters.text),
          }
        : { join: '', cond: "a.tsv @@ plainto_tsquery('english', ?)", param: filters.text }
    where.push(fts.cond)
    params.push(fts.param)
    this.dateAndSource(where, params, filters, 'a.published', 'a.source')
    const rows = await this.db.all<{
      seq: number
      id: string
      title: string | null
      published: string | null
      source: string | null
      url: string | null
      story_id: string | null
      text: string
    }>(
      `SELECT a.seq, a.id, a.title, a.published, a.source, a.url, a.story_id, a.text FROM articles a ${fts.join} WHERE ${where.join(' AND ')} ORDER BY a.seq LIMIT ?`,
      [...params, limit + 1],
    )
    const total = await this.db.get<{ n: number }>(
      `SELECT count(DISTINCT coalesce(a.story_id, a.id)) AS n FROM articles a ${fts.join} WHERE ${where.slice(0, 1).concat(where.slice(2)).join(' AND ')}`,
      params.slice(1),
    )
    const words = filters.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    const items = await Promise.all(
      rows.slice(0, limit).map(async (r) => ({
        id: r.id,
        ...(r.title && { title: r.title }),
        ...(r.published && { published: r.published }),
        ...(r.source && { source: r.source }),
        ...(r.url && { url: r.url }),
        ...(r.story_id && { storyId: r.story_id }),
        sources: await this.sourcesOf(r.id),
        snippet: snippet(r.text, words),
      })),
    )
    return {
      items,
      stories: Number(total?.n ?? 0),
      ...(rows.length > limit && { next: encodeCursor(rows[limit - 1].seq) }),
    }
  }

  private dateAndSource(
    where: string[],
    params: Param[],
    filters: QueryFilters,
    dateColumn: string,
    sourceColumn?: string,
  ): void {
    const from = checkDate('from', filters.from)
    const to = checkDate('to', filters.to)
    if (from) {
      where.push(`substr(${dateColumn}, 1, 10) >= ?`)
      params.push(from)
    }
    if (to) {
      where.push(`substr(${dateColumn}, 1, 10) <= ?`)
      params.push(to)
    }
    if (filters.source && sourceColumn) {
      where.push(`lower(${sourceColumn}) = ?`)
      params.push(filters.source.toLowerCase())
    }
  }

  /** Actor ids whose name or an alias contains the words (case and accents ignored). */
  async findActors(name: string): Promise<string[]> {
    const folded = aliasKey('', name).slice(1)
    if (!folded) throw new AppError('invalid_input', 'expected an actor name')
    const rows = await this.db.all<{ actor_id: string }>(
      'SELECT DISTINCT actor_id FROM actor_aliases WHERE folded = ? ORDER BY actor_id',
      [folded],
    )
    if (rows.length) return rows.map((r) => r.actor_id)
    const partial = await this.db.all<{ actor_id: string }>(
      "SELECT DISTINCT actor_id FROM actor_aliases WHERE folded LIKE ? ESCAPE '\\' ORDER BY actor_id LIMIT 50",
      [like(folded)],
    )
    return partial.map((r) => r.actor_id)
  }

  /**
   * The actors a name may be, most mentioned first: their name, type, country and number of articles. A person
   * and a place of one name ("Trump"), or relatives ("Clinton"), are candidates side by side, never merged.
   */
  async actorCandidates(name: string): Promise<ActorCandidate[]> {
    const ids = await this.findActors(name)
    if (ids.length === 0) return []
    const rows = await this.db.all<{
      id: string
      name: string
      type: string
      country: string | null
      n: number | string
    }>(
      `SELECT a.id, a.name, a.type, a.country, (SELECT count(*) FROM article_actors x WHERE x.actor_id = a.id) AS n
       FROM actors a WHERE a.id IN (${placeholders(ids)})`,
      ids,
    )
    return rows
      .map((r) => ({
        id: r.id,
        name: r.name,
        type: r.type,
        ...(r.country && { country: r.country }),
        articles: Number(r.n),
      }))
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
  }

  /** Quotes by speaker, topic words and date, oldest stored first. */
  async quotes(filters: QueryFilters): Promise<
    Page<{
      article: string
      id: string
      speaker?: string
      speakerActor?: string
      kind: string
      content: string
      cue?: string
      date?: string
      checkworthiness?: number
      source?: string
      url?: string
    }>
  > {
    const limit = limitOf(filters.limit)
    const where = ['q.seq > ?', 'a.duplicate_of IS NULL']
    const params: Param[] = [decodeCursor(filters.cursor)]
    if (filters.speaker) {
      const actors = await this.findActors(filters.speaker)
      if (actors.length === 0) return { items: [] }
      where.push(`q.speaker_actor_id IN (${placeholders(actors)})`)
      params.push(...actors)
    }
    if (filters.about) {
      where.push("lower(q.content) LIKE ? ESCAPE '\\'")
      params.push(like(filters.about))
    }
    this.dateAndSource(where, params, filters, 'q.date', 'a.source')
    const rows = await this.db.all<Record<string, string | number | null>>(
      `SELECT q.seq, q.article_id, q.quote_id, q.speaker, q.speaker_actor_id, q.kind, q.content, q.cue, q.date, q.checkworthiness, a.source, a.url
       FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${where.join(' AND ')} ORDER BY q.seq LIMIT ?`,
      [...params, limit + 1],
    )
    return page(rows, limit, (r) => ({
      article: String(r.article_id),
      id: String(r.quote_id),
      kind: String(r.kind),
      content: String(r.content),
      ...(r.speaker !== null && { speaker: String(r.speaker) }),
      ...(r.speaker_actor_id !== null && { speakerActor: String(r.speaker_actor_id) }),
      ...(r.cue !== null && { cue: String(r.cue) }),
      ...(r.date !== null && { date: String(r.date) }),
      ...(r.checkworthiness !== null && { checkworthiness: Number(r.checkworthiness) }),
      ...(r.source !== null && { source: String(r.source) }),
      ...(r.url !== null && { url: String(r.url) }),
    }))
  }

  /** Events by actor (as actor or recipient), type, place and date. */
  async events(filters: QueryFilters): Promise<Page<EventRow>> {
    const limit = limitOf(filters.limit)
    const where = ['e.seq > ?', 'a.duplicate_of IS NULL']
    const params: Param[] = [decodeCursor(filters.cursor)]
    if (filters.actor) {
      const actors = await this.findActors(filters.actor)
      if (actors.length === 0) return { items: [] }
      where.push(involving(actors))
      params.push(...actors)
    }
    if (filters.type) {
      const types = filters.type
        .toUpperCase()
        .split(',')
        .map((t) => t.trim())
      if (!types.every((t) => /^[A-Z]+$/.test(t)))
        throw new AppError(
          'invalid_input',
          `expected PLOVER types such as ASSAULT or CONSULT,REQUEST, instead found "${filters.type}"`,
        )
      where.push(`e.type IN (${placeholders(types)})`)
      params.push(...types)
    }
    if (filters.where) {
      // The place's name ("Kyiv", "Texas"), its region's or its id.
      where.push(
        "(lower(e.location) LIKE ? ESCAPE '\\' OR e.location IN (SELECT p.id FROM places p " +
          "WHERE lower(p.name) LIKE ? ESCAPE '\\' OR lower(p.admin1_name) LIKE ? ESCAPE '\\'))",
      )
      params.push(like(filters.where), like(filters.where), like(filters.where))
    }
    const placed = placeCondition(filters)
    if (placed) {
      where.push(`e.location IN (SELECT p.id FROM places p WHERE ${placed.sql})`)
      params.push(...placed.params)
    }
    this.dateAndSource(where, params, filters, 'e.date', 'a.source')
    const rows = await this.db.all<Record<string, string | number | null>>(
      `SELECT ${EVENT_COLUMNS}
       FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(' AND ')} ORDER BY e.seq LIMIT ?`,
      [...params, limit + 1],
    )
    const result = page(rows, limit, (r) => r)
    return { ...result, items: await this.withParticipants(result.items) }
  }

  private async withParticipants(rows: Record<string, string | number | null>[]): Promise<EventRow[]> {
    return attachPlaces(this.db, await this.participantsOf(rows))
  }

  private async participantsOf(rows: Record<string, string | number | null>[]): Promise<EventRow[]> {
    return Promise.all(
      rows.map(async (r) => {
        const parts = await this.db.all<{
          role: string
          id: string
          name: string
          country: string | null
          sector: string | null
        }>(
          'SELECT x.role, c.id, c.name, c.country, c.sector FROM event_actors x JOIN actors c ON c.id = x.actor_id WHERE x.article_id = ? AND x.event_id = ?',
          [r.article_id, r.event_id],
        )
        const who = (role: string) =>
          parts
            .filter((p) => p.role === role)
            .map((p) => ({
              id: p.id,
              name: p.name,
              ...(p.country && { country: p.country }),
              ...(p.sector && { sector: p.sector }),
            }))
        return {
          article: String(r.article_id),
          id: String(r.event_id),
          type: String(r.type),
          ...(r.mode !== null && { mode: String(r.mode) }),
          quad: Number(r.quad),
          score: Number(r.score),
          ...(r.date !== null && { date: String(r.date) }),
          modality: String(r.modality),
          ...(r.location !== null && { location: String(r.location) }),
          trigger: String(r.trigger),
          sentence: String(r.sentence),
          sentenceStart: Number(r.start_offset),
          sentenceEnd: Number(r.end_offset),
          ...(r.count !== null && { count: Number(r.count) }),
          ...(r.same_as !== null && r.same_as !== undefined && { sameAs: String(r.same_as) }),
          happening:
            r.happening !== null && r.happening !== undefined ? String(r.happening) : `${r.article_id}/${r.event_id}`,
          actors: who('actor'),
          recipients: who('recipient'),
          ...(r.source !== null && { source: String(r.source) }),
          ...(r.url !== null && { url: String(r.url) }),
        }
      }),
    )
  }

  /** Disputed claims, by status, claimant and date. */
  async claims(filters: QueryFilters): Promise<
    Page<{
      article: string
      id: string
      status: string
      claimant?: string
      content: string
      marker: string
      published?: string
      source?: string
    }>
  > {
    const limit = limitOf(filters.limit)
    const where = ['c.seq > ?', 'a.duplicate_of IS NULL']
    const params: Param[] = [decodeCursor(filters.cursor)]
    if (filters.status) {
      if (!['false', 'disputed', 'unsupported'].includes(filters.status))
        throw new AppError(
          'invalid_input',
          `expected a status of false, disputed or unsupported, instead found "${filters.status}"`,
        )
      where.push('c.status = ?')
      params.push(filters.status)
    }
    if (filters.actor) {
      const actors = await this.findActors(filters.actor)
      if (actors.length === 0) return { items: [] }
      where.push(`c.claimant_actor_id IN (${placeholders(actors)})`)
      params.push(...actors)
    }
    this.dateAndSource(where, params, filters, 'a.published', 'a.source')
    const rows = await this.db.all<Record<string, string | number | null>>(
      `SELECT c.seq, c.article_id, c.claim_id, c.status, c.claimant, c.content, c.marker, a.published, a.source FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE ${where.join(' AND ')} ORDER BY c.seq LIMIT ?`,
      [...params, limit + 1],
    )
    return page(rows, limit, (r) => ({
      article: String(r.article_id),
      id: String(r.claim_id),
      status: String(r.status),
      content: String(r.content),
      marker: String(r.marker),
      ...(r.claimant !== null && { claimant: String(r.claimant) }),
      ...(r.published !== null && { published: String(r.published) }),
      ...(r.source !== null && { source: String(r.source) }),
    }))
  }

  /** An actor's dossier: names, roles over time, quotes, events as actor and as recipient, counterparts. */
  async dossier(idOrName: string): Promise<Dossier | AmbiguousActor | undefined> {
    const direct = await this.db.get<{ id: string }>('SELECT id FROM actors WHERE id = ?', [idOrName])
    let id = direct?.id
    if (!id) {
      const candidates = await this.actorCandidates(idOrName)
      if (candidates.length > 1) return { name: idOrName, candidates }
      id = candidates[0]?.id
    }
    if (!id) return undefined
    const actor = (await this.db.get<{
      id: string
      name: string
      type: string
      country: string | null
      sector: string | null
    }>('SELECT id, name, type, country, sector FROM actors WHERE id = ?', [id]))!
    const aliases = (
      await this.db.all<{ alias: string }>('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias', [id])
    ).map((r) => r.alias)
    const roleRows = await this.db.all<{ roles: string | null; published: string | null }>(
      'SELECT roles, published FROM article_actors WHERE actor_id = ? AND roles IS NOT NULL ORDER BY published',
      [id],
    )
    const roles = new Map<string, { title: string; of?: string; first?: string; last?: string }>()
    for (const row of roleRows) {
      for (const role of JSON.parse(row.roles!) as { title: string; of?: string }[]) {
        const key = `${role.title}|${role.of ?? ''}`
        const seen = roles.get(key) ?? { ...role }
        if (row.published) {
          seen.first ??= row.published
          seen.last = row.published
        }
        roles.set(key, seen)
      }
    }
    const articles = Number(
      (await this.db.get<{ n: number }>('SELECT count(*) AS n FROM article_actors WHERE actor_id = ?', [id]))?.n ?? 0,
    )
    const quotes = await this.db.all<{
      article_id: string
      quote_id: string
      content: string
      date: string | null
      kind: string
    }>(
      'SELECT article_id, quote_id, content, date, kind FROM quotes WHERE speaker_actor_id = ? ORDER BY seq LIMIT 200',
      [id],
    )
    const eventsAs = async (role: string) => {
      const rows = await this.db.all<Record<string, string | number | null>>(
        `SELECT ${EVENT_COLUMNS}
         FROM events e JOIN articles a ON a.id = e.article_id JOIN event_actors x ON x.article_id = e.article_id AND x.event_id = e.event_id
         WHERE x.actor_id = ? AND x.role = ? ORDER BY e.seq LIMIT 200`,
        [id, role],
      )
      return this.withParticipants(rows)
    }
    const counterparts = await this.db.all<{ id: string; name: string; n: number }>(
      `SELECT c.id, c.name, count(*) AS n FROM event_actors x JOIN event_actors y ON y.article_id = x.article_id AND y.event_id = x.event_id AND y.actor_id <> x.actor_id
       JOIN events e ON e.article_id = x.article_id AND e.event_id = x.event_id AND e.first_mention = 1
       JOIN actors c ON c.id = y.actor_id WHERE x.actor_id = ? GROUP BY c.id, c.name ORDER BY n DESC, c.name LIMIT 20`,
      [id],
    )
    return {
      id: actor.id,
      name: actor.name,
      type: actor.type,
      ...(actor.country && { country: actor.country }),
      ...(actor.sector && { sector: actor.sector }),
      aliases,
      articles,
      roles: [...roles.values()],
      quotes: quotes.map((q) => ({
        article: q.article_id,
        id: q.quote_id,
        kind: q.kind,
        content: q.content,
        ...(q.date && { date: q.date }),
      })),
      eventsAsActor: await eventsAs('actor'),
      eventsAsRecipient: await eventsAs('recipient'),
      counterparts: counterparts.map((c) => ({ id: c.id, name: c.name, events: Number(c.n) })),
    }
  }

  /** Events per day and type, for an actor or for articles matching words. */
  async timeline(filters: QueryFilters): Promise<{ date: string; type: string; events: number }[]> {
    // Happenings, not mentions: an attack told three times in an article, or by five outlets, counts once.
    const where = ['a.duplicate_of IS NULL', 'e.date IS NOT NULL', 'e.first_mention = 1']
    const params: Param[] = []
    if (filters.actor) {
      const actors = await this.findActors(filters.actor)
      if (actors.length === 0) return []
      where.push(involving(actors))
      params.push(...actors)
    }
    if (filters.about) {
      where.push("lower(e.sentence) LIKE ? ESCAPE '\\'")
      params.push(like(filters.about))
    }
    this.dateAndSource(where, params, filters, 'e.date')
    const rows = await this.db.all<{ day: string; type: string; n: number }>(
      `SELECT substr(e.date, 1, 10) AS day, e.type, count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(' AND ')}
       GROUP BY substr(e.date, 1, 10), e.type ORDER BY day, e.type`,
      params,
    )
    return rows.map((r) => ({ date: r.day, type: r.type, events: Number(r.n) }))
  }

  /** Actor → recipient edges: how many events of each type, and the sum of their PLOVER scores. */
  async network(filters: QueryFilters = {}): Promise<NetworkEdge[]> {
    const where = ['a.duplicate_of IS NULL', 'e.first_mention = 1']
    const params: Param[] = []
    if (filters.type) {
      where.push('e.type = ?')
      params.push(filters.type.toUpperCase())
    }
    this.dateAndSource(where, params, filters, 'e.date')
    const rows = await this.db.all<{
      source: string
      source_name: string
      target: string
      target_name: string
      type: string
      n: number
      score: number
    }>(
      `SELECT s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, e.type, count(*) AS n, sum(e.score) AS score
       FROM events e JOIN articles a ON a.id = e.article_id
       JOIN event_actors xs ON xs.article_id = e.article_id AND xs.event_id = e.event_id AND xs.role = 'actor'
       JOIN event_actors xt ON xt.article_id = e.article_id AND xt.event_id = e.event_id AND xt.role = 'recipient'
       JOIN actors s ON s.id = xs.actor_id JOIN actors t ON t.id = xt.actor_id
       WHERE ${where.join(' AND ')} GROUP BY s.id, s.name, t.id, t.name, e.type ORDER BY n DESC, s.name, t.name`,
      params,
    )
    return rows.map((r) => ({
      source: r.source,
      sourceName: r.source_name,
      target: r.target,
      targetName: r.target_name,
      type: r.type,
      events: Number(r.n),
      score: Number(r.score),
    }))
  }

  /** Every analysed article's analysis, in stored order, a page at a time (for streaming exports). */
  async *analyses(batch = 200): AsyncGenerator<Analysis> {
    let after = 0
    for (;;) {
      const rows = await this.db.all<{ seq: number; analysis: string | Analysis; text: string }>(
        'SELECT seq, analysis, text FROM articles WHERE analysis IS NOT NULL AND seq > ? ORDER BY seq LIMIT ?',
        [after, batch],
      )
      for (const r of rows) yield withText(r.analysis, r.text)
      if (rows.length < batch) return
      after = Number(rows[rows.length - 1].seq)
    }
  }

  /** Events grouped by place, for a map (see `countEventsByPlace`). */
  async places(filters: PlaceCountFilters = {}): Promise<PlaceCount[]> {
    return countEventsByPlace(this.db, filters)
  }

  /** Every event with its participants, a page at a time. */
  async *allEvents(batch = 500): AsyncGenerator<EventRow> {
    let cursor: string | undefined
    do {
      const result = await this.events({ limit: batch, cursor })
      yield* result.items
      cursor = result.next
    } while (cursor)
  }

  /** Counts for the ingest summary and the UI. */
  async stats(): Promise<{
    articles: number
    analysed: number
    duplicates: number
    stories: number
    actors: number
    quotes: number
    events: number
    claims: number
  }> {
    const n = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0)
    return {
      articles: await n('SELECT count(*) AS n FROM articles'),
      analysed: await n('SELECT count(*) AS n FROM articles WHERE analysis IS NOT NULL'),
      duplicates: await n('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      stories: await n('SELECT count(DISTINCT story_id) AS n FROM articles WHERE story_id IS NOT NULL'),
      actors: await n('SELECT count(*) AS n FROM actors'),
      quotes: await n('SELECT count(*) AS n FROM quotes'),
      events: await n('SELECT count(*) AS n FROM events'),
      claims: await n('SELECT count(*) AS n FROM claims'),
    }
  }
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

/**
 * Inserts rows: on PostgreSQL in statements of up to 50 rows each (one round trip per table and article, not per
 * row); on SQLite, which has no round trips, one compiled single-row statement per row, a third faster than
 * multi-row ones, whose every row count is a statement of its own to compile and cache.
 */
async function insertRows(tx: Db, table: string, columns: readonly string[], rows: Param[][]): Promise<void> {
  const row = `(${placeholders(columns)})`
  if (tx.engine === 'sqlite') {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${row}`
    for (const values of rows) await tx.run(sql, values)
    return
  }
  for (let k = 0; k < rows.length; k += 50) {
    const chunk = rows.slice(k, k + 50)
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`, chunk.flat())
  }
}

/** `?, ?, ?` for each item of a list. */
function placeholders(list: readonly unknown[]): string {
  return list.map(() => '?').join(', ')
}

/** The columns an event row of the queries reads (events `e` joined to their article `a`). */
const EVENT_COLUMNS =
  'e.seq, e.article_id, e.event_id, e.type, e.mode, e.quad, e.score, e.date, e.modality, e.location, e.trigger, e.sentence, e.start_offset, e.end_offset, e.count, e.same_as, e.happening, a.source, a.url'

/** The condition "event `e` has one of these actors as actor or recipient". */
function involving(actors: readonly string[]): string {
  return `EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id AND x.event_id = e.event_id AND x.actor_id IN (${placeholders(actors)}))`
}

/** A stored analysis (JSON text on SQLite, JSONB on PostgreSQL) with the article text put back in its place. */
function withText(stored: string | Analysis, text: string): Analysis {
  const analysis = typeof stored === 'string' ? (JSON.parse(stored) as Analysis) : stored
  return { ...analysis, article: { ...analysis.article, text } }
}

function page<R extends Record<string, unknown>, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit).map(map)
  return { items, ...(rows.length > limit && { next: encodeCursor(Number(rows[limit - 1].seq)) }) }
}

/** About 200 characters around the first searched word. */
function snippet(text: string, words: string[]): string {
  const lower = text.toLowerCase()
  const hits = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0)
  const at = hits.length ? Math.min(...hits) : 0
  const start = Math.max(0, at - 80)
  return (
    (start > 0 ? '…' : '') +
    text
      .slice(start, start + 200)
      .replace(/\s+/g, ' ')
      .trim() +
    (start + 200 < text.length ? '…' : '')
  )
}
