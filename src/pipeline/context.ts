import type { ArticleMeta, Message } from '../doc/types.js'

/** What every stage may read besides the `Doc`: the reference instant, options, and a sink for messages. */
export interface Context {
  /**
   * The publication instant, when the caller gave one. Never "now": an article without a date keeps its relative
   * dates unresolved (see `anchorOf` in src/doc/anchor.ts, which also reads a dateline that writes its year).
   */
  readonly reference?: Date
  readonly meta: ArticleMeta
  /** Records a content problem; stages call this instead of throwing. */
  report(message: Message): void
  /** Stage options by name, e.g. `actors` (an ActorBook) for the entities stage. */
  readonly options: Readonly<Record<string, unknown>>
  /** Optional sink for tracing rule decisions while developing. */
  readonly debug?: (line: string) => void
}

/** Creates a context whose reports are collected into `messages`. */
export function createContext(
  meta: ArticleMeta,
  messages: Message[],
  options: Readonly<Record<string, unknown>> = {},
  debug?: (line: string) => void,
): Context {
  const published = meta.published ? new Date(meta.published) : undefined
  const reference = published && !Number.isNaN(published.getTime()) ? published : undefined
  return { ...(reference && { reference }), meta, options, report: (message) => messages.push(message), debug }
}
