import { Worker } from 'node:worker_threads'
import type { ArticleMeta } from '../../doc/types.js'
import type { Table } from '../../model/shared-tables.js'
import type { StoredAnalysis } from '../store/stored-analysis.js'
import type { Prepared } from './prepare.js'
import type { RawItem } from './sources.js'

/** Work a pool thread does. */
export type Task =
  | { kind: 'prepare'; item: RawItem }
  | { kind: 'analyze-json' | 'analyze-for-store'; text: string; meta: ArticleMeta; syntax?: boolean }

type Result<T extends Task> = T extends { kind: 'prepare' }
  ? Prepared | { name: string; error: string }
  : T extends { kind: 'analyze-json' }
    ? Uint8Array
    : StoredAnalysis

// Under tsx (tests, scripts) this module is TypeScript and its threads need the loader too; built, it is
// JavaScript beside its worker.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const WORKER_URL = new URL(FROM_SOURCE ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url)

type Job = { task: Task; resolve: (value: unknown) => void; reject: (error: Error) => void }

/**
 * A fixed pool of worker threads for the CPU-bound half of ingest. Each thread is handed a few tasks ahead, so
 * that it keeps working while the calling thread is busy (writing a batch to the store, say) and cannot hand out
 * the next one. A thread that dies (out of memory on a monstrous page, say) fails only the task it was running;
 * the tasks queued behind it go to the others, and it is replaced. The first thread loads the models into shared
 * memory and the others use its tables: one copy of them per process, not one per thread.
 */
export class WorkerPool {
  private readonly queue: Job[] = []
  /** Each thread's tasks in the order it runs them: the first is running. */
  private readonly held = new Map<Worker, Job[]>()
  private nextId = 0
  private closed = false
  /** The model tables the first thread loaded into shared memory, handed to every other thread. */
  private tables?: ReadonlyMap<string, Table>
  /** The thread loading them; the threads started meanwhile wait for them before taking tasks. */
  private sharer?: Worker
  private readonly waiting = new Set<Worker>()

  /** @param depth tasks handed to a thread at once */
  constructor(
    readonly size: number,
    private readonly data: { actors?: string } = {},
    private readonly depth = 4,
  ) {
    for (let k = 0; k < size; k++) this.held.set(this.spawn(), [])
  }

  private spawn(): Worker {
    // A small young generation keeps each thread's garbage short-lived: about 10 % less memory at ingest, same speed.
    const share = !this.tables && !this.sharer
    const workerData = { ...this.data, ...(this.tables && { tables: this.tables }), ...(share && { share }) }
    const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 } }
    // Node 20 does not carry --import hooks into threads: a source-run thread registers tsx itself first.
    const worker = FROM_SOURCE
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}) })`,
          { ...options, eval: true },
        )
      : new Worker(WORKER_URL, options)
    if (share) this.sharer = worker
    else if (!this.tables) this.waiting.add(worker)
    worker.on('message', (message: { result?: unknown; error?: string } | { tables: ReadonlyMap<string, Table> }) => {
      if ('tables' in message) {
        this.tables = message.tables
        for (const other of this.waiting) other.postMessage({ tables: this.tables })
        this.waiting.clear()
        this.pump()
        return
      }
      const job = this.held.get(worker)?.shift()
      if (message.error !== undefined) job?.reject(new Error(message.error))
      else job?.resolve(message.result)
      this.pump()
    })
    worker.on('error', (error) => this.replace(worker, error))
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(worker, new Error(`a worker thread stopped (exit code ${code})`))
    })
    return worker
  }

  private replace(worker: Worker, error: Error): void {
    const jobs = this.held.get(worker)
    if (!jobs) return
    this.held.delete(worker)
    this.waiting.delete(worker)
    if (worker === this.sharer) this.sharer = undefined
    jobs.shift()?.reject(error)
    this.queue.unshift(...jobs)
    if (!this.closed) {
      this.held.set(this.spawn(), [])
      this.pump()
    }
  }

  /** Hands queued tasks to the threads holding the fewest. */
  private pump(): void {
    while (this.queue.length > 0) {
      let target: Worker | undefined
      for (const [worker, jobs] of this.held)
        if (
          !this.waiting.has(worker) &&
          jobs.length < this.depth &&
          (!target || jobs.length < this.held.get(target)!.length)
        )
          target = worker
      if (!target) return
      const job = this.queue.shift()!
      this.held.get(target)!.push(job)
      target.postMessage({ id: this.nextId++, task: job.task })
    }
  }

  run<T extends Task>(task: T): Promise<Result<T>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all([...this.held.keys()].map((w) => w.terminate()))
  }
}
