// Hash routing: `#/page/arg?key=value`. The hash keeps every page's state (query, filters, page, mark) so that
// links, Back and reloads show the same thing.
import { useEffect, useState } from 'preact/hooks'

/** Where the app is: the page, its path arguments and its query parameters. */
export interface Route {
  page: string
  args: string[]
  params: URLSearchParams
}

/** Reads a hash such as `#/article/ab12?mark=10-20`. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  const [page = '', ...args] = path.split('/').map(safeDecode)
  return { page: page || 'analyze', args, params: new URLSearchParams(query) }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The link to a page: `href(['actor', 'Kadri Saar'])`, `href(['search'], { q: 'grain' })`. */
export function href(parts: string[], params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value))
  const rest = query.toString()
  return `#/${parts.map(encodeURIComponent).join('/')}${rest ? `?${rest}` : ''}`
}

/** Goes to a page (a new history entry, so Back returns). */
export function go(parts: string[], params?: Record<string, string | number | undefined>): void {
  location.hash = href(parts, params)
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const on = () => setHash(location.hash)
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return parseHash(hash)
}

/** A link to an article with words marked: `#/article/ID?mark=start-end`. */
export function articleHref(id: string, mark?: { start: number; end: number }, extra: Record<string, string> = {}) {
  return href(['article', id], { ...(mark && { mark: `${mark.start}-${mark.end}` }), ...extra })
}

/** The `mark=start-end` parameter, when well formed. */
export function markOf(params: URLSearchParams): { start: number; end: number } | undefined {
  const match = /^(\d+)-(\d+)$/.exec(params.get('mark') ?? '')
  if (!match) return undefined
  const start = Number(match[1])
  const end = Number(match[2])
  return end > start ? { start, end } : undefined
}
