// A thread that fetches and parses one feed (and the pages its items link to) for a feed job, so that neither
// the XML parse of a 10,000-item feed nor the page fetches ever hold the server's event loop. It sends the raw
// items one by one as the server asks for them (credit-based, so a slow store keeps memory flat).
import { parentPort, workerData } from 'node:worker_threads'
import { readSources, type SourceLimits } from '../corpus/ingest/sources.js'

const { feed, limits } = workerData as { feed: string; limits: Partial<SourceLimits> }
let credit = 0
let wake: (() => void) | undefined

parentPort!.on('message', (message: { more: number }) => {
  credit += message.more
  wake?.()
})

async function main(): Promise<void> {
  try {
    for await (const item of readSources([], { feeds: [feed], limits })) {
      while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve))
      credit--
      parentPort!.postMessage({ item })
    }
    parentPort!.postMessage({ done: true })
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message })
  }
}
void main()
