import type { FastifyInstance } from 'fastify'
import { articleMeta } from '../../corpus/ingest/prepare.js'
import type { ArticleMeta } from '../../doc/types.js'
import { AppError } from '../../errors.js'
import { analyze } from '../../pipeline/analyze.js'
import type { ServerContext } from '../context.js'
import { type ArticleBody, articleSchema, metaOf } from '../schemas.js'

/** `POST /v1/analyze`: one article analysed, not stored. HTML is extracted on an analysis thread. */
export function analyzeRoute(v1: FastifyInstance, ctx: ServerContext): void {
  v1.post('/analyze', { schema: { body: articleSchema(ctx.maxLength) } }, async (request, reply) => {
    const body = request.body as ArticleBody
    let text = body.text
    let facts: ArticleMeta = metaOf(body)
    if (text === undefined) {
      const page = await ctx.prepare({ name: 'the page', ...metaOf(body), html: body.html! })
      if ('error' in page) throw new AppError('invalid_input', 'the page holds no article text')
      text = page.text
      facts = articleMeta(page)
    }
    // Empty or unreadable text is still analysed: the contract says what is (not) there.
    let json: string | Buffer
    if (ctx.pool) {
      const bytes = await ctx.pool.run({ kind: 'analyze-json', text, meta: facts })
      json = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    } else json = JSON.stringify(analyze(text, facts))
    return reply.type('application/json; charset=utf-8').send(json)
  })
}
