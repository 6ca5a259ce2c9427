import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AmbiguousActor, QueryFilters } from '../../corpus/store/corpus-store.js'
import { AmbiguousActorError } from '../../corpus/store/queries/actors.js'
import { AppError } from '../../errors.js'
import type { ServerContext } from '../context.js'
import { date, query, text } from '../schemas.js'
import { placeFilterQuery } from './places.js'

/** The query's answer, or `{name, candidates}` (200) when its actor filter names several actors. */
async function orCandidates<T>(query: Promise<T>): Promise<T | AmbiguousActor> {
  try {
    return await query
  } catch (error) {
    if (error instanceof AmbiguousActorError) return error.ambiguous
    throw error
  }
}

const filters = (request: FastifyRequest): QueryFilters => {
  const q = request.query as Record<string, string>
  return { ...q, ...(q.limit !== undefined && { limit: Number(q.limit) }) } as QueryFilters
}

/** The corpus queries: search, quotes, events, claims, actor dossiers, timeline, network, stats. */
export function queryRoutes(v1: FastifyInstance, { store }: ServerContext): void {
  v1.get(
    '/search',
    {
      schema: {
        querystring: {
          ...query({ q: text, from: date, to: date, source: text, sort: { enum: ['relevance', 'date'] } }),
          required: ['q'],
        },
      },
    },
    async (request) => {
      const q = filters(request) as QueryFilters & { q: string }
      return store.search({ ...q, text: q.q })
    },
  )
  v1.get(
    '/quotes',
    { schema: { querystring: query({ speaker: text, about: text, from: date, to: date, source: text }) } },
    async (request) => orCandidates(store.quotes(filters(request))),
  )
  const types = { type: 'string', pattern: '^[A-Za-z]+(,[A-Za-z]+)*$', maxLength: 200 }
  v1.get(
    '/events',
    {
      schema: {
        querystring: query({
          actor: text,
          type: types,
          where: text,
          ...placeFilterQuery,
          from: date,
          to: date,
          source: text,
        }),
      },
    },
    async (request) => orCandidates(store.events(filters(request))),
  )
  const status = { enum: ['false', 'disputed', 'unsupported'] }
  v1.get(
    '/claims',
    { schema: { querystring: query({ status, actor: text, from: date, to: date, source: text }) } },
    async (request) => orCandidates(store.claims(filters(request))),
  )
  v1.get(
    '/actors/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 300 } } } } },
    async (request) => {
      const id = (request.params as { id: string }).id
      const dossier = await store.dossier(id)
      if (!dossier) throw new AppError('not_found', `no actor "${id}"`)
      return dossier
    },
  )
  // A dossier's lists past their first page: the actor's own quotes and claims, paged with their total. An id
  // names that actor only; a name several actors bear answers the candidates, as the dossier does.
  const actorParams = { type: 'object', properties: { id: { type: 'string', maxLength: 300 } } }
  v1.get(
    '/actors/:id/quotes',
    { schema: { params: actorParams, querystring: query({ from: date, to: date, source: text }) } },
    async (request) => {
      const { id } = request.params as { id: string }
      return orCandidates(store.quotes({ ...filters(request), speaker: id }))
    },
  )
  v1.get(
    '/actors/:id/claims',
    {
      schema: {
        params: actorParams,
        querystring: query({ status: { enum: ['false', 'disputed', 'unsupported'] }, from: date, to: date }),
      },
    },
    async (request) => {
      const { id } = request.params as { id: string }
      return orCandidates(store.claims({ ...filters(request), actor: id }))
    },
  )
  const closed = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties })
  v1.get(
    '/timeline',
    { schema: { querystring: closed({ actor: text, about: text, from: date, to: date }) } },
    async (request) => {
      const q = request.query as QueryFilters
      if (!q.actor && !q.about) throw new AppError('invalid_input', 'expected actor or about')
      const items = await orCandidates(store.timeline(q))
      return Array.isArray(items) ? { items } : items
    },
  )
  const type = { type: 'string', pattern: '^[A-Za-z]+$', maxLength: 20 }
  v1.get('/network', { schema: { querystring: closed({ type, from: date, to: date }) } }, async (request) => ({
    edges: await store.network(request.query as QueryFilters),
  }))
  v1.get('/stats', async () => store.stats())
}
