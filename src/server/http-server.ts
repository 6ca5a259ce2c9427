import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** Timeouts and the connection cap of the server's sockets. */
export interface ConnectionLimits {
  /** Milliseconds for a client to send a request's headers (default 10 s: slow-header clients are cut). */
  headersTimeoutMs?: number
  /** Milliseconds for a client to send a whole request, body included (default 60 s). */
  requestTimeoutMs?: number
  /** Milliseconds an idle keep-alive connection stays open (default 5 s). */
  keepAliveTimeoutMs?: number
  /** Milliseconds of socket inactivity before it is closed (default 120 s; a streaming export writes often). */
  idleTimeoutMs?: number
  /** Open connections at most (default 1,000); past it the oldest connection with no request in flight is closed. */
  maxConnections?: number
}

/** The limits `newsgraph serve` uses unless told otherwise. */
export const DEFAULT_CONNECTION_LIMITS: Required<ConnectionLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 120_000,
  maxConnections: 1_000,
}

/**
 * Makes the Node HTTP server with timeouts on every phase of a request and a cap on open connections. At the
 * cap a new client is not turned away: the oldest connection that has no request in flight (an idle keep-alive
 * socket, or a slow client still sending headers) is closed instead, so a crowd of idle sockets cannot lock out a
 * real request, and the process never runs out of file descriptors.
 */
export function createLimitedServer(limits: ConnectionLimits, handler: RequestListener): Server {
  const l = { ...DEFAULT_CONNECTION_LIMITS, ...limits }
  // The headers and request timeouts are enforced by a sweep: run it often enough to keep them near their value.
  const sweep = Math.max(100, Math.min(l.headersTimeoutMs, l.requestTimeoutMs) / 4)
  const server = createServer(
    {
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      keepAliveTimeout: l.keepAliveTimeoutMs,
      connectionsCheckingInterval: sweep,
    },
    handler,
  )
  server.timeout = l.idleTimeoutMs
  // Insertion order is age order: the first entry is the oldest connection.
  const open = new Map<Socket, { busy: number }>()
  server.on('connection', (socket: Socket) => {
    open.set(socket, { busy: 0 })
    socket.once('close', () => open.delete(socket))
    if (open.size > l.maxConnections) evictOldestIdle(open, socket)
  })
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const state = open.get(request.socket)
    if (!state) return
    state.busy++
    response.once('close', () => {
      state.busy--
    })
  })
  return server
}

function evictOldestIdle(open: Map<Socket, { busy: number }>, newcomer: Socket): void {
  for (const [socket, state] of open) {
    if (socket === newcomer || state.busy > 0) continue
    socket.destroy()
    open.delete(socket)
    return
  }
  // Every connection has a request in flight: the newcomer is the one refused.
  newcomer.destroy()
  open.delete(newcomer)
}
