/** How long a save waits for others to join its commit: gathers the saves of several threads into one. */
const GATHER_MS = 30
/** The most saves committed in one transaction. */
const BATCH_SIZE = 64

interface Waiting<R, S> {
  record: R
  resolve: (result: S) => void
  reject: (error: Error) => void
}

/**
 * Commits saves in batches: saves arriving together are committed in one transaction; when a batch fails it is
 * rolled back and each save retried alone, so that only the bad one fails. `rolledBack` is called after every
 * failed transaction, for the caches of what was committed to forget what the rollback undid.
 */
export class SaveQueue<R, S> {
  private pending: Waiting<R, S>[] = []
  private flushing: Promise<void> | undefined

  constructor(
    private readonly commit: (records: readonly R[]) => Promise<S[]>,
    private readonly rolledBack: () => void,
  ) {}

  /** Resolves once the record is committed. */
  save(record: R): Promise<S> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject })
      this.flushing ??= new Promise<void>((done) => setTimeout(done, GATHER_MS)).then(() => this.flush())
    })
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, BATCH_SIZE)
      try {
        const results = await this.commit(batch.map((item) => item.record))
        batch.forEach((item, k) => item.resolve(results[k]))
      } catch {
        this.rolledBack()
        for (const item of batch) {
          try {
            item.resolve((await this.commit([item.record]))[0])
          } catch (error) {
            this.rolledBack()
            item.reject(error as Error)
          }
        }
      }
    }
    this.flushing = undefined
  }
}
