import { AppError } from '../../../errors.js'
import type { Db, Param } from '../db.js'
import { dateAndSource, decodeCursor, encodeCursor, limitOf } from '../paging.js'
import { ftsQuery, searchWords } from '../sql.js'
import type { Page, QueryFilters } from '../types.js'
import { sourcesOf } from './articles.js'

/** Full-text search over analysed articles; copies fold into their original's `sources`. */
export async function search(
  db: Db,
  filters: QueryFilters,
): Promise<
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
    db.engine === 'sqlite'
      ? {
          join: 'JOIN articles_fts f ON f.rowid = a.seq',
          cond: 'articles_fts MATCH ?',
          param: ftsQuery(filters.text),
        }
      : { join: '', cond: "a.tsv @@ plainto_tsquery('english', ?)", param: filters.text }
  where.push(fts.cond)
  params.push(fts.param)
  dateAndSource(where, params, filters, 'a.published', 'a.source')
  const rows = await db.all<{
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
  const total = await db.get<{ n: number }>(
    `SELECT count(DISTINCT coalesce(a.story_id, a.id)) AS n FROM articles a ${fts.join} WHERE ${where.slice(0, 1).concat(where.slice(2)).join(' AND ')}`,
    params.slice(1),
  )
  const words = searchWords(filters.text)
  const items = await Promise.all(
    rows.slice(0, limit).map(async (r) => ({
      id: r.id,
      ...(r.title && { title: r.title }),
      ...(r.published && { published: r.published }),
      ...(r.source && { source: r.source }),
      ...(r.url && { url: r.url }),
      ...(r.story_id && { storyId: r.story_id }),
      sources: await sourcesOf(db, r.id),
      snippet: snippet(r.text, words),
    })),
  )
  return {
    items,
    stories: Number(total?.n ?? 0),
    ...(rows.length > limit && { next: encodeCursor(rows[limit - 1].seq) }),
  }
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
