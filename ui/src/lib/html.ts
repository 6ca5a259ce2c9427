// htm bound to Preact: templates without a JSX build step. Article text is always rendered as text nodes.
import htm from 'htm'
import { h } from 'preact'

/** Tagged template that builds Preact elements. */
export const html = htm.bind(h)

/** The API's JSON, read untyped: every field is checked where it is used, and may be absent. */
// biome-ignore lint/suspicious/noExplicitAny: the UI reads the API's JSON untyped and tolerates missing fields
export type Json = any

/** A half-open range of UTF-16 offsets into an article's text. */
export interface Span {
  start: number
  end: number
  text?: string
}
