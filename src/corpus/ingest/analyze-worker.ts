// A worker thread of the ingest pool: prepares raw items (HTML extraction, fingerprints) and analyses texts.
import { parentPort, workerData } from 'node:worker_threads'
import { ActorBook, defaultActorBook } from '../../stages/entities/actor-book.js'
import { analyze } from '../../pipeline/analyze.js'
import { toStoredAnalysis } from '../store/stored-analysis.js'
import { prepareItem } from './prepare.js'
import { shareTables, useTables, type Table } from '../../model/shared-tables.js'
import type { Task } from './worker-pool.js'
import { AppError } from '../../errors.js'

const data = workerData as { actors?: string; share?: boolean; tables?: ReadonlyMap<string, Table> } | undefined
// The actor file was checked by the parent before the pool started.
const actors = data?.actors ? defaultActorBook().with(ActorBook.load(data.actors)) : undefined

/** One small analysis, so that what loads on first use has loaded before the thread's first task is timed. */
function warmUp(): void {
  try {
    analyze('“We are ready,” the minister said in Geneva on Monday.')
  } catch {
    // A model that does not load fails each task with its own message; the others are shared all the same.
  }
}

if (data?.tables) useTables(data.tables)
if (data?.share) {
  // The first thread of a pool loads every model (an analysis touches them all; the syntax stage parses the
  // warm-up's sentence, which holds a quotation and a cue) into shared memory and hands the tables to the pool.
  const tables = shareTables()
  warmUp()
  parentPort!.postMessage({ tables })
} else if (data?.tables) warmUp()

const utf8 = new TextEncoder()

// Tasks run one after another and answer in order (the pool matches answers to tasks by order); preparing a
// page can wait for the extractor to load, so each task starts when the one before it has answered.
let previous = Promise.resolve()
parentPort!.on('message', (message: { id: number; task: Task } | { tables: ReadonlyMap<string, Table> }) => {
  if ('tables' in message) {
    useTables(message.tables)
    warmUp()
    parentPort!.postMessage({ ready: true })
  } else previous = previous.then(() => run(message))
})

async function run({ id, task }: { id: number; task: Task }): Promise<void> {
  try {
    if (task.kind === 'extract') {
      const { extractHtml } = await import('./extract-html.js')
      parentPort!.postMessage({ id, result: extractHtml(task.html, task.url) })
      return
    }
    if (task.kind === 'parseFeed') {
      const { parseFeed } = await import('./parse-feed.js')
      parentPort!.postMessage({ id, result: await parseFeed(task.name, task.xml) })
      return
    }
    if (task.kind === 'prepare') {
      parentPort!.postMessage({ id, result: await prepareItem(task.item) })
      return
    }
    const analysis = analyze(task.text, task.meta, {
      stageOptions: { ...(actors && { actors }) },
      ...(task.syntax !== undefined && { syntax: task.syntax }),
    })
    if (task.kind === 'analyze-json') {
      // Serialised and encoded here, then handed over without a copy: an HTTP server's own thread only sends the
      // bytes (copying a long string between threads cost this thread as much as the serialising).
      const bytes = utf8.encode(JSON.stringify(analysis))
      parentPort!.postMessage({ id, result: bytes }, [bytes.buffer])
      return
    }
    // 'analyze-for-store' projects here, so that the thread that writes the store only writes.
    parentPort!.postMessage({ id, result: toStoredAnalysis(analysis) })
  } catch (error) {
    // An AppError's code crosses the thread with its message, so the caller sees the same error.
    const code = error instanceof AppError ? error.code : undefined
    parentPort!.postMessage({ id, error: (error as Error).message, ...(code && { code }) })
  }
}

// Loaded and listening: the pool counts a task's time budget from here, not from the thread's start-up. A thread
// still waiting for the first one's tables says so once it has them.
if (data?.share || data?.tables) parentPort!.postMessage({ ready: true })
