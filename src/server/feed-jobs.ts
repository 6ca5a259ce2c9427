import { randomUUID } from 'node:crypto'
import type { ArticleMeta } from '../doc/types.js'
import type { Prepared } from '../corpus/ingest/prepare.js'
import { prepareItem, storePrepared } from '../corpus/ingest/prepare.js'
import type { RawItem, SourceLimits } from '../corpus/ingest/sources.js'
import type { CorpusStore } from '../corpus/store/corpus-store.js'
import type { StoredAnalysis } from '../corpus/store/stored-analysis.js'
import { readFeedInThread } from './read-feed-in-thread.js'
import type { RequestLog } from './request-log.js'

/** What happened to one item of a feed job. */
export interface JobItem {
  index: number
  name: string
  status: 'stored' | 'duplicate' | 'skipped' | 'failed'
  id?: string
  error?: string
}

/** A feed ingest running in the background, as `GET /v1/jobs/:id` shows it. */
export interface FeedJob {
  id: string
  kind: 'feed'
  feed: string
  status: 'queued' | 'running' | 'done' | 'failed'
  created: string
  started?: string
  finished?: string
  /** Items read so far, and what became of them. */
  read: number
  stored: number
  duplicates: number
  skipped: number
  failed: number
  /** Why the job itself failed (the feed could not be read at all). */
  error?: string
  items: JobItem[]
}

/** How the jobs do their work: the server's store and its analysis threads. */
export interface FeedJobsOptions {
  store: CorpusStore
  /** Prepares an item (HTML extraction, fingerprints): on a worker thread when the server has them. */
  prepare?: (item: RawItem) => Promise<Prepared | { name: string; error: string }>
  analyze: (text: string, meta: ArticleMeta) => Promise<StoredAnalysis>
  limits: Partial<SourceLimits>
  log: RequestLog
  /** Items analysed at once within a job (default 8). */
  window?: number
  /** Jobs running at once; the others wait their turn (default 1). */
  concurrent?: number
  /** Finished jobs remembered (default 100); the oldest are forgotten. */
  keep?: number
  /** Jobs waiting at most (default 20): past it a new one is refused. */
  maxQueued?: number
  /** Reads a feed's items (default: on a thread of its own). */
  readFeed?: (feed: string, limits: Partial<SourceLimits>, signal: AbortSignal) => AsyncIterable<RawItem>
}

/**
 * Feed ingests as background jobs: `start` answers at once with the job, which fetches and parses the feed on a
 * thread of its own, analyses its items on the server's analysis threads and stores them one by one, recording
 * each item's fate. The event loop only hands work out and writes the store, so the server keeps answering.
 */
export class FeedJobs {
  private readonly jobs = new Map<string, FeedJob>()
  private readonly waiting: FeedJob[] = []
  private running = 0
  private closed = false
  private readonly active = new Set<Promise<void>>()
  private readonly closing = new AbortController()

  constructor(private readonly options: FeedJobsOptions) {}

  /** Queues a feed ingest; undefined when too many jobs wait already. */
  start(feed: string): FeedJob | undefined {
    if (this.waiting.length >= (this.options.maxQueued ?? 20)) return undefined
    const job: FeedJob = {
      id: randomUUID(),
      kind: 'feed',
      feed,
      status: 'queued',
      created: new Date().toISOString(),
      read: 0,
      stored: 0,
      duplicates: 0,
      skipped: 0,
      failed: 0,
      items: [],
    }
    this.jobs.set(job.id, job)
    this.forgetOld()
    this.waiting.push(job)
    this.next()
    return job
  }

  /** A job by id. */
  get(id: string): FeedJob | undefined {
    return this.jobs.get(id)
  }

  /** Stops taking jobs and waits for the running ones to end their current items. */
  async close(): Promise<void> {
    this.closed = true
    this.waiting.length = 0
    this.closing.abort()
    await Promise.allSettled([...this.active])
  }

  private next(): void {
    while (!this.closed && this.running < (this.options.concurrent ?? 1) && this.waiting.length > 0) {
      const job = this.waiting.shift()!
      this.running++
      const run = this.run(job).finally(() => {
        this.running--
        this.active.delete(run)
        this.next()
      })
      this.active.add(run)
    }
  }

  private async run(job: FeedJob): Promise<void> {
    const { store, analyze, limits, log } = this.options
    const prepare = this.options.prepare ?? prepareItem
    const readFeed = this.options.readFeed ?? readFeedInThread
    job.status = 'running'
    job.started = new Date().toISOString()
    log.info({ msg: 'feed job started', job: job.id, feed: job.feed })
    const one = async (item: RawItem, index: number) => {
      const record = (result: Omit<JobItem, 'index' | 'name'>) => {
        job[result.status === 'duplicate' ? 'duplicates' : result.status]++
        job.items.push({ index, name: item.name, ...result })
      }
      try {
        const prepared = await prepare(item)
        if ('error' in prepared) return record({ status: 'failed', error: prepared.error })
        const saved = await storePrepared(store, prepared, analyze)
        record({ status: saved.status, id: saved.id })
      } catch (error) {
        record({ status: 'failed', error: (error as Error).message })
      }
    }
    const inFlight = new Set<Promise<void>>()
    try {
      for await (const item of readFeed(job.feed, limits, this.closing.signal)) {
        if (this.closed) break
        // The feed itself unreadable: one error item and nothing else.
        if (job.read === 0 && 'error' in item && item.name === job.feed) {
          job.status = 'failed'
          job.error = item.error
          break
        }
        const task = one(item, job.read++).finally(() => inFlight.delete(task))
        inFlight.add(task)
        if (inFlight.size >= (this.options.window ?? 8)) await Promise.race(inFlight)
      }
      await Promise.all(inFlight)
      if (job.status === 'running' && this.closed) {
        job.status = 'failed'
        job.error = 'the server stopped before the feed was read to its end: post it again (stored items are skipped)'
      } else if (job.status === 'running') job.status = 'done'
    } catch (error) {
      await Promise.allSettled(inFlight)
      job.status = 'failed'
      job.error = (error as Error).message
    }
    job.finished = new Date().toISOString()
    const { items: _, ...summary } = job
    log.info({ msg: 'feed job ended', ...summary })
  }

  private forgetOld(): void {
    const keep = this.options.keep ?? 100
    const finished = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed')
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.delete(job.id)
  }
}
