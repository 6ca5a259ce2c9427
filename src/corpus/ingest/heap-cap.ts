import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Keeps the writing thread's heap near what it holds. That thread keeps little (about 15 MB at ingest), but the
 * analyses it receives live until their batch commits, long enough to reach the old generation, and V8 lets old
 * garbage grow to four times the live size before it collects: 55–90 MB of heap, the largest single swing in the
 * ingest's peak memory. A full collection whenever the heap passes twice its size after the last one (and at least
 * `floorBytes`) keeps it under half that, for one collection of a small heap every second or two.
 */
export class HeapCap {
  private collect: (() => void) | undefined
  private limit: number

  constructor(private readonly floorBytes = 40 * 1024 * 1024) {
    this.limit = floorBytes
  }

  /** Collects if the heap is over its cap; cheap to call after every item. */
  check(): void {
    if (getHeapStatistics().used_heap_size < this.limit) return
    this.collect ??= exposedGc()
    this.collect()
    this.limit = Math.max(this.floorBytes, 2 * getHeapStatistics().used_heap_size)
  }
}

/** V8's `gc`, exposed at run time as test runners do: a user runs `newsgraph ingest` without node flags. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}
