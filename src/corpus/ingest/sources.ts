import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { AppError } from '../../errors.js'
import { decodeBytes } from './decode-bytes.js'
import { guardedFetch } from './fetch-guard.js'

/** Metadata an input may carry besides its text. */
export interface ItemMeta {
  title?: string
  published?: string
  url?: string
  source?: string
}

/** One article as read from an input, before extraction: plain text or an HTML page. */
export type RawItem = { name: string } & ItemMeta & ({ text: string } | { html: string } | { error: string })

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

/**
 * Reads every input as articles: text files, HTML pages (also gzipped), JSON Lines (`{text | html, title?,
 * published?, url?, source?}` per line), RSS/Atom feeds (files or URLs), folders (recursively, by extension), and
 * http(s) URLs (a page, or a feed by its content type). A bad input becomes one `{error}` item and the rest go on.
 */
export async function* readSources(
  inputs: readonly string[],
  options: { feeds?: readonly string[]; limits?: Partial<SourceLimits> } = {},
): AsyncGenerator<RawItem> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  for (const input of inputs) yield* readOne(input, limits, false)
  for (const feed of options.feeds ?? []) yield* readOne(feed, limits, true)
}

async function* readOne(input: string, limits: SourceLimits, asFeed: boolean): AsyncGenerator<RawItem> {
  try {
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, limits, asFeed)
      return
    }
    const info = await stat(input).catch(() => undefined)
    if (!info) {
      yield { name: input, error: `cannot read "${input}": no such file or folder` }
      return
    }
    if (info.isDirectory()) {
      for (const entry of (await readdir(input, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name.startsWith('.')) continue
        const path = join(input, entry.name)
        if (
          entry.isDirectory() ||
          TEXT.test(entry.name) ||
          HTML.test(entry.name) ||
          JSONL.test(entry.name) ||
          FEED.test(entry.name)
        )
          yield* readOne(path, limits, false)
      }
      return
    }
    if (info.size > limits.maxBytes) {
      yield {
        name: input,
        error: `"${input}" is ${info.size} bytes, over the ${limits.maxBytes}-byte limit (raise it with --max-bytes)`,
      }
      return
    }
    let bytes: Uint8Array = await readFile(input)
    if (/\.gz$/i.test(input)) bytes = gunzipSync(bytes, { maxOutputLength: limits.maxBytes })
    if (JSONL.test(input)) yield* readJsonLines(input, decodeBytes(bytes, input).text)
    else if (asFeed || FEED.test(input)) yield* readFeed(input, decodeBytes(bytes, input).text)
    else if (HTML.test(input)) yield { name: input, html: decodeHtml(bytes, input) }
    else yield { name: input, text: decodeBytes(bytes, input).text }
  } catch (error) {
    yield {
      name: input,
      error: error instanceof AppError ? error.message : `cannot read "${input}": ${(error as Error).message}`,
    }
  }
}

/** Fetches a URL (size- and time-limited) and reads it as a page, a feed or text by its content type. */
async function* readUrl(url: string, limits: SourceLimits, asFeed: boolean): AsyncGenerator<RawItem> {
  const bytes = await fetchBytes(url, limits)
  const type = bytes.type
  if (asFeed || /xml|rss|atom/.test(type)) yield* readFeed(url, decodeBytes(bytes.body, url).text, limits)
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
  return meta
}

/**
 * RSS 2.0 and Atom items: the item's full content when the feed carries it (content:encoded, atom content),
 * else its linked page when that is a URL we can fetch, else its summary.
 */
async function* readFeed(name: string, xml: string, limits?: SourceLimits): AsyncGenerator<RawItem> {
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) {
    yield { name, error: `${name} is not an RSS or Atom feed` }
    return
  }
  if (!/<\/(rss|feed|rdf:RDF)>\s*$/i.test(xml)) {
    yield { name, error: `${name} is not a well-formed feed: it ends before its closing tag` }
    return
  }
  // The DOM is loaded with the first feed (≈ 20 MB): most ingests read files and never need it.
  const { DOMParser } = await import('linkedom')
  let document: ReturnType<InstanceType<typeof DOMParser>['parseFromString']>
  try {
    document = new DOMParser().parseFromString(xml, 'text/xml')
  } catch (error) {
    yield { name, error: `${name} is not a well-formed feed: ${(error as Error).message}` }
    return
  }
  const items = [...document.querySelectorAll('item, entry')]
  if (items.length === 0) {
    yield { name, error: `${name} has no items` }
    return
  }
  const feedTitle =
    document.querySelector('channel > title')?.textContent?.trim() ??
    document.querySelector('feed > title')?.textContent?.trim()
  for (const [k, item] of items.entries()) {
    // Child elements by tag name: "content:encoded" and "dc:date" are not CSS-selectable.
    const pick = (tag: string) =>
      [...item.children].find((c) => c.tagName.toLowerCase() === tag.toLowerCase())?.textContent?.trim() || undefined
    const link = item.querySelector('link[href]')?.getAttribute('href') ?? pick('link') ?? pick('guid')
    const date = pick('pubDate') ?? pick('published') ?? pick('updated') ?? pick('dc:date')
    const published = date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : undefined
    const meta: ItemMeta = {
      ...(pick('title') && { title: pick('title') }),
      ...(published && { published }),
      ...(link && { url: link }),
      ...(feedTitle && { source: feedTitle }),
    }
    const where = `${name} item ${k + 1}`
    const content = pick('content:encoded') ?? pick('content')
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
        if (!content && !pick('description') && !pick('summary')) {
          yield { name: where, error: (error as Error).message }
          continue
        }
      }
    }
    const summary = content ?? pick('description') ?? pick('summary')
    if (summary) yield { name: where, ...meta, html: summary }
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
    } else if ((JSONL.test(input) || FEED.test(input)) && info.size < 512 * 1024 * 1024) {
      const text = await readFile(input, 'utf8')
      n += JSONL.test(input)
        ? text.split('\n').filter((line) => line.trim()).length
        : (text.match(/<(item|entry)[\s>]/g) ?? []).length
    } else n++
  }
  return n
}
