import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import type { RequestLog } from './request-log.js'
import { storeFailure } from './store-failure.js'

// An AppError code the server does not know (added elsewhere later) is a 500, never a crash.
const STATUS: Record<string, number> = {
  usage: 400,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  analysis_timeout: 503,
  store_unavailable: 503,
  store_read_only: 503,
  store_full: 507,
  internal: 500,
}

/** Sends the JSON error body every failure gets: `{error: {code, message}}`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } })
}

/**
 * The single error handler: maps every failure to a status and a JSON error, and logs what is not the client's
 * fault (500s, store failures) as a structured line. A 500 says the server logged it only when it did.
 */
export function createErrorHandler(log: RequestLog, bodyLimit: number) {
  return (error: FastifyError & { validation?: unknown }, request: FastifyRequest, reply: FastifyReply) => {
    const store = storeFailure(error)
    if (store) {
      log.error({ msg: 'store failure', reqId: request.id, route: request.routeOptions.url, err: describe(error) })
      return sendError(reply, store.status, store.code, store.message)
    }
    if (error instanceof AppError && STATUS[error.code] !== undefined && error.code !== 'internal') {
      // A known failure of the server's own (an analysis past its time budget): its message says what happened.
      if (STATUS[error.code] >= 500)
        log.error({ msg: error.message, code: error.code, reqId: request.id, route: request.routeOptions.url })
      return sendError(reply, STATUS[error.code], error.code, error.message)
    }
    if (error.validation) return sendError(reply, 400, 'invalid_input', `invalid request: ${error.message}`)
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, 413, 'too_large', `the request body is over the ${bodyLimit}-byte limit`)
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendError(reply, 415, 'unsupported_media_type', 'send the body as application/json')
    if (
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error instanceof SyntaxError ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
    )
      return sendError(reply, 400, 'invalid_input', `the body is not valid JSON: ${error.message}`)
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return sendError(reply, error.statusCode, 'invalid_input', error.message)
    log.error({
      msg: 'internal error',
      reqId: request.id,
      method: request.method,
      route: request.routeOptions.url,
      err: describe(error),
    })
    return sendError(
      reply,
      500,
      'internal',
      log.enabled
        ? `internal error: the server logged it as request ${request.id}`
        : 'internal error (the server runs with --quiet: nothing was logged)',
    )
  }
}

function describe(error: Error & { code?: unknown }) {
  return {
    name: error.name,
    message: error.message,
    ...(error.code !== undefined && { code: error.code }),
    stack: error.stack,
  }
}
