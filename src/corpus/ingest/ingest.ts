import { availableParallelism } from 'node:os'
import type { CorpusStore } from '../store/corpus-store.js'
import { toStoredAnalysis, type StoredAnalysis } from '../store/stored-analysis.js'
import type { ArticleMeta } from '../../doc/types.js'
import { prepareItem, storePrepared } from './prepare.js'
import { dateFromName } from './name-date.js'
import { type RawItem, readSources, type SourceLimits } from './sources.js'
import { type TaskBudget, WorkerPool } from './worker-pool.js'
import { HeapCap } from './heap-cap.js'
import { AppError, messages } from '../../errors.js'

/** Options of one ingest run. */
export interface IngestOptions {
  feeds?: readonly string[]
  /** Worker threads for analysis (default: one per core). 0 analyses on the calling thread. */
  workers?: number
  /**
   * A pool of the caller's to run on instead of starting one (a server's, say); `workers` is then ignored and the
   * pool is left open. Pages, feeds and analyses all run on its threads, under its budget.
   */
  pool?: WorkerPool
  /** Time and size budget of one task on the pool this run starts (see `TaskBudget`). */
  budget?: Partial<TaskBudget>
  limits?: Partial<SourceLimits>
  /** An actor file added to the defaults. */
  actors?: string
  /** Called after each item with the running counts. */
  onProgress?: (progress: IngestSummary) => void
  /** Called with what became of each item, as it is done. */
  onItem?: (item: ItemOutcome) => void
  /** What an item lacks is taken from here: `--published DATE` and `--source NAME` for a whole batch. */
  fallback?: { published?: string; source?: string }
  /** Date an undated item by an ISO date in its file name (default true); before `fallback.published`. */
  dateFromName?: boolean
}

/** What became of one item of a run. */
export interface ItemOutcome {
  name: string
  status: 'stored' | 'duplicate' | 'already_stored' | 'failed'
  id?: string
  duplicateOf?: string
  /** Why it failed. */
  reason?: string
  /** The publication date it was stored with, and where that came from; absent when undated. */
  published?: string
  publishedSource?: string
}

/** What an ingest run did. */
export interface IngestSummary {
  read: number
  stored: number
  duplicates: number
  skipped: number
  failed: { name: string; reason: string }[]
  /** Entries a folder walk skipped without failing: pipes, devices, sockets, links read already, broken links. */
  notes: { name: string; reason: string }[]
  /** Stored articles that are not in English (analysed all the same, with a warning). */
  notEnglish: { name: string; language: string }[]
  /** Stored articles with no publication date: their relative times ("Tuesday") are left unresolved. */
  undated: number
  seconds: number
  articlesPerSecond: number
}

/**
 * The item with the run's fallbacks attached: a date in its file name (unless `dateFromName` is false), else
 * `--published`; `--source`. The item's own metadata and its page's win over them (see `prepareItem`).
 */
function withRunFallback<T extends RawItem>(item: T, options: IngestOptions): T {
  if ('error' in item) return item
  const fromName = options.dateFromName === false ? undefined : dateFromName(item.name)
  const published = fromName ?? options.fallback?.published
  const source = options.fallback?.source
  if (!published && !source) return item
  return {
    ...item,
    fallback: {
      ...(published && { published, publishedSource: fromName ? ('file-name' as const) : ('caller' as const) }),
      ...(source && { source }),
    },
  }
}

/**
 * Ingests inputs into the store: reads them, extracts and fingerprints each article, skips what is stored (the
 * run is idempotent), links exact and near copies to their original without analysing them, analyses the rest
 * on worker threads and stores each in its own transaction. An error in one item is recorded and the run goes on.
 */
export async function ingest(
  store: CorpusStore,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  // Nothing can be stored: said once, not once per item.
  if (store.db.readOnly)
    throw new AppError('store_read_only', messages.storeReadOnly('the database file or its folder cannot be written'))
  const began = performance.now()
  const workers = options.pool ? options.pool.size : (options.workers ?? Math.max(1, availableParallelism()))
  const own =
    !options.pool && workers > 0
      ? new WorkerPool(workers, { ...(options.actors && { actors: options.actors }) }, 4, options.budget)
      : undefined
  const pool = options.pool ?? own
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    skipped: 0,
    failed: [],
    notes: [],
    notEnglish: [],
    undated: 0,
    seconds: 0,
    articlesPerSecond: 0,
  }
  const heap = new HeapCap()
  const report = () => {
    heap.check()
    summary.seconds = (performance.now() - began) / 1000
    summary.articlesPerSecond = summary.seconds > 0 ? (summary.stored + summary.duplicates) / summary.seconds : 0
    options.onProgress?.(summary)
  }
  const prepare = async (item: Parameters<typeof prepareItem>[0]) =>
    pool ? pool.run({ kind: 'prepare', item }) : prepareItem(item)
  const analyzeText = async (text: string, meta: ArticleMeta): Promise<StoredAnalysis> => {
    if (pool) return pool.run({ kind: 'analyze-for-store', text, meta })
    const { analyze } = await import('../../pipeline/analyze.js')
    return toStoredAnalysis(analyze(text, meta))
  }

  const failed = (name: string, reason: string) => {
    summary.failed.push({ name, reason })
    options.onItem?.({ name, status: 'failed', reason })
  }
  const one = async (raw: Parameters<typeof prepareItem>[0]) => {
    summary.read++
    const item = withRunFallback(raw, options)
    try {
      const prepared = await prepare(item)
      if ('error' in prepared) return failed(prepared.name, prepared.error)
      const saved = await storePrepared(store, prepared, analyzeText)
      const dated = prepared.published
        ? {
            published: prepared.published,
            ...(prepared.publishedSource && { publishedSource: prepared.publishedSource }),
          }
        : {}
      if (saved.status === 'stored') {
        summary.stored++
        if (!prepared.published) summary.undated++
        if (saved.language && saved.language !== 'en' && saved.language !== 'und')
          summary.notEnglish.push({ name: prepared.name, language: saved.language })
        options.onItem?.({ name: prepared.name, status: 'stored', id: saved.id, ...dated })
      } else if (saved.status === 'duplicate') {
        summary.duplicates++
        options.onItem?.({
          name: prepared.name,
          status: 'duplicate',
          id: saved.id,
          ...(saved.duplicateOf && { duplicateOf: saved.duplicateOf }),
          ...dated,
        })
      } else {
        summary.skipped++
        options.onItem?.({ name: prepared.name, status: 'already_stored', id: saved.id })
      }
    } catch (error) {
      failed(item.name, (error as Error).message)
    } finally {
      report()
    }
  }

  // A bounded window of items in flight keeps every thread busy and memory flat; it is wide because an item
  // holds its place until its batch commits.
  const window = Math.max(16, workers * 16)
  const inFlight = new Set<Promise<void>>()
  try {
    for await (const item of readSources(inputs, {
      ...(options.feeds && { feeds: options.feeds }),
      ...(options.limits && { limits: options.limits }),
      // Feeds are parsed on a thread: a 10,000-item feed is a DOM of its own.
      ...(pool && { parseFeed: (name: string, xml: string) => pool.run({ kind: 'parseFeed', name, xml }) }),
      onNote: (note) => summary.notes.push(note),
    })) {
      const task = one(item).finally(() => inFlight.delete(task))
      inFlight.add(task)
      if (inFlight.size >= window) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
  } finally {
    await own?.close()
  }
  report()
  return summary
}
