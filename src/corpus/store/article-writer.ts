import { articleIdOf, minHashBands, minHashHex } from '../dedupe/fingerprint.js'
import { ActorLinker } from './actor-linking.js'
import type { Db, Param } from './db.js'
import { CopyFinder } from './duplicates.js'
import { joinedHappenings } from './happenings.js'
import { SaveQueue } from './save-queue.js'
import { saveRows } from './save-rows.js'
import { insertRows } from './sql.js'
import { StoryAssigner } from './stories.js'
import type { ArticleRecord, SaveResult } from './types.js'

/** The PostgreSQL advisory lock saves take turns on (any number no other lock of the store uses). */
const SAVE_LOCK = 7373

/**
 * The write side of the store: stores articles through a save queue, finding copies, linking actors, assigning
 * stories and joining happenings. Each of those owns its cache; a rolled-back commit empties them all.
 */
export class ArticleWriter {
  readonly copies = new CopyFinder()
  private readonly actors = new ActorLinker()
  private readonly stories = new StoryAssigner()
  private readonly queue = new SaveQueue<ArticleRecord, SaveResult>(
    (records) => this.commit(records),
    () => {
      this.actors.forget()
      this.stories.forget()
    },
  )

  constructor(private readonly db: Db) {}

  /**
   * Stores one article: skipped when its key is stored, linked as a duplicate when its text copies a stored
   * article, else stored whole with its query rows and its story. Saves arriving together are committed together
   * in one transaction (retried one by one if any fails); the promise resolves once the article is committed.
   */
  save(record: ArticleRecord): Promise<SaveResult> {
    return this.queue.save(record)
  }

  /** Saves records in one transaction. */
  private async commit(records: readonly ArticleRecord[]): Promise<SaveResult[]> {
    return this.db.transaction(async (tx) => {
      // On PostgreSQL, saves from concurrent ingest processes take turns: actor and alias rows are shared, and
      // interleaved inserts of them would deadlock. The analysis, the slow part, runs outside this lock.
      if (tx.engine === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(${SAVE_LOCK}) AS locked`)
      const results: SaveResult[] = []
      for (const record of records) results.push(await this.saveOne(tx, record))
      return results
    })
  }

  private async saveOne(tx: Db, record: ArticleRecord): Promise<SaveResult> {
    const id = articleIdOf(record.key)
    if (await tx.get('SELECT 1 AS x FROM articles WHERE key = ?', [record.key])) return { id, status: 'skipped' }
    // Checked before its analysis: only what was stored since could be its original now.
    const original =
      record.analysis && record.checkedThrough !== undefined
        ? await this.copies.findOriginalSince(tx, record.checkedThrough, record.textHash, record.minhash, record.text)
        : await this.copies.findOriginal(tx, record.textHash, record.minhash, record.text)
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
      await tx.run('INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE id = ?', [
        id,
      ])
    }
    if (original) {
      const story = await tx.get<{ story_id: string | null }>('SELECT story_id FROM articles WHERE id = ?', [original])
      if (story?.story_id) await tx.run('UPDATE articles SET story_id = ? WHERE id = ?', [story.story_id, id])
      return { id, status: 'duplicate', duplicateOf: original, ...(story?.story_id && { storyId: story.story_id }) }
    }
    if (!stored) return { id, status: 'stored' }
    const actorIds = new Map<string, string>()
    for (const entity of stored.entities) actorIds.set(entity.id, await this.actors.actorFor(tx, entity))
    const storyId = await this.stories.assign(tx, id, record, actorIds)
    const joined =
      storyId !== id ? await joinedHappenings(tx, id, storyId, stored, actorIds) : new Map<string, string>()
    await saveRows(tx, id, stored, actorIds, joined, record.published)
    return { id, status: 'stored', storyId }
  }
}
