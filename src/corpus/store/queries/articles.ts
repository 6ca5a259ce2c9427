import type { Analysis } from '../../../doc/analysis.js'
import type { Db } from '../db.js'
import { withText } from '../sql.js'

/** One stored article: metadata, its analysis (or its original's id), and every source of the same text. */
export async function article(
  db: Db,
  id: string,
): Promise<
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
  const row = await db.get<Record<string, string | null>>(
    'SELECT id, title, source, url, published, language, duplicate_of, story_id, analysis, text FROM articles WHERE id = ?',
    [id],
  )
  if (!row) return undefined
  const original = row.duplicate_of ?? row.id!
  const sources = await sourcesOf(db, original)
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

export async function sourcesOf(db: Db, original: string): Promise<string[]> {
  const rows = await db.all<{ source: string | null; url: string | null }>(
    'SELECT source, url FROM articles WHERE id = ? OR duplicate_of = ? ORDER BY seq',
    [original, original],
  )
  return [...new Set(rows.map((r) => r.source ?? r.url ?? 'unknown'))]
}

/** Every analysed article's analysis, in stored order, `batch` at a time (for streaming exports). */
export async function* analyses(db: Db, batch: number): AsyncGenerator<Analysis> {
  let after = 0
  for (;;) {
    const rows = await db.all<{ seq: number; analysis: string | Analysis; text: string }>(
      'SELECT seq, analysis, text FROM articles WHERE analysis IS NOT NULL AND seq > ? ORDER BY seq LIMIT ?',
      [after, batch],
    )
    for (const r of rows) yield withText(r.analysis, r.text)
    if (rows.length < batch) return
    after = Number(rows[rows.length - 1].seq)
  }
}
