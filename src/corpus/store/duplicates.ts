import {
  type MinHash,
  minHashBands,
  minHashSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
  parseMinHash,
  shingleSimilarity,
} from '../dedupe/fingerprint.js'
import type { Db } from './db.js'
import { keepRecent } from './recent-cache.js'

// How many stored originals' signatures stay in memory, the most recently used: copies are mostly found among
// recent articles, and every thousand more kept cost the ingest ≈ 5 MB (measured: 5,000 held the writing
// thread's heap 10–35 MB higher than 1,000, at the same speed). A signature never changes once stored, so the
// cache is never invalidated.
const SIGNATURES_KEPT = 1_000
/** Articles stored since an item was first checked that are compared one by one; more, and the index is asked. */
const RECENT_CHECKED = 500
/** Band-sharing candidates whose signatures are compared, the most bands shared first. */
const BAND_CANDIDATES = 40

/** Finds the stored original an article's text copies exactly or nearly; owns the cache of signatures. */
export class CopyFinder {
  private readonly signatures = new Map<string, MinHash>()

  /** The original of an exact or near copy already stored, if any. */
  async findOriginal(db: Db, textHash: string, minhash: MinHash, text?: string): Promise<string | undefined> {
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
       GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ${BAND_CANDIDATES}`,
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
      if (minHashSimilarity(signature, minhash) >= NEAR_DUPLICATE_SIMILARITY && (await isNearCopyOf(db, id, text)))
        return id
    }
    return undefined
  }

  /**
   * `findOriginal` among the articles stored after `seq` only: what a save must check again when its item was
   * checked before it was analysed. Falls back to the whole store when more than `RECENT_CHECKED` came since.
   */
  async findOriginalSince(
    db: Db,
    seq: number,
    textHash: string,
    minhash: MinHash,
    text?: string,
  ): Promise<string | undefined> {
    const recent = await db.all<{ id: string; text_hash: string; minhash: string }>(
      'SELECT id, text_hash, minhash FROM articles WHERE seq > ? AND duplicate_of IS NULL ORDER BY seq LIMIT ?',
      [seq, RECENT_CHECKED + 1],
    )
    if (recent.length > RECENT_CHECKED) return this.findOriginal(db, textHash, minhash, text)
    const exact = recent.find((r) => r.text_hash === textHash)
    if (exact) return exact.id
    const bands = minHashBands(minhash)
    for (const r of recent) {
      let signature = this.signatures.get(r.id)
      if (!signature) this.remember(r.id, (signature = parseMinHash(r.minhash)))
      if (
        minHashBands(signature).some((value, band) => value === bands[band]) &&
        minHashSimilarity(signature, minhash) >= NEAR_DUPLICATE_SIMILARITY &&
        (await isNearCopyOf(db, r.id, text))
      )
        return r.id
    }
    return undefined
  }

  private remember(id: string, signature: MinHash): void {
    keepRecent(this.signatures, SIGNATURES_KEPT, id, signature)
  }
}

/** The MinHash estimate confirmed on the words: `text` is at least 0.6 similar to the stored article `id`. */
async function isNearCopyOf(db: Db, id: string, text: string | undefined): Promise<boolean> {
  if (text === undefined) return true
  const row = await db.get<{ text: string }>('SELECT text FROM articles WHERE id = ?', [id])
  return row !== undefined && shingleSimilarity(row.text, text) >= NEAR_DUPLICATE_SIMILARITY
}
