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

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    const analysis = () => analyze(task.kind === 'prepare' ? '' : task.text, task.kind === 'prepare' ? {} : task.meta, { stageOptions: { ...(actors && { actors }) } })
    // 'analyze-json' serialises here, so that an HTTP server's own thread only sends the bytes; 'analyze-for-store'
    // projects here, so that the thread that writes the store only writes.
    const result = task.kind === 'prepare' ? prepareItem(task.item)
      : task.kind === 'analyze-json' ? JSON.stringify(analysis()) : toStoredAnalysis(analysis())
    parentPort!.postMessage({ id, result })
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message })
  }
})
