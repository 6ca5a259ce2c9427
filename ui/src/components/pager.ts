// Paging over the API's cursors: "Showing 21–40 of 312", Previous and Next. The cursors of the pages seen are
// remembered per query, so Previous works without the server going backwards.
import { html } from '../lib/html.js'

const seen = new Map<string, string[]>()

/** Remembers that page `page` (1-based) of query `key` starts at `cursor`. */
export function rememberCursor(key: string, page: number, cursor: string): void {
  const list = seen.get(key) ?? ['']
  list[page - 1] = cursor
  seen.set(key, list)
}

/** The cursor of page `page` of query `key`, when it was seen. */
export function cursorOf(key: string, page: number): string | undefined {
  return page <= 1 ? '' : seen.get(key)?.[page - 1]
}

/** Props of {@link Pager}. */
export interface PagerProps {
  page: number
  shown: number
  perPage: number
  total?: number
  next?: string
  /** The link to page n with its cursor. */
  link: (page: number, cursor: string) => string
  queryKey: string
}

/** The paging bar of a list. */
export function Pager({ page, shown, perPage, total, next, link, queryKey }: PagerProps) {
  if (next) rememberCursor(queryKey, page + 1, next)
  const first = (page - 1) * perPage + 1
  const last = first + shown - 1
  const previous = cursorOf(queryKey, page - 1)
  const totalPages = total === undefined ? undefined : Math.max(1, Math.ceil(total / perPage))
  return html`<nav class="pager" aria-label="Pages">
    <span role="status">${shown ? `Showing ${first}–${last}` : 'Nothing on this page'}${
      total !== undefined ? ` of ${total.toLocaleString('en')}` : ''
    }${totalPages ? ` · page ${page} of ${totalPages}` : ''}</span>
    ${page > 1 && html`<a href=${previous !== undefined ? link(page - 1, previous) : link(1, '')} rel="prev">${previous !== undefined ? 'Previous page' : 'First page'}</a>`}
    ${next && html`<a href=${link(page + 1, next)} rel="next" id="next-page">Next page</a>`}
  </nav>`
}
