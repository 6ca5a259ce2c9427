import type { ArticleMeta, Message } from '../doc/types.js'

/** What every stage may read besides the `Doc`: the reference instant, options, and a sink for messages. */
export interface Context {
  /** The instant relative expressions resolve against: the publication date, else now. */
  readonly reference: Date
  readonly meta: ArticleMeta
  /** Records a content problem; stages call this instead of throwing. */
  report(message: Message): void
  /** Optional sink for tracing rule decisions while developing. */
  readonly debug?: (line: string) => void
}

/** Creates a context whose reports are collected into `messages`. */
export function createContext(meta: ArticleMeta, messages: Message[], debug?: (line: string) => void): Context {
  const published = meta.published ? new Date(meta.published) : undefined
  const reference = published && !Number.isNaN(published.getTime()) ? published : new Date()
  return { reference, meta, report: (message) => messages.push(message), debug }
}
