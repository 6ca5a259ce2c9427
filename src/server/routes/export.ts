import type { FastifyInstance } from 'fastify'
import { EXPORT_FORMATS, type ExportFormat, exportCorpus } from '../../corpus/export.js'
import type { ServerContext } from '../context.js'

const TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
  gexf: 'application/gexf+xml',
}

/** `GET /v1/export?format=…`: the corpus streamed as JSON Lines, CSV or GEXF. */
export function exportRoute(v1: FastifyInstance, { store }: ServerContext): void {
  const querystring = {
    type: 'object',
    additionalProperties: false,
    required: ['format'],
    properties: { format: { enum: [...EXPORT_FORMATS] } },
  }
  v1.get('/export', { schema: { querystring } }, async (request, reply) => {
    const format = (request.query as { format: ExportFormat }).format
    const raw = reply.raw
    // The head goes out with the first chunk: a store that fails before it still gets its proper error status.
    const begin = () => {
      if (raw.headersSent) return
      raw.writeHead(200, {
        'content-type': TYPES[format],
        'content-disposition': `attachment; filename="newsgraph.${format}"`,
        'x-content-type-options': 'nosniff',
      })
    }
    await exportCorpus(
      store,
      format,
      (chunk) =>
        new Promise<void>((resolve) => {
          begin()
          if (raw.write(chunk)) resolve()
          else raw.once('drain', resolve)
        }),
    )
    begin()
    raw.end()
    return reply
  })
}
