import type { Analysis } from '../../doc/analysis.js'
import { AppError } from '../../errors.js'
import type { MinHash } from '../dedupe/fingerprint.js'
import { ArticleWriter } from './article-writer.js'
import { type Db, openDb } from './db.js'
import { migrate } from './migrations.js'
import { countEventsByPlace, type PlaceCount, type PlaceCountFilters } from './place-rows.js'
import { actorCandidates, findActors } from './queries/actors.js'
import { network, stats, timeline } from './queries/aggregates.js'
import { analyses, article } from './queries/articles.js'
import { claims } from './queries/claims.js'
import { dossier } from './queries/dossier.js'
import { events } from './queries/events.js'
import { quotes } from './queries/quotes.js'
import { search } from './queries/search.js'
import type { ArticleRecord, EventRow, QueryFilters, SaveResult } from './types.js'

export { actorNames, aliasKey } from './actor-linking.js'
export type * from './types.js'

/**
 * The corpus: articles with their analyses, and query tables (actors across articles, quotes, events, claims)
 * for search, dossiers, timelines, networks and exports. One class over both engines: the write side is the
 * `ArticleWriter`, each query family a module of `queries/`.
 */
export class CorpusStore {
  private readonly writer: ArticleWriter
  /** Claims this process holds, per key (claims of one key stack, as PostgreSQL's locks do). */
  private readonly claimed = new Map<string, number>()

  private constructor(readonly db: Db) {
    this.writer = new ArticleWriter(db)
  }

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

  /** The original of an exact or near copy already stored, if any. */
  findOriginal(textHash: string, minhash: MinHash, db: Db = this.db, text?: string): Promise<string | undefined> {
    return this.writer.copies.findOriginal(db, textHash, minhash, text)
  }

  /** Stores one article (see `ArticleWriter.save`); resolves once it is committed. */
  save(record: ArticleRecord): Promise<SaveResult> {
    return this.writer.save(record)
  }

  // ——— queries: each a function of `queries/` over this store's connection ———

  article(id: string) {
    return article(this.db, id)
  }

  search(filters: QueryFilters) {
    return search(this.db, filters)
  }

  findActors(name: string) {
    return findActors(this.db, name)
  }

  actorCandidates(name: string) {
    return actorCandidates(this.db, name)
  }

  quotes(filters: QueryFilters) {
    return quotes(this.db, filters)
  }

  events(filters: QueryFilters) {
    return events(this.db, filters)
  }

  claims(filters: QueryFilters) {
    return claims(this.db, filters)
  }

  dossier(idOrName: string) {
    return dossier(this.db, idOrName)
  }

  timeline(filters: QueryFilters) {
    return timeline(this.db, filters)
  }

  network(filters: QueryFilters = {}) {
    return network(this.db, filters)
  }

  stats() {
    return stats(this.db)
  }

  /** Every analysed article's analysis, in stored order, a page at a time (for streaming exports). */
  analyses(batch = 200): AsyncGenerator<Analysis> {
    return analyses(this.db, batch)
  }

  /** Events grouped by place, for a map (see `countEventsByPlace`). */
  places(filters: PlaceCountFilters = {}): Promise<PlaceCount[]> {
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
}
