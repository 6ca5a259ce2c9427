import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { AppError } from '../errors.js'
import { extractHtml } from '../corpus/ingest/extract-html.js'
import { fromPR, type BinaryScores } from './score-spans.js'

/** Word 4-shingles of a text, counted: the article-extraction benchmark's unit of comparison. */
function shingles(text: string): Map<string, number> {
  const words = text.match(/\w+/gu) ?? []
  const counts = new Map<string, number>()
  const n = Math.min(4, words.length)
  for (let i = 0; i + n <= words.length && n > 0; i++) {
    const key = words.slice(i, i + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Precision and recall of one extraction against its ground truth (1 and 1 when both are empty). */
export function compareText(predicted: string, gold: string): { p: number; r: number } {
  const a = shingles(predicted)
  const b = shingles(gold)
  let overlap = 0
  for (const [key, n] of a) overlap += Math.min(n, b.get(key) ?? 0)
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0)
  const pa = total(a)
  const pb = total(b)
  return { p: pa ? overlap / pa : pb ? 0 : 1, r: pb ? overlap / pb : 1 }
}

/** One half of the benchmark's pages, by sorted id: the first is tuned on, the second is left untouched. */
export type ExtractHalf = 'first' | 'second'

/**
 * Scores main-text extraction on the article-extraction benchmark layout (DIR/html/<id>.html.gz and
 * DIR/ground-truth.json id → {articleBody}): precision and recall per page over word shingles, averaged over
 * pages, F1 of the averages. With `half`, only that half of the pages present (sorted by id; the first half
 * holds the odd page when the count is odd).
 */
export function evalExtract(dir: string, half?: ExtractHalf): BinaryScores & { pages: number } {
  const truthPath = join(dir, 'ground-truth.json')
  if (!existsSync(truthPath))
    throw new AppError('not_found', `cannot read "${truthPath}": expected DIR/ground-truth.json and DIR/html/`)
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url?: string }>
  const ids = Object.keys(truth)
    .filter((id) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .sort()
  const middle = Math.ceil(ids.length / 2)
  const chosen = half === 'first' ? ids.slice(0, middle) : half === 'second' ? ids.slice(middle) : ids
  let p = 0
  let r = 0
  let pages = 0
  for (const id of chosen) {
    const { articleBody, url } = truth[id]
    const file = join(dir, 'html', `${id}.html.gz`)
    const html = gunzipSync(readFileSync(file)).toString('utf8')
    const score = compareText(extractHtml(html, url).text, articleBody)
    p += score.p
    r += score.r
    pages++
  }
  return { ...fromPR(p / (pages || 1), r / (pages || 1)), pages }
}
