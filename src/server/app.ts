import { availableParallelism } from 'node:os'
import Fastify, { type FastifyInstance } from 'fastify'
import { prepareItem } from '../corpus/ingest/prepare.js'
import type { RawItem } from '../corpus/ingest/sources.js'
import { WorkerPool } from '../corpus/ingest/worker-pool.js'
import type { CorpusStore } from '../corpus/store/corpus-store.js'
import { type StoredAnalysis, toStoredAnalysis } from '../corpus/store/stored-analysis.js'
import type { ArticleMeta } from '../doc/types.js'
import { AppError, messages } from '../errors.js'
import { analyze } from '../pipeline/analyze.js'
import { isAllowedHost, isAllowedOrigin } from './check-host.js'
import { tokenMatches } from './check-token.js'
import type { ServerContext } from './context.js'
import { FeedJobs } from './feed-jobs.js'
import { type ConnectionLimits, createLimitedServer } from './http-server.js'
import { createErrorHandler, sendError } from './on-error.js'
import { openApiDocument } from './openapi.js'
import { createRequestLog, type RequestLog } from './request-log.js'
import { analyzeRoute } from './routes/analyze.js'
import { articlesRoutes } from './routes/articles.js'
import { exportRoute } from './routes/export.js'
import { jobsRoute } from './routes/jobs.js'
import { registerPlacesRoute } from './routes/places.js'
import { queryRoutes } from './routes/queries.js'
import { sendUi, uiRoutes } from './serve-ui.js'
import { firstInvalidDate } from './valid-date.js'

export { UI_DIR } from './serve-ui.js'

/** Options of the HTTP server. */
export interface ServerOptions {
  store: CorpusStore
  /** Required on every /v1 request as `Authorization: Bearer TOKEN` when set. */
  token?: string
  /** An origin allowed to call the API from a browser (CORS is off without it). */
  cors?: string
  /** The address the server binds (`--host`): requests may name it in their Host header. */
  host?: string
  /** Other names requests may give as Host (`--allowed-host`): localhost names and loopback always pass. */
  allowedHosts?: readonly string[]
  /** Fetch feeds and pages at loopback, private and link-local addresses (default: refused). */
  allowPrivateUrls?: boolean
  /** Analysis threads (default one per core; 0 analyses on the server's thread). */
  workers?: number
  /** Largest request body in bytes (default 8 MB). */
  bodyLimit?: number
  /** Longest article text in characters (default 1,000,000). */
  maxArticleLength?: number
  /** Timeouts and the connection cap (see `DEFAULT_CONNECTION_LIMITS`). */
  connections?: ConnectionLimits
  /** The log (default: JSON lines on stderr); `createRequestLog({ quiet: true })` silences it. */
  log?: RequestLog
  /** A request slower than this many milliseconds is logged (default 2,000). */
  slowRequestMs?: number
  /** Fastify's own per-request log (off by default). */
  logger?: boolean
  /**
   * The analysis of articles to store (default: the pipeline, on the analysis threads). Wraps the default when
   * given: a test injects one that fails on a chosen article to check that the others are stored.
   */
  analyzeForStore?: (
    text: string,
    meta: ArticleMeta,
    analyze: (text: string, meta: ArticleMeta) => Promise<StoredAnalysis>,
  ) => Promise<StoredAnalysis>
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Builds the HTTP API and the web UI on one Fastify instance. Every input is validated by JSON Schema (unknown
 * fields refused, lengths bounded); every error is a JSON `{error: {code, message}}`; the article text the UI
 * shows is rendered escaped by the UI itself. The /v1 routes live in one encapsulated plugin whose hook checks
 * the token, so authorisation follows the route a request matched, however its path was spelled.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 8 * 1024 * 1024
  const log = options.log ?? createRequestLog()
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    serverFactory: (handler) => createLimitedServer(options.connections ?? {}, handler),
  })
  const workers = options.workers ?? availableParallelism()
  // One request per thread at a time: a request waits for the first free thread, never behind another's work.
  const pool = workers > 0 ? new WorkerPool(workers, {}, 1) : undefined
  const prepare = (item: RawItem) => (pool ? pool.run({ kind: 'prepare', item }) : prepareItem(item))
  const analyzeWithPipeline = async (text: string, meta: ArticleMeta): Promise<StoredAnalysis> =>
    pool ? pool.run({ kind: 'analyze-for-store', text, meta }) : toStoredAnalysis(analyze(text, meta))
  const wrap = options.analyzeForStore
  const analyzeForStore = wrap
    ? (text: string, meta: ArticleMeta) => wrap(text, meta, analyzeWithPipeline)
    : analyzeWithPipeline
  const allowPrivateUrls = options.allowPrivateUrls ?? false
  const limits = { allowPrivateUrls }
  const jobs = new FeedJobs({ store: options.store, prepare, analyze: analyzeForStore, limits, log })
  const ctx: ServerContext = {
    store: options.store,
    ...(pool && { pool }),
    maxLength: options.maxArticleLength ?? 1_000_000,
    prepare,
    analyzeForStore,
    jobs,
    allowPrivateUrls,
    log,
  }
  app.addHook('onClose', async () => {
    await jobs.close()
    await pool?.close()
  })

  app.setErrorHandler(createErrorHandler(log, bodyLimit))
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    if (path.startsWith('/v1/') || request.method !== 'GET')
      return sendError(reply, 404, 'not_found', `no route ${request.method} ${path}`)
    return sendUi(reply, 'index.html')
  })
  guardRequests(app, options)
  const slowMs = options.slowRequestMs ?? 2_000
  app.addHook('onResponse', async (request, reply) => {
    if (reply.elapsedTime >= slowMs)
      log.warn({
        msg: 'slow request',
        method: request.method,
        route: request.routeOptions.url ?? request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      })
  })

  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain')
  app.get('/openapi.json', async () => openApiDocument(ctx.maxLength))
  await app.register(
    async (v1) => {
      v1.addHook('onRequest', async (request, reply) => {
        if (!options.token || request.method === 'OPTIONS') return
        if (!tokenMatches(request.headers.authorization, options.token))
          return sendError(
            reply,
            401,
            'unauthorized',
            'this server needs an API token: send Authorization: Bearer TOKEN',
          )
      })
      // The schemas check a date's shape; this checks it is a real day ("2026-02-30" is not).
      v1.addHook('preHandler', async (request) => {
        const bad = firstInvalidDate(request.query, request.body)
        if (bad !== undefined) throw new AppError('invalid_input', messages.badDate(bad))
      })
      if (options.cors) v1.options('/*', async (_request, reply) => reply.status(204).send())
      analyzeRoute(v1, ctx)
      articlesRoutes(v1, ctx)
      jobsRoute(v1, ctx)
      queryRoutes(v1, ctx)
      registerPlacesRoute(v1, ctx.store)
      exportRoute(v1, ctx)
    },
    { prefix: '/v1' },
  )
  uiRoutes(app)
  return app
}

/**
 * The checks every request passes before routing matters: a path as its target (an absolute URL or "*" is
 * refused), a Host that names this server (DNS rebinding), an Origin of this server on state-changing requests;
 * `nosniff` on every response, CORS headers when an origin is allowed.
 */
function guardRequests(app: FastifyInstance, options: ServerOptions): void {
  const policy = { ...(options.host && { boundHost: options.host }), allowedHosts: options.allowedHosts ?? [] }
  app.addHook('onRequest', async (request, reply) => {
    reply.raw.setHeader('x-content-type-options', 'nosniff')
    if (!(request.raw.url ?? '').startsWith('/'))
      return sendError(reply, 400, 'invalid_input', 'the request target must be a path such as /v1/stats, not a URL')
    const host = request.headers.host
    if (!isAllowedHost(host, request.socket.localAddress, policy))
      return sendError(
        reply,
        421,
        'forbidden_host',
        `this server does not answer to the host "${String(host).slice(0, 100)}": start it with --allowed-host NAME`,
      )
    if (!SAFE_METHODS.has(request.method) && !isAllowedOrigin(request.headers.origin, host, options.cors))
      return sendError(reply, 403, 'forbidden_origin', 'requests from another origin may not change this server')
    if (options.cors) {
      reply.header('access-control-allow-origin', options.cors)
      reply.header('access-control-allow-headers', 'authorization, content-type')
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS')
    }
  })
}
