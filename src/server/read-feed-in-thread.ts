import { Worker } from 'node:worker_threads'
import type { RawItem, SourceLimits } from '../corpus/ingest/sources.js'

// Under tsx (tests, scripts) this module is TypeScript and its thread needs the loader too.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const WORKER_URL = new URL(FROM_SOURCE ? './feed-reader-worker.ts' : './feed-reader-worker.js', import.meta.url)

/**
 * Reads a feed's items on a thread of its own (fetch, XML parse, linked pages), yielding them here as they come:
 * at most `ahead` items wait in memory. Stopping the iteration early, or the signal, ends the thread.
 */
export async function* readFeedInThread(
  feed: string,
  limits: Partial<SourceLimits>,
  signal?: AbortSignal,
  ahead = 32,
): AsyncGenerator<RawItem> {
  const workerData = { feed, limits }
  const worker = FROM_SOURCE
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}) })`,
        { eval: true, workerData },
      )
    : new Worker(WORKER_URL, { workerData })
  type Message = { item?: RawItem; done?: true; error?: string }
  const inbox: Message[] = []
  let wake: (() => void) | undefined
  const deliver = (message: Message) => {
    inbox.push(message)
    wake?.()
  }
  worker.on('message', deliver)
  worker.on('error', (error) => deliver({ error: error.message }))
  worker.on('exit', (code) => deliver(code === 0 ? { done: true } : { error: `the feed reader stopped (${code})` }))
  // A server closing does not wait for a slow page fetch: the thread is ended and the job stops reading.
  signal?.addEventListener('abort', () => deliver({ done: true }), { once: true })
  worker.postMessage({ more: ahead })
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      const message = inbox.shift()!
      if (message.item) {
        worker.postMessage({ more: 1 })
        yield message.item
      } else if (message.error !== undefined) {
        yield { name: feed, error: message.error }
        return
      } else return
    }
  } finally {
    await worker.terminate()
  }
}
