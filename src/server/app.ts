import { existsSync, readFileSync } from 'node:fs'
import { extname, join, normalize as normalizePath } from 'node:path'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from '../corpus/export.js'
import { ingest } from '../corpus/ingest/ingest.js'
import { prepareItem, storePrepared } from '../corpus/ingest/prepare.js'
import { WorkerPool } from '../corpus/ingest/worker-pool.js'
import { placeFilterQuery, registerPlacesRoute } from './routes/places.js'
import type { CorpusStore, QueryFilters } from '../corpus/store/corpus-store.js'
import { toStoredAnalysis, type StoredAnalysis } from '../corpus/store/stored-analysis.js'
import type { ArticleMeta } from '../doc/types.js'
import { analyze } from '../pipeline/analyze.js'
import { openApiDocument } from './openapi.js'

/** Where the built web UI lives (`vite build` writes it at install). */
export const UI_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url))

/** Options of the HTTP server. */
export interface ServerOptions {
  store: CorpusStore
  /** Required on every /v1 request as `Authorization: Bearer TOKEN` when set. */
  token?: string
  /** An origin allowed to call the API from a browser (CORS is off without it). */
  cors?: string
  /** Analysis threads (default one per core; 0 analyses on the server's thread). */
  workers?: number
  /** Largest request body in bytes (default 8 MB). */
  bodyLimit?: number
  /** Longest article text in characters (default 1,000,000). */
  maxArticleLength?: number
  logger?: boolean
}

const STATUS: Record<AppError['code'], number> = {
  usage: 400,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  store_unavailable: 503,
  internal: 500,
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/** The shape of an article in a request body. */
interface ArticleBody {
  text?: string
  html?: string
  title?: string
  published?: string
  url?: string
  source?: string
}

/**
 * Builds the HTTP API and the web UI on one Fastify instance. Every input is validated by JSON Schema (unknown
 * fields refused, lengths bounded); every error is a JSON `{error: {code, message}}` with a 4xx status; the
 * article text the UI shows is rendered escaped by the UI itself.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options
  const maxLength = options.maxArticleLength ?? 1_000_000
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 8 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  })
  const workers = options.workers ?? availableParallelism()
  // One request per thread at a time: a request waits for the first free thread, never behind another's work.
  const pool = workers > 0 ? new WorkerPool(workers, {}, 1) : undefined
  app.addHook('onClose', async () => {
    await pool?.close()
  })

  const analyzeForStore = async (text: string, meta: ArticleMeta): Promise<StoredAnalysis> =>
    pool ? pool.run({ kind: 'analyze-for-store', text, meta }) : toStoredAnalysis(analyze(text, meta))

  app.setErrorHandler(
    (error: Error & { statusCode?: number; code?: string; validation?: unknown }, _request, reply) => {
      if (error instanceof AppError)
        return reply.status(STATUS[error.code]).send({ error: { code: error.code, message: error.message } })
      if (error.validation)
        return reply
          .status(400)
          .send({ error: { code: 'invalid_input', message: `invalid request: ${error.message}` } })
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.status(413).send({
          error: {
            code: 'too_large',
            message: `the request body is over the ${options.bodyLimit ?? 8 * 1024 * 1024}-byte limit`,
          },
        })
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return reply
          .status(415)
          .send({ error: { code: 'unsupported_media_type', message: 'send the body as application/json' } })
      if (
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
        error instanceof SyntaxError ||
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
      ) {
        return reply
          .status(400)
          .send({ error: { code: 'invalid_input', message: `the body is not valid JSON: ${error.message}` } })
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
        return reply.status(error.statusCode).send({ error: { code: 'invalid_input', message: error.message } })
      app.log.error(error)
      return reply.status(500).send({ error: { code: 'internal', message: 'internal error: the server logged it' } })
    },
  )
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/v1/') || request.method !== 'GET')
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` } })
    return sendUi(reply, 'index.html')
  })

  app.addHook('onRequest', async (request, reply) => {
    if (options.cors) {
      reply.header('access-control-allow-origin', options.cors)
      reply.header('access-control-allow-headers', 'authorization, content-type')
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS')
    }
    reply.header('x-content-type-options', 'nosniff')
    if (
      options.token &&
      request.url.startsWith('/v1/') &&
      request.method !== 'OPTIONS' &&
      request.headers.authorization !== `Bearer ${options.token}`
    ) {
      return reply.status(401).send({
        error: { code: 'unauthorized', message: 'this server needs an API token: send Authorization: Bearer TOKEN' },
      })
    }
  })
  if (options.cors) app.options('/v1/*', async (_request, reply) => reply.status(204).send())

  const article = {
    type: 'object',
    additionalProperties: false,
    properties: {
      text: { type: 'string', maxLength },
      html: { type: 'string', maxLength: maxLength * 4 },
      title: { type: 'string', maxLength: 1000 },
      published: { type: 'string', maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}' },
      url: { type: 'string', maxLength: 4000 },
      source: { type: 'string', maxLength: 200 },
    },
    oneOf: [{ required: ['text'] }, { required: ['html'] }],
  } as const
  const text = { type: 'string', maxLength: 500 }
  const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
  // Query strings arrive as text and are not coerced (bodies must not be): limits are checked as digits.
  const paging = { limit: { type: 'string', pattern: '^[0-9]{1,4}$' }, cursor: { type: 'string', maxLength: 200 } }
  const query = (properties: Record<string, unknown>) => ({
    type: 'object',
    additionalProperties: false,
    properties: { ...properties, ...paging },
  })

  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain')
  app.get('/openapi.json', async () => openApiDocument(maxLength))

  app.post('/v1/analyze', { schema: { body: article } }, async (request, reply) => {
    const body = request.body as ArticleBody
    let text = body.text
    let facts = meta(body)
    if (text === undefined) {
      const { extractHtml } = await import('../corpus/ingest/extract-html.js')
      const page = extractHtml(body.html!)
      if (!/[\p{L}\p{N}]/u.test(page.text)) throw new AppError('invalid_input', 'the page holds no article text')
      text = page.title && !page.text.startsWith(page.title) ? `${page.title}\n${page.text}` : page.text
      facts = {
        ...(page.title && { title: page.title }),
        ...(page.published && { published: page.published }),
        ...facts,
      }
    }
    // Empty or unreadable text is still analysed: the contract says what is (not) there.
    let json: string | Buffer
    if (pool) {
      const bytes = await pool.run({ kind: 'analyze-json', text, meta: facts })
      json = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    } else json = JSON.stringify(analyze(text, facts))
    return reply.type('application/json; charset=utf-8').send(json)
  })

  app.post(
    '/v1/articles',
    {
      schema: {
        body: {
          oneOf: [
            article,
            {
              type: 'object',
              additionalProperties: false,
              required: ['articles'],
              properties: { articles: { type: 'array', minItems: 1, maxItems: 100, items: article } },
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['feed'],
              properties: { feed: { type: 'string', pattern: '^https?://', maxLength: 4000 } },
            },
          ],
        },
      },
    },
    async (request) => {
      const body = request.body as ArticleBody & { articles?: ArticleBody[]; feed?: string }
      if (body.feed) return { feed: await ingest(store, [], { feeds: [body.feed], workers: 0 }) }
      const articles = body.articles ?? [body]
      const results = await Promise.all(
        articles.map(async (a, k) => {
          const prepared = await prepareItem({
            name: `articles[${k}]`,
            ...meta(a),
            ...(a.text !== undefined ? { text: a.text } : { html: a.html! }),
          })
          if ('error' in prepared) return { index: k, status: 'failed', error: prepared.error }
          return { index: k, ...(await storePrepared(store, prepared, analyzeForStore)) }
        }),
      )
      return { results }
    },
  )

  app.get(
    '/v1/articles/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } } } } },
    async (request) => {
      const found = await store.article((request.params as { id: string }).id)
      if (!found) throw new AppError('not_found', `no article "${(request.params as { id: string }).id}"`)
      return found
    },
  )

  const filters = (request: FastifyRequest): QueryFilters => {
    const q = request.query as Record<string, string>
    return { ...q, ...(q.limit !== undefined && { limit: Number(q.limit) }) } as QueryFilters
  }
  app.get(
    '/v1/search',
    { schema: { querystring: { ...query({ q: text, from: date, to: date, source: text }), required: ['q'] } } },
    async (request) => {
      const q = filters(request) as QueryFilters & { q: string }
      return store.search({ ...q, text: q.q })
    },
  )
  app.get(
    '/v1/quotes',
    { schema: { querystring: query({ speaker: text, about: text, from: date, to: date, source: text }) } },
    async (request) => store.quotes(filters(request)),
  )
  app.get(
    '/v1/events',
    {
      schema: {
        querystring: query({
          actor: text,
          type: { type: 'string', pattern: '^[A-Za-z]+(,[A-Za-z]+)*$', maxLength: 200 },
          where: text,
          ...placeFilterQuery,
          from: date,
          to: date,
          source: text,
        }),
      },
    },
    async (request) => store.events(filters(request)),
  )
  app.get(
    '/v1/claims',
    {
      schema: {
        querystring: query({
          status: { enum: ['false', 'disputed', 'unsupported'] },
          actor: text,
          from: date,
          to: date,
          source: text,
        }),
      },
    },
    async (request) => store.claims(filters(request)),
  )
  app.get(
    '/v1/actors/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 300 } } } } },
    async (request) => {
      const id = (request.params as { id: string }).id
      const dossier = await store.dossier(id)
      if (!dossier) throw new AppError('not_found', `no actor "${id}"`)
      return dossier
    },
  )
  app.get(
    '/v1/timeline',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { actor: text, about: text, from: date, to: date },
        },
      },
    },
    async (request) => {
      const q = request.query as QueryFilters
      if (!q.actor && !q.about) throw new AppError('invalid_input', 'expected actor or about')
      return { items: await store.timeline(q) }
    },
  )
  app.get(
    '/v1/network',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string', pattern: '^[A-Za-z]+$', maxLength: 20 }, from: date, to: date },
        },
      },
    },
    async (request) => ({ edges: await store.network(request.query as QueryFilters) }),
  )
  registerPlacesRoute(app, store)
  app.get('/v1/stats', async () => store.stats())
  app.get(
    '/v1/export',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['format'],
          properties: { format: { enum: [...EXPORT_FORMATS] } },
        },
      },
    },
    async (request, reply) => {
      const format = (request.query as { format: ExportFormat }).format
      const type = { jsonl: 'application/x-ndjson', csv: 'text/csv; charset=utf-8', gexf: 'application/gexf+xml' }[
        format
      ]
      reply.raw.writeHead(200, {
        'content-type': type,
        'content-disposition': `attachment; filename="newsgraph.${format}"`,
      })
      await exportCorpus(
        store,
        format,
        (chunk) =>
          new Promise<void>((resolve) => {
            if (reply.raw.write(chunk)) resolve()
            else reply.raw.once('drain', resolve)
          }),
      )
      reply.raw.end()
      return reply
    },
  )

  app.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = (request.params as { '*': string })['*']
    if (path.startsWith('v1/'))
      return reply.status(404).send({ error: { code: 'not_found', message: `no route GET /${path.split('?')[0]}` } })
    return sendUi(reply, path || 'index.html')
  })
  return app
}

function meta(body: ArticleBody) {
  return {
    ...(body.title && { title: body.title }),
    ...(body.published && { published: body.published }),
    ...(body.url && { url: body.url }),
    ...(body.source && { source: body.source }),
  }
}

/** Serves a file of the built UI; unknown paths get the app's page (it routes by hash). */
function sendUi(reply: FastifyReply, path: string) {
  const safe = normalizePath(path).replace(/^(\.\.[/\\])+/, '')
  let file = join(UI_DIR, safe)
  if (!file.startsWith(UI_DIR) || !existsSync(file) || safe.endsWith('/')) file = join(UI_DIR, 'index.html')
  if (!existsSync(file))
    return reply.status(404).type('text/plain').send('The web UI is not built: run `npm run build:ui`.')
  return reply
    .type(MIME[extname(file)] ?? 'application/octet-stream')
    .header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'",
    )
    .send(readFileSync(file))
}
