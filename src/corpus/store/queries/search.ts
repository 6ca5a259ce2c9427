import { AppError } from '../../../errors.js'
import type { Db, Param } from '../db.js'
import { dateAndSource, decodeOffset, encodeOffset, limitOf } from '../paging.js'
import { ftsQuery, searchWords } from '../sql.js'
import type { Page, QueryFilters } from '../types.js'
import { sourcesOf } from './articles.js'
import { snippetOf } from './snippet.js'

/** Hits per page when the caller names no limit. */
const SEARCH_LIMIT = 20
/** How much more a word in the title weighs than one in the text, in SQLite's bm25. */
const TITLE_WEIGHT = 4

/** One search hit: an original article, the outlets that ran it, and a snippet with the matched words marked. */
export interface SearchHit {
  id: string
  title?: string
  published?: string
  source?: string
  url?: string
  storyId?: string
  sources: string[]
  snippet: string
  marks: [number, number][]
}

/** A page of hits, the number of matching articles (`total`) and of stories they belong to. */
export type SearchPage = Page<SearchHit> & { total: number; stories: number }

/**
 * Full-text search over analysed articles, by relevance (SQLite FTS5's bm25 with the title weighted, PostgreSQL's
 * ts_rank_cd) or by date (`sort: 'date'`, newest first); copies fold into their original's `sources`. The cursor
 * is a position: pages follow one another as long as no article is stored between them.
 */
export async function search(db: Db, filters: QueryFilters): Promise<SearchPage> {
  if (!filters.text?.trim()) throw new AppError('invalid_input', 'expected the words to search for')
  if (filters.sort !== undefined && filters.sort !== 'relevance' && filters.sort !== 'date')
    throw new AppError('invalid_input', `expected sort=relevance or sort=date, instead found "${filters.sort}"`)
  const limit = limitOf(filters.limit, SEARCH_LIMIT)
  const offset = decodeOffset(filters.cursor)
  const where: string[] = ['a.duplicate_of IS NULL']
  const params: Param[] = []
  const sqlite = db.engine === 'sqlite'
  const join = sqlite ? 'JOIN articles_fts f ON f.rowid = a.seq' : ''
  where.push(sqlite ? 'articles_fts MATCH ?' : "a.tsv @@ plainto_tsquery('english', ?)")
  params.push(sqlite ? ftsQuery(filters.text) : filters.text)
  dateAndSource(where, params, filters, 'a.published', 'a.source')
  const byDate = filters.sort === 'date'
  // bm25 is lower for better matches; ts_rank_cd higher. Ties go to the article stored first.
  const rank = sqlite ? `bm25(articles_fts, ${TITLE_WEIGHT}, 1)` : "ts_rank_cd(a.tsv, plainto_tsquery('english', ?))"
  const order = byDate ? 'a.published DESC NULLS LAST, a.seq DESC' : `${rank}${sqlite ? '' : ' DESC'}, a.seq`
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
    `SELECT a.seq, a.id, a.title, a.published, a.source, a.url, a.story_id, a.text FROM articles a ${join}
     WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...params, ...(!byDate && !sqlite ? [filters.text] : []), limit + 1, offset],
  )
  const counts = await db.get<{ n: number | string; stories: number | string }>(
    `SELECT count(*) AS n, count(DISTINCT coalesce(a.story_id, a.id)) AS stories FROM articles a ${join}
     WHERE ${where.join(' AND ')}`,
    params,
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
      ...snippetOf(r.text, words),
    })),
  )
  return {
    total: Number(counts?.n ?? 0),
    stories: Number(counts?.stories ?? 0),
    items,
    ...(rows.length > limit && { next: encodeOffset(offset + limit) }),
  }
}
