// A worker thread of the ingest pool: prepares raw items (HTML extraction, fingerprints) and analyses texts.
import { parentPort, workerData } from 'node:worker_threads'
import { ActorBook, defaultActorBook } from '../../stages/entities/actor-book.js'
import { analyze } from '../../pipeline/analyze.js'
import { toStoredAnalysis } from '../store/stored-analysis.js'
import { prepareItem } from './prepare.js'
import type { Task } from './worker-pool.js'

const path = (workerData as { actors?: string } | undefined)?.actors
// The actor file was checked by the parent before the pool started.
const actors = path ? defaultActorBook().with(ActorBook.load(path)) : undefined

const utf8 = new TextEncoder()

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    const analysis = () => analyze(task.kind === 'prepare' ? '' : task.text, task.kind === 'prepare' ? {} : task.meta, { stageOptions: { ...(actors && { actors }) } })
    if (task.kind === 'analyze-json') {
      // Serialised and encoded here, then handed over without a copy: an HTTP server's own thread only sends the
      // bytes (copying a long string between threads cost this thread as much as the serialising).
      const bytes = utf8.encode(JSON.stringify(analysis()))
      parentPort!.postMessage({ id, result: bytes }, [bytes.buffer])
      return
    }
    // 'analyze-for-store' projects here, so that the thread that writes the store only writes.
    const result = task.kind === 'prepare' ? prepareItem(task.item) : toStoredAnalysis(analysis())
    parentPort!.postMessage({ id, result })
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message })
  }
})
