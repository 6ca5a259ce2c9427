import { constants, type Stats } from 'node:fs'
import { lstat, open, readFile, readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { AppError } from '../../errors.js'
import { decodeBytes } from './decode-bytes.js'
import { guardedFetch } from './fetch-guard.js'
import type { FeedEntry } from './parse-feed.js'
import type { DateSource } from '../../doc/analysis.js'

/** Metadata an input may carry besides its text. */
export interface ItemMeta {
  title?: string
  published?: string
  /** Where `published` was found. */
  publishedSource?: DateSource
  url?: string
  source?: string
}

/** One article as read from an input, before extraction: plain text or an HTML page. */
export type RawItem = { name: string } & ItemMeta & { fallback?: ItemMeta } & (
    | { text: string }
    | { html: string }
    | { error: string }
  )

/** Limits on what one input may be. */
export interface SourceLimits {
  /** Largest file, page or feed, in bytes. */
  maxBytes: number
  /** Milliseconds to wait for a URL. */
  timeoutMs: number
  /** Fetch URLs that resolve to loopback, private or link-local addresses (default: refused). */
  allowPrivateUrls?: boolean
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: 16 * 1024 * 1024, timeoutMs: 20_000 }

const TEXT = /\.(txt|text|md)$/i
const HTML = /\.(html?|xhtml)(\.gz)?$/i
const JSONL = /\.(jsonl|ndjson)$/i
const FEED = /\.(rss|atom|xml)$/i

/** Parses a feed's XML into its items (`parseFeed`, or the same on a worker thread). */
export type FeedParser = (name: string, xml: string) => Promise<FeedEntry[] | { error: string }>

/** Options of `readSources`. */
export interface ReadOptions {
  feeds?: readonly string[]
  limits?: Partial<SourceLimits>
  /** Parses feeds; ingest passes its worker pool's `parseFeed` task so no XML is parsed on the calling thread. */
  parseFeed?: FeedParser
  /** Told of each entry a folder walk skips: a FIFO, device or socket, a link read already, a broken link. */
  onNote?: (note: { name: string; reason: string }) => void
}

/** State of one walk: its limits, and the real paths it has read (each file and folder once). */
interface Walk {
  limits: SourceLimits
  parse: FeedParser
  seen: Set<string>
  note: (note: { name: string; reason: string }) => void
}

/**
 * Reads every input as articles: text files, HTML pages (also gzipped), JSON Lines (`{text | html, title?,
 * published?, url?, source?}` per line), RSS/Atom feeds (files or URLs), folders (recursively, by extension), and
 * http(s) URLs (a page, or a feed by its content type). A bad input becomes one `{error}` item and the rest go on.
 * Folders are walked safely: only regular files are opened (a FIFO would block, /dev/zero never ends), symbolic
 * links are followed once each (a set of real paths: two links to "." make no loop), and a file's size is checked
 * before it is read.
 */
export async function* readSources(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawItem> {
  const walk: Walk = {
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    parse: options.parseFeed ?? (async (name, xml) => (await import('./parse-feed.js')).parseFeed(name, xml)),
    seen: new Set(),
    note: options.onNote ?? (() => {}),
  }
  for (const input of inputs) yield* readOne(input, walk, false, true)
  for (const feed of options.feeds ?? []) yield* readOne(feed, walk, true, true)
}

const isReadable = (name: string) => TEXT.test(name) || HTML.test(name) || JSONL.test(name) || FEED.test(name)

async function* readOne(input: string, walk: Walk, asFeed: boolean, named: boolean): AsyncGenerator<RawItem> {
  const { limits } = walk
  try {
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, walk, asFeed)
      return
    }
    const info = await stat(input).catch(() => undefined)
    if (!info) {
      const link = await lstat(input).catch(() => undefined)
      if (link?.isSymbolicLink() && !named) walk.note({ name: input, reason: 'a broken symbolic link: skipped' })
      else yield { name: input, error: `cannot read "${input}": no such file or folder` }
      return
    }
    const real = await realpath(input)
    if (walk.seen.has(real)) {
      if (!named)
        walk.note({
          name: input,
          reason: `the same ${info.isDirectory() ? 'folder' : 'file'} as one read already: skipped`,
        })
      return
    }
    walk.seen.add(real)
    if (info.isDirectory()) {
      for (const entry of (await readdir(input, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name.startsWith('.')) continue
        // A link is followed when it names a folder or a file we read; what it points to is checked there.
        if (entry.isDirectory() || entry.isSymbolicLink() || isReadable(entry.name)) {
          const path = join(input, entry.name)
          if (
            entry.isSymbolicLink() &&
            !isReadable(entry.name) &&
            !(await stat(path).catch(() => undefined))?.isDirectory()
          )
            continue
          yield* readOne(path, walk, false, false)
        }
      }
      return
    }
    if (!info.isFile()) {
      const reason = `not a regular file (${kindOf(info)}): skipped`
      if (named) yield { name: input, error: `cannot read "${input}": ${reason}` }
      else walk.note({ name: input, reason })
      return
    }
    if (info.size > limits.maxBytes) {
      yield {
        name: input,
        error: `"${input}" is ${info.size} bytes, over the ${limits.maxBytes}-byte limit (raise it with --max-bytes)`,
      }
      return
    }
    let bytes: Uint8Array = await readRegularFile(input, limits.maxBytes)
    if (/\.gz$/i.test(input)) bytes = gunzipSync(bytes, { maxOutputLength: limits.maxBytes })
    if (JSONL.test(input)) yield* readJsonLines(input, decodeBytes(bytes, input).text)
    else if (asFeed || FEED.test(input)) yield* readFeed(input, decodeBytes(bytes, input).text, walk.parse)
    else if (HTML.test(input)) yield { name: input, html: decodeHtml(bytes, input) }
    else yield { name: input, text: decodeBytes(bytes, input).text }
  } catch (error) {
    yield {
      name: input,
      error: error instanceof AppError ? error.message : `cannot read "${input}": ${(error as Error).message}`,
    }
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}

/**
 * Reads a regular file, at most `maxBytes`. Opened without blocking and checked again once open: a file swapped
 * for a pipe or a device after the walk looked at it is refused, not read for ever; one that grew past the limit
 * is refused too.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile())
      throw new AppError('invalid_input', `cannot read "${path}": not a regular file (${kindOf(info)})`)
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - size))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      size += bytesRead
      if (size > maxBytes)
        throw new AppError('too_large', `"${path}" is over the ${maxBytes}-byte limit (raise it with --max-bytes)`)
      chunks.push(chunk.subarray(0, bytesRead))
    }
    return Buffer.concat(chunks, size)
  } finally {
    await handle.close()
  }
}

/** Fetches a URL (size- and time-limited) and reads it as a page, a feed or text by its content type. */
async function* readUrl(url: string, walk: Walk, asFeed: boolean): AsyncGenerator<RawItem> {
  const { limits } = walk
  const bytes = await fetchBytes(url, limits)
  const type = bytes.type
  if (asFeed || /xml|rss|atom/.test(type)) yield* readFeed(url, decodeBytes(bytes.body, url).text, walk.parse, limits)
  else if (/html/.test(type)) yield { name: url, url, html: decodeHtml(bytes.body, url) }
  else yield { name: url, url, text: decodeBytes(bytes.body, url).text }
}

async function fetchBytes(url: string, limits: SourceLimits): Promise<{ body: Uint8Array; type: string }> {
  // Guarded: no loopback, private or metadata addresses (after DNS, on every redirect) unless allowed.
  return guardedFetch(url, {
    maxBytes: limits.maxBytes,
    timeoutMs: limits.timeoutMs,
    ...(limits.allowPrivateUrls !== undefined && { allowPrivate: limits.allowPrivateUrls }),
  })
}

/**
 * Decodes an HTML page: a byte-order mark, else the charset its `<meta>` declares (when the bytes are not valid
 * UTF-8), else UTF-8, else Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, name: string): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase()
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && !(bytes[0] === 0xef && bytes[1] === 0xbb)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      try {
        return new TextDecoder(declared).decode(bytes)
      } catch {
        /* an unknown label: fall through */
      }
    }
  }
  return decodeBytes(bytes, name).text
}

/** One JSON object per line; a bad line is reported and the others are read. */
function* readJsonLines(name: string, text: string): Generator<RawItem> {
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim()
    if (!line) continue
    const where = `${name}:${n + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      yield { name: where, error: `${where} is not JSON: ${(error as Error).message}` }
      continue
    }
    const o = value as Record<string, unknown>
    if (!o || typeof o !== 'object' || (typeof o.text !== 'string' && typeof o.html !== 'string')) {
      yield { name: where, error: `${where} needs a string "text" or "html"` }
      continue
    }
    const meta = metaOf(o)
    if (typeof o.text === 'string') yield { name: where, ...meta, text: o.text }
    else yield { name: where, ...meta, html: o.html as string }
  }
}

function metaOf(o: Record<string, unknown>): ItemMeta {
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined)
  const meta: ItemMeta = {}
  for (const k of ['title', 'published', 'url', 'source'] as const) {
    const v = str(k)
    if (v) meta[k] = v
  }
  if (meta.published) meta.publishedSource = 'manifest'
  return meta
}

/**
 * RSS 2.0 and Atom items: the item's full content when the feed carries it (content:encoded, atom content),
 * else its linked page when that is a URL we can fetch, else its summary. The XML is parsed by `parse` (a worker
 * thread's `parseFeed` task at ingest); only the fetches run here.
 */
async function* readFeed(name: string, xml: string, parse: FeedParser, limits?: SourceLimits): AsyncGenerator<RawItem> {
  const entries = await parse(name, xml)
  if ('error' in entries) {
    yield { name, error: entries.error }
    return
  }
  for (const entry of entries) {
    const { where, content, summary, link } = entry
    const meta: ItemMeta = {
      ...(entry.title && { title: entry.title }),
      ...(entry.published && { published: entry.published, publishedSource: 'feed' as const }),
      ...(entry.url && { url: entry.url }),
      ...(entry.source && { source: entry.source }),
    }
    if (content && content.length >= 500) {
      yield { name: where, ...meta, html: content }
      continue
    }
    if (link && /^https?:\/\//.test(link) && limits) {
      try {
        const page = await fetchBytes(link, limits)
        yield { name: link, ...meta, html: decodeHtml(page.body, link) }
        continue
      } catch (error) {
        if (!content && !summary) {
          yield { name: where, error: (error as Error).message }
          continue
        }
      }
    }
    const text = content ?? summary
    if (text) yield { name: where, ...meta, html: text }
    else yield { name: where, error: `${where} has neither content nor a page we could fetch` }
  }
}

/**
 * How many articles the local inputs hold, for a progress estimate: one per text or HTML file, one per line of
 * a JSON Lines file, one per item of a feed file; URLs are not counted. Cheap: no parsing beyond counting.
 */
export async function countItems(inputs: readonly string[]): Promise<number> {
  let n = 0
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) continue
    const info = await stat(input).catch(() => undefined)
    if (!info) continue
    if (info.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'))
      n += await countItems(
        entries
          .filter(
            (e) => e.isDirectory() || TEXT.test(e.name) || HTML.test(e.name) || JSONL.test(e.name) || FEED.test(e.name),
          )
          .map((e) => join(input, e.name)),
      )
    } else if (!info.isFile()) {
      // A pipe or a device is skipped by the walk: never opened here either (a FIFO would block the count).
    } else if ((JSONL.test(input) || FEED.test(input)) && info.size < 512 * 1024 * 1024) {
      const text = await readFile(input, 'utf8')
      n += JSONL.test(input)
        ? text.split('\n').filter((line) => line.trim()).length
        : (text.match(/<(item|entry)[\s>]/g) ?? []).length
    } else n++
  }
  return n
}
