import type { FastifyInstance } from 'fastify'
import { assertFetchable } from '../../corpus/ingest/fetch-guard.js'
import { storePrepared } from '../../corpus/ingest/prepare.js'
import { AppError } from '../../errors.js'
import type { ServerContext } from '../context.js'
import { batchStatus, failureOf, type ItemResult, savedItem } from '../item-results.js'
import { sendError } from '../on-error.js'
import { type ArticleBody, articleSchema, metaOf } from '../schemas.js'

/**
 * `POST /v1/articles`: stores one article or up to 100, answering each one's fate (200 when all came out alike,
 * 207 when they differ or any failed), or starts a feed ingest in the
 * background (202 with the job, followed at `GET /v1/jobs/:id`); `GET /v1/articles/:id` reads one back.
 */
export function articlesRoutes(v1: FastifyInstance, ctx: ServerContext): void {
  const article = articleSchema(ctx.maxLength)
  const body = {
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
  }
  v1.post('/articles', { schema: { body } }, async (request, reply) => {
    const input = request.body as ArticleBody & { articles?: ArticleBody[]; feed?: string }
    if (input.feed) {
      // Refused at once when its host is private; the job's own fetches check every hop again.
      await assertFetchable(input.feed, { allowPrivate: ctx.allowPrivateUrls })
      const job = ctx.jobs.start(input.feed)
      if (!job) return sendError(reply, 429, 'too_many_jobs', 'too many feed jobs are waiting: try again later')
      return reply
        .status(202)
        .header('location', `/v1/jobs/${job.id}`)
        .send({ job: { id: job.id, status: job.status, feed: job.feed, href: `/v1/jobs/${job.id}` } })
    }
    const articles = input.articles ?? [input]
    const results = await Promise.all(
      articles.map(async (a, index): Promise<ItemResult> => {
        try {
          const prepared = await ctx.prepare({
            name: `articles[${index}]`,
            ...metaOf(a),
            ...(a.text !== undefined ? { text: a.text } : { html: a.html! }),
          })
          if ('error' in prepared) return { index, status: 'skipped', reason: prepared.error }
          return savedItem(index, await storePrepared(ctx.store, prepared, ctx.analyzeForStore))
        } catch (error) {
          // One item's failure is its own: reported in its result and logged, the others stored all the same.
          const failure = failureOf(error)
          ctx.log.error({ msg: 'article failed', reqId: request.id, index, ...failure, stack: (error as Error)?.stack })
          return { index, status: 'failed', error: failure }
        }
      }),
    )
    return reply.status(batchStatus(results)).send({ results })
  })

  v1.get(
    '/articles/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } } } } },
    async (request) => {
      const { id } = request.params as { id: string }
      const found = await ctx.store.article(id)
      if (!found) throw new AppError('not_found', `no article "${id}"`)
      return found
    },
  )
}
