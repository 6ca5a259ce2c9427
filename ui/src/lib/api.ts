// Calls the HTTP API with the tab's token and turns failures into sentences a person can act on.
const TOKEN = takeToken()

/**
 * The API token: given once as `?token=`, then kept for this tab only (sessionStorage) and taken out of the
 * address bar, so that it stays out of the history, bookmarks, screenshots and Referer headers.
 */
function takeToken(): string {
  const params = new URLSearchParams(location.search)
  const given = params.get('token')
  // Earlier builds kept it in localStorage for good.
  localStorage.removeItem('newsgraph-token')
  if (given !== null) {
    sessionStorage.setItem('newsgraph-token', given)
    params.delete('token')
    const rest = params.toString()
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`)
  }
  return sessionStorage.getItem('newsgraph-token') ?? ''
}

/** A failed call: its HTTP status (0 when the server could not be reached) and a human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = undefined,
  ) {
    super(message)
  }
}

/** Calls the API; resolves with the JSON of a 2xx answer (207 included), throws an ApiError otherwise. */
export async function api(path: string, body?: unknown): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(TOKEN && { authorization: `Bearer ${TOKEN}` }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError(0, 'The server could not be reached. Is `newsgraph serve` still running?')
  }
  const data = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } }
  if (!response.ok) throw new ApiError(response.status, humanMessage(response.status, data?.error), data)
  return data
}

/** A sentence for an error answer: the server's own message unless it is raw validator text. */
export function humanMessage(status: number, error?: { code?: string; message?: string }): string {
  const message = error?.message ?? ''
  if (status === 401) return 'This server needs an API token: open the UI with ?token=… in its address.'
  if (status === 404) return message ? `Not found: ${message.replace(/^no /, '')}.` : 'Not found.'
  if (status === 413) return 'That is too large for the server: send fewer or shorter articles at a time.'
  if (status === 429) return 'The server is busy: try again in a moment.'
  if (status >= 500) return 'The server failed on this request. Try again; if it persists, check its log.'
  // Fastify's validator speaks of "querystring/limit must match pattern …": say which field, not the regex.
  const field = /(?:querystring|body|params)\/?(\w*)/.exec(message)?.[1]
  if (/must (match|be|have|NOT)/.test(message))
    return field ? `The value of "${field}" is not valid.` : 'Some of what was sent is not valid.'
  return message || `The request failed (HTTP ${status}).`
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
