import type { FastifyInstance } from 'fastify'
import type { CorpusStore } from '../../corpus/store/corpus-store.js'
import type { PlaceCountFilters } from '../../corpus/store/place-rows.js'

const text = { type: 'string', maxLength: 500 }
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }

/** Query parameters of the place filters, shared by `/v1/events` and `/v1/places`. */
export const placeFilterQuery = {
  country: { type: 'string', pattern: '^[A-Za-z]{3}(,[A-Za-z]{3})*$', maxLength: 200 },
  admin1: text,
  bbox: { type: 'string', pattern: '^[-0-9.eE]+(,[-0-9.eE]+){3}$', maxLength: 100 },
} as const

/**
 * `GET /v1/places` (registered on the `/v1` plugin, behind its token check): the corpus's events grouped by place, most happenings first: id, name, lat, lon, country,
 * admin1, kind and the counts of events, happenings and articles. Filters: PLOVER `type`, `from`/`to` (event
 * dates), `country`, `admin1`, `bbox`; `limit` up to 5,000 places (default 500).
 */
export function registerPlacesRoute(v1: FastifyInstance, store: CorpusStore): void {
  v1.get(
    '/places',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...placeFilterQuery,
            type: { type: 'string', pattern: '^[A-Za-z]+(,[A-Za-z]+)*$', maxLength: 200 },
            from: date,
            to: date,
            limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
          },
        },
      },
    },
    async (request) => {
      const q = request.query as Record<string, string>
      const filters: PlaceCountFilters = { ...q, ...(q.limit !== undefined && { limit: Number(q.limit) }) }
      return { places: await store.places(filters) }
    },
  )
}
