import type { Prepared } from '../corpus/ingest/prepare.js'
import type { RawItem } from '../corpus/ingest/sources.js'
import type { WorkerPool } from '../corpus/ingest/worker-pool.js'
import type { CorpusStore } from '../corpus/store/corpus-store.js'
import type { StoredAnalysis } from '../corpus/store/stored-analysis.js'
import type { ArticleMeta } from '../doc/types.js'
import type { FeedJobs } from './feed-jobs.js'
import type { RequestLog } from './request-log.js'

/** What the routes share: the store, the analysis threads (if any), the feed jobs and the log. */
export interface ServerContext {
  store: CorpusStore
  pool?: WorkerPool
  /** Longest article text in characters. */
  maxLength: number
  /** HTML extraction and fingerprints, on an analysis thread when there is one. */
  prepare: (item: RawItem) => Promise<Prepared | { name: string; error: string }>
  analyzeForStore: (text: string, meta: ArticleMeta) => Promise<StoredAnalysis>
  jobs: FeedJobs
  /** Fetch feeds and pages from loopback and private addresses (`--allow-private-urls`). */
  allowPrivateUrls: boolean
  log: RequestLog
}
