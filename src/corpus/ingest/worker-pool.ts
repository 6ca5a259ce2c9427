import { Worker } from 'node:worker_threads'
import type { ArticleMeta } from '../../doc/types.js'
import { AppError, type ErrorCode, messages } from '../../errors.js'
import type { Table } from '../../model/shared-tables.js'
import type { StoredAnalysis } from '../store/stored-analysis.js'
import type { ExtractedPage } from './extract-html.js'
import type { FeedEntry } from './parse-feed.js'
import type { Prepared } from './prepare.js'
import type { RawItem } from './sources.js'

/** Work a pool thread does. */
export type Task =
  | { kind: 'prepare'; item: RawItem }
  | { kind: 'analyze-json' | 'analyze-for-store'; text: string; meta: ArticleMeta }
  /** Main text and metadata of an HTML page (`extractHtml`), off the calling thread. */
  | { kind: 'extract'; html: string; url?: string }
  /** The items of an RSS or Atom feed (`parseFeed`), off the calling thread. */
  | { kind: 'parseFeed'; name: string; xml: string }

type Result<T extends Task> = T extends { kind: 'prepare' }
  ? Prepared | { name: string; error: string }
  : T extends { kind: 'analyze-json' }
    ? Uint8Array
    : T extends { kind: 'extract' }
      ? ExtractedPage
      : T extends { kind: 'parseFeed' }
        ? FeedEntry[] | { error: string }
        : StoredAnalysis

/** How long and how large one task may be before the pool ends it with an error. */
export interface TaskBudget {
  /**
   * Milliseconds a task may run on its thread (counted from when the thread starts it, not while it waits in the
   * queue). Past it the thread is terminated and replaced, and the task fails with `analysis_timeout`.
   * Default 60,000.
   */
  timeMs: number
  /** Longest text an analysis task takes, in characters; a longer one fails at once with `too_large`. */
  maxChars: number
}

/** The default budget: a minute and 5 million characters (the analysis limit) per task. */
export const DEFAULT_TASK_BUDGET: TaskBudget = { timeMs: 60_000, maxChars: 5_000_000 }

// Under tsx (tests, scripts) this module is TypeScript and its threads need the loader too; built, it is
// JavaScript beside its worker.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const WORKER_URL = new URL(FROM_SOURCE ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url)

type Job = { task: Task; resolve: (value: unknown) => void; reject: (error: Error) => void }

/** What a thread answers: a result, or an error message with the AppError code it carried, if any. */
type Answer = { result?: unknown; error?: string; code?: ErrorCode }

/**
 * A fixed pool of worker threads for the CPU-bound half of ingest. Each thread is handed a few tasks ahead, so
 * that it keeps working while the calling thread is busy (writing a batch to the store, say) and cannot hand out
 * the next one. A thread that dies (out of memory on a monstrous page, say) fails only the task it was running;
 * the tasks queued behind it go to the others, and it is replaced. The first thread loads the models into shared
 * memory and the others use its tables: one copy of them per process, not one per thread.
 *
 * Every task runs under a budget (`TaskBudget`): a task still running when its time is up (a pathological
 * article, a page built to be slow) has its thread terminated and replaced; it fails with `analysis_timeout`, and
 * the tasks queued behind it go on, on the new thread or the others.
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
  /** Threads that have loaded their code and take tasks: a task's time counts from here, not from start-up. */
  private readonly ready = new Set<Worker>()
  /** The budget timer of the task each thread is running. */
  private readonly timers = new Map<Worker, NodeJS.Timeout>()
  readonly budget: TaskBudget

  /**
   * @param depth tasks handed to a thread at once
   * @param budget time and size limits of one task (defaults: `DEFAULT_TASK_BUDGET`)
   */
  constructor(
    readonly size: number,
    private readonly data: { actors?: string } = {},
    private readonly depth = 4,
    budget: Partial<TaskBudget> = {},
  ) {
    this.budget = { ...DEFAULT_TASK_BUDGET, ...budget }
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
    worker.on('message', (message: Answer | { tables: ReadonlyMap<string, Table> } | { ready: true }) => {
      if ('ready' in message) {
        this.ready.add(worker)
        this.startClock(worker)
        return
      }
      if ('tables' in message) {
        this.tables = message.tables
        for (const other of this.waiting) other.postMessage({ tables: this.tables })
        this.waiting.clear()
        this.pump()
        return
      }
      this.stopClock(worker)
      const job = this.held.get(worker)?.shift()
      if (message.error !== undefined)
        job?.reject(message.code ? new AppError(message.code, message.error) : new Error(message.error))
      else job?.resolve(message.result)
      this.startClock(worker)
      this.pump()
    })
    worker.on('error', (error) => this.replace(worker, error))
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(worker, new Error(`a worker thread stopped (exit code ${code})`))
    })
    return worker
  }

  /** Starts the budget of the task `worker` is running now, if it runs one. */
  private startClock(worker: Worker): void {
    if (this.timers.has(worker) || !this.ready.has(worker) || !this.held.get(worker)?.length) return
    const timer = setTimeout(() => {
      this.timers.delete(worker)
      this.replace(worker, new AppError('analysis_timeout', messages.analysisTimeout(this.budget.timeMs / 1000)))
      void worker.terminate()
    }, this.budget.timeMs)
    timer.unref()
    this.timers.set(worker, timer)
  }

  private stopClock(worker: Worker): void {
    clearTimeout(this.timers.get(worker))
    this.timers.delete(worker)
  }

  private replace(worker: Worker, error: Error): void {
    const jobs = this.held.get(worker)
    if (!jobs) return
    this.stopClock(worker)
    this.held.delete(worker)
    this.waiting.delete(worker)
    this.ready.delete(worker)
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
      this.startClock(target)
    }
  }

  /**
   * Runs a task on a thread. Rejects with an `AppError` coded `analysis_timeout` when it runs past the budget,
   * `too_large` when its text is over the size budget, or with the error the task threw.
   */
  run<T extends Task>(task: T): Promise<Result<T>> {
    const chars = 'text' in task ? task.text.length : 0
    if (chars > this.budget.maxChars)
      return Promise.reject(new AppError('too_large', messages.analysisTooLarge(chars, this.budget.maxChars)))
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject })
      this.pump()
    })
  }

  /** Stops every thread; tasks still queued or running are dropped. */
  async close(): Promise<void> {
    this.closed = true
    for (const worker of this.timers.keys()) this.stopClock(worker)
    await Promise.all([...this.held.keys()].map((w) => w.terminate()))
  }
}
