import { Worker } from 'node:worker_threads'
import type { Analysis } from '../../doc/analysis.js'
import type { ArticleMeta } from '../../doc/types.js'
import type { Prepared } from './prepare.js'
import type { RawItem } from './sources.js'

/** Work a pool thread does. */
export type Task = { kind: 'prepare'; item: RawItem } | { kind: 'analyze' | 'analyze-json'; text: string; meta: ArticleMeta }

type Result<T extends Task> = T extends { kind: 'prepare' } ? Prepared | { name: string; error: string } : T extends { kind: 'analyze-json' } ? string : Analysis

// Under tsx (tests, scripts) this module is TypeScript and its threads need the loader too; built, it is
// JavaScript beside its worker.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const WORKER_URL = new URL(FROM_SOURCE ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url)

/**
 * A fixed pool of worker threads for the CPU-bound half of ingest. A thread that dies (out of memory on a
 * monstrous page, say) fails only the task it held and is replaced.
 */
export class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly queue: { task: Task; resolve: (value: unknown) => void; reject: (error: Error) => void }[] = []
  private readonly busy = new Map<Worker, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private nextId = 0
  private closed = false

  constructor(readonly size: number, private readonly data: { actors?: string } = {}) {
    for (let k = 0; k < size; k++) this.idle.push(this.spawn())
  }

  private spawn(): Worker {
    // A small young generation keeps each thread's garbage short-lived: about 10 % less memory at ingest, same speed.
    const options = { workerData: this.data, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 } }
    // Node 20 does not carry --import hooks into threads: a source-run thread registers tsx itself first.
    const worker = FROM_SOURCE
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}) })`, { ...options, eval: true })
      : new Worker(WORKER_URL, options)
    worker.on('message', (message: { result?: unknown; error?: string }) => {
      const job = this.busy.get(worker)
      this.busy.delete(worker)
      this.idle.push(worker)
      if (message.error !== undefined) job?.reject(new Error(message.error))
      else job?.resolve(message.result)
      this.pump()
    })
    worker.on('error', (error) => this.replace(worker, error))
    worker.on('exit', (code) => { if (!this.closed && code !== 0) this.replace(worker, new Error(`a worker thread stopped (exit code ${code})`)) })
    return worker
  }

  private replace(worker: Worker, error: Error): void {
    const job = this.busy.get(worker)
    this.busy.delete(worker)
    const at = this.idle.indexOf(worker)
    if (at >= 0) this.idle.splice(at, 1)
    job?.reject(error)
    if (!this.closed) {
      this.idle.push(this.spawn())
      this.pump()
    }
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const { task, resolve, reject } = this.queue.shift()!
      this.busy.set(worker, { resolve, reject })
      worker.postMessage({ id: this.nextId++, task })
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
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()))
  }
}
