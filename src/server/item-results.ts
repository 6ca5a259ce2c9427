import { AppError } from '../errors.js'
import type { SaveResult } from '../corpus/store/types.js'
import { storeFailure } from './store-failure.js'

/** What became of one item of `POST /v1/articles`. */
export type ItemResult = { index: number } & (
  | { status: 'stored'; id: string; storyId?: string }
  | { status: 'duplicate'; id: string; duplicateOf: string; storyId?: string }
  | { status: 'already_stored'; id: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: { code: string; message: string } }
)

/** The item result of what the store did with it (`skipped` there means its key was stored already). */
export function savedItem(index: number, saved: SaveResult): ItemResult {
  if (saved.status === 'skipped') return { index, status: 'already_stored', id: saved.id }
  if (saved.status === 'duplicate' && saved.duplicateOf)
    return {
      index,
      status: 'duplicate',
      id: saved.id,
      duplicateOf: saved.duplicateOf,
      ...(saved.storyId && { storyId: saved.storyId }),
    }
  return { index, status: 'stored', id: saved.id, ...(saved.storyId && { storyId: saved.storyId }) }
}

/** The code and message of an item that failed: the store's and the boundary's own codes, else `analysis_failed`. */
export function failureOf(error: unknown): { code: string; message: string } {
  const store = storeFailure(error as Error)
  if (store) return { code: store.code, message: store.message }
  if (error instanceof AppError) return { code: error.code, message: error.message }
  return {
    code: 'analysis_failed',
    message: `the article could not be analysed: ${(error as Error)?.message ?? error}`,
  }
}

/** 200 when every item came out the same way and none failed; 207 (Multi-Status) when outcomes differ or any failed. */
export function batchStatus(results: readonly ItemResult[]): 200 | 207 {
  const outcomes = new Set(results.map((r) => r.status))
  return outcomes.size === 1 && !outcomes.has('failed') ? 200 : 207
}
