import { DEFAULT_MAX_LENGTH } from '../../pipeline/create-doc.js'
import { AppError } from '../../errors.js'
import { storableText } from '../store/store-errors.js'
import { normalize } from '../../stages/text/normalize.js'
import { detectLanguage } from '../../stages/text/detect-language.js'
import { articleIdOf, fingerprint, itemKey, type MinHash } from '../dedupe/fingerprint.js'
import type { ArticleMeta } from '../../doc/types.js'
import type { ArticleRecord, CorpusStore, SaveResult } from '../store/corpus-store.js'
import type { StoredAnalysis } from '../store/stored-analysis.js'
import type { ItemMeta, RawItem } from './sources.js'

/** An item ready for the store's checks: text, metadata and fingerprints; no analysis yet. */
export interface Prepared extends ItemMeta {
  name: string
  text: string
  language: string
  key: string
  textHash: string
  minhash: MinHash
  terms: string[]
}

/**
 * Turns a raw item into text and fingerprints: HTML pages go through main-text extraction (the item's own
 * metadata wins over the page's), text is normalised and cut to the analysis limit. The extractor (a DOM and
 * Readability, ≈ 20 MB a thread) is loaded with the first page: text and JSON Lines never need it.
 * @returns an error message when nothing readable is left.
 */
export async function prepareItem(item: RawItem): Promise<Prepared | { name: string; error: string }> {
  if ('error' in item) return { name: item.name, error: item.error }
  let text: string
  let meta: ItemMeta = {
    ...(item.title && { title: item.title }),
    ...(item.published && { published: item.published, publishedSource: item.publishedSource ?? 'caller' }),
    ...(item.url && { url: item.url }),
    ...(item.source && { source: item.source }),
  }
  if ('html' in item) {
    const { extractHtml } = await import('./extract-html.js')
    const page = extractHtml(item.html, item.url)
    const headline = meta.title ?? page.title
    text = headline && page.text && !page.text.startsWith(headline) ? `${headline}\n${page.text}` : page.text
    meta = {
      ...(page.title && { title: page.title }),
      ...(page.published && { published: page.published, publishedSource: 'page' as const }),
      ...(page.url && { url: page.url }),
      ...(page.source && { source: page.source }),
      ...meta,
    }
  } else {
    text = item.text
  }
  // The run's fallbacks (a date in the file's name, `--published`, `--source`) fill only what the item lacks.
  meta = withFallback(meta, item.fallback)
  // NUL and lone surrogates (a broken title, a pasted fragment) are cleaned here, so that both engines store and
  // analyse the same strings.
  text = storableText(normalize(text).slice(0, DEFAULT_MAX_LENGTH))
  for (const k of ['title', 'published', 'url', 'source'] as const) {
    const value = meta[k] === undefined ? undefined : storableText(meta[k]).trim()
    if (value) meta[k] = value
    else delete meta[k]
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { name: item.name, error: `${item.name}: no article text found` }
  if (meta.published && Number.isNaN(Date.parse(meta.published))) delete meta.published
  if (!meta.published) delete meta.publishedSource
  const print = fingerprint(text)
  return {
    name: item.name,
    ...meta,
    text,
    language: detectLanguage(text),
    ...print,
    key: itemKey(print.textHash, meta.source, meta.url),
  }
}

/** `meta` with each field it lacks taken from `fallback` (the publication date with its source). */
function withFallback(meta: ItemMeta, fallback: ItemMeta | undefined): ItemMeta {
  if (!fallback) return meta
  const filled: ItemMeta = { ...meta }
  if (!filled.published && fallback.published) {
    filled.published = fallback.published
    filled.publishedSource = fallback.publishedSource ?? 'caller'
  }
  for (const k of ['title', 'url', 'source'] as const) if (!filled[k] && fallback[k]) filled[k] = fallback[k]
  return filled
}

/** The facts about the article a prepared item carries, as the pipeline takes them. */
export function articleMeta(p: Prepared): ArticleMeta {
  return {
    ...(p.title && { title: p.title }),
    ...(p.published && { published: p.published }),
    ...(p.publishedSource && { publishedSource: p.publishedSource }),
    ...(p.source && { source: p.source }),
    ...(p.url && { url: p.url }),
  }
}

/**
 * Stores one prepared item: skipped when its key is stored, linked when it copies a stored article, else
 * analysed and stored. On PostgreSQL the item is claimed while it is analysed, so that concurrent processes
 * never analyse it twice; an item another process holds is waited for (up to `claimWaitMs`), then answered as
 * stored by it or analysed here: never "skipped" unless it is stored. The claim is released whatever happens.
 * Returns what the store did and, for an analysed article, its language.
 */
export async function storePrepared(
  store: CorpusStore,
  prepared: Prepared,
  analyzeText: (text: string, meta: ArticleMeta) => Promise<StoredAnalysis>,
  claimWaitMs = 120_000,
): Promise<SaveResult & { language?: string }> {
  const skipped = { id: articleIdOf(prepared.key), status: 'skipped' as const }
  if (await store.has(prepared.key)) return skipped
  const checkedThrough = await store.latestSeq()
  if (await store.findOriginal(prepared.textHash, prepared.minhash, undefined, prepared.text))
    return store.save(toRecord(prepared))
  for (let waited = 0; !(await store.claim(prepared.key)); waited += CLAIM_POLL_MS) {
    if (await store.has(prepared.key)) return skipped
    if (waited >= claimWaitMs)
      throw new AppError(
        'conflict',
        `${prepared.name}: another process has been analysing this article for over ${claimWaitMs / 1000} s`,
      )
    await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS))
  }
  try {
    // Stored by the process that held it until now: nothing left to do.
    if (await store.has(prepared.key)) return skipped
    const analysis = await analyzeText(prepared.text, articleMeta(prepared))
    return { ...(await store.save({ ...toRecord(prepared, analysis), checkedThrough })), language: analysis.language }
  } finally {
    await store.release(prepared.key)
  }
}

/** How often a claimed item is looked at again while another process analyses it. */
const CLAIM_POLL_MS = 200

/** The store record of a prepared item, with its analysis when it has one. */
export function toRecord(prepared: Prepared, analysis?: StoredAnalysis): ArticleRecord {
  return {
    key: prepared.key,
    textHash: prepared.textHash,
    minhash: prepared.minhash,
    terms: prepared.terms,
    text: analysis?.text ?? prepared.text,
    language: analysis?.language ?? prepared.language,
    ...(prepared.url && { url: prepared.url }),
    ...(prepared.title && { title: prepared.title }),
    ...(prepared.source && { source: prepared.source }),
    ...(prepared.published && { published: prepared.published }),
    ...(analysis && { analysis }),
  }
}
