import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import type { ServerContext } from '../context.js'

/**
 * `GET /v1/jobs/:id`: a background job's progress (counts, status, timestamps) and a page of its per-item results
 * (`offset`, `limit` up to 1,000; `itemsTotal` says how many there are so far).
 */
export function jobsRoute(v1: FastifyInstance, ctx: ServerContext): void {
  v1.get(
    '/jobs/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            offset: { type: 'string', pattern: '^[0-9]{1,9}$' },
            limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
          },
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      const q = request.query as { offset?: string; limit?: string }
      const job = ctx.jobs.get(id)
      if (!job) throw new AppError('not_found', `no job "${id}" (finished jobs are kept until 100 newer ones end)`)
      const offset = Number(q.offset ?? 0)
      const limit = Math.min(1000, Number(q.limit ?? 1000))
      const { items, ...summary } = job
      return { ...summary, itemsTotal: items.length, items: items.slice(offset, offset + limit) }
    },
  )
}
