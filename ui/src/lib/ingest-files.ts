// Sends files to POST /v1/articles in batches and returns one result per file, whatever fails: a batch refused
// whole is sent again one file at a time, so one bad file never hides the fate of the others.
import { api, messageOf } from './api.js'
import type { Json } from './html.js'

/** What became of a file; `skipped` files were not articles (the reason says why). */
export type FileStatus = 'stored' | 'duplicate' | 'already_stored' | 'skipped' | 'failed'

/** The fate of one file. */
export interface FileResult {
  name: string
  status: FileStatus
  id?: string
  duplicateOf?: string
  reason?: string
}

/** Batch metadata given on the Ingest page. */
export interface BatchOptions {
  published?: string
  source?: string
  /** Take `YYYY-MM-DD` (or `YYYYMMDD`) from each file's name as its date. */
  dateFromName?: boolean
}

const BATCH = 20
const MAX_BYTES = 20 * 1024 * 1024

/** A date in a file name: "2016-03-04-vote.txt", "20160304_vote.html". */
export function dateInName(name: string): string | undefined {
  const m = /(19|20)(\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])/.exec(name)
  return m ? `${m[1]}${m[2]}-${m[3]}-${m[4]}` : undefined
}

/** Reads a file as an article body, or says why it cannot be one. */
export async function bodyOfFile(file: File, options: BatchOptions): Promise<Json | { failed: string }> {
  if (file.size === 0) return { failed: 'the file is empty' }
  if (file.size > MAX_BYTES) return { failed: 'the file is larger than 20 MB' }
  const content = await file.text()
  if (content.includes('\u0000')) return { failed: 'not a text or HTML file (it holds binary data)' }
  if (!content.trim()) return { failed: 'the file holds only white space' }
  const published = (options.dateFromName && dateInName(file.name)) || options.published
  return {
    ...(/\.html?$/i.test(file.name) ? { html: content } : { text: content }),
    ...(published && { published }),
    ...(options.source && { source: options.source }),
  }
}

/** One item of the server's answer as a file result. Before per-item results had `already_stored`, an item
 * stored before came back as `skipped` with no reason. */
export function resultOf(name: string, r: Json): FileResult {
  let status: FileStatus = ['stored', 'duplicate', 'already_stored', 'skipped', 'failed'].includes(r?.status)
    ? r.status
    : 'failed'
  if (status === 'skipped' && !r?.reason && r?.id) status = 'already_stored'
  const reason = r?.reason ?? r?.error?.message
  return {
    name,
    status,
    ...(r?.id && { id: r.id }),
    ...(r?.duplicateOf && { duplicateOf: r.duplicateOf }),
    ...((status === 'failed' || status === 'skipped') && { reason: reason ?? 'the server gave no reason' }),
  }
}

/** Sends one batch; a whole-batch refusal is retried file by file. */
async function sendBatch(items: { name: string; body: Json }[]): Promise<FileResult[]> {
  try {
    const answer = (await api('/v1/articles', { articles: items.map((i) => i.body) })) as Json
    const results: Json[] = answer?.results ?? []
    return items.map((item, k) => resultOf(item.name, results.find((r) => r?.index === k) ?? results[k]))
  } catch (e) {
    if (items.length === 1) return [{ name: items[0].name, status: 'failed', reason: messageOf(e) }]
    const one: FileResult[] = []
    for (const item of items) one.push(...(await sendBatch([item])))
    return one
  }
}

/** Ingests the files, calling `onProgress` after each batch with every result so far. */
export async function ingestFiles(
  files: File[],
  options: BatchOptions,
  onProgress: (results: FileResult[]) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = []
  for (let k = 0; k < files.length; k += BATCH) {
    const ready: { name: string; body: Json }[] = []
    for (const file of files.slice(k, k + BATCH)) {
      const name = file.webkitRelativePath || file.name
      const body = await bodyOfFile(file, options)
      if ('failed' in body) results.push({ name, status: 'failed', reason: body.failed })
      else ready.push({ name, body })
    }
    if (ready.length) results.push(...(await sendBatch(ready)))
    onProgress([...results])
  }
  return results
}
