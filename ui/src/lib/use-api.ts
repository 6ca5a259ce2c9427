// Loads one API path for a page; a newer path replaces an older one's late answer.
import { useEffect, useState } from 'preact/hooks'
import { ApiError, api, messageOf } from './api.js'
import type { Json } from './html.js'

/** What a loading page shows: the answer, an error sentence, or neither while it loads. */
export interface Loaded {
  data: Json | null
  error: string
  loading: boolean
  /** The HTTP status of a failure (0: unreachable), absent otherwise. */
  status?: number
}

/** GETs `path` whenever it changes (nothing when it is empty). */
export function useApi(path: string): Loaded {
  const [state, setState] = useState<Loaded>({ data: null, error: '', loading: !!path })
  useEffect(() => {
    if (!path) return setState({ data: null, error: '', loading: false })
    let current = true
    setState({ data: null, error: '', loading: true })
    api(path).then(
      (data) => current && setState({ data, error: '', loading: false }),
      (e) =>
        current &&
        setState({ data: null, error: messageOf(e), loading: false, status: e instanceof ApiError ? e.status : 0 }),
    )
    return () => {
      current = false
    }
  }, [path])
  return state
}

/** A query string of the non-empty values. */
export function queryOf(values: Record<string, string | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v)
  return q.toString()
}
