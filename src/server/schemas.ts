/** JSON Schemas of the API's inputs: unknown fields refused, lengths bounded, nothing coerced. */
export function articleSchema(maxLength: number) {
  return {
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
}

/** The body of `POST /v1/analyze`: an article, and whether to return each sentence's parse. */
export function analyzeSchema(maxLength: number) {
  const article = articleSchema(maxLength)
  return { ...article, properties: { ...article.properties, syntax: { type: 'boolean' } } } as const
}

/** A short free-text filter. */
export const text = { type: 'string', maxLength: 500 }
/** A date filter (its calendar validity is checked before the handler). */
export const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
// Query strings arrive as text and are not coerced (bodies must not be): limits are checked as digits.
const paging = { limit: { type: 'string', pattern: '^[0-9]{1,4}$' }, cursor: { type: 'string', maxLength: 200 } }

/** A query string of these filters plus paging, nothing else. */
export function query(properties: Record<string, unknown>) {
  return { type: 'object', additionalProperties: false, properties: { ...properties, ...paging } }
}

/** The shape of an article in a request body. */
export interface ArticleBody {
  text?: string
  html?: string
  title?: string
  published?: string
  url?: string
  source?: string
  /** /v1/analyze only: parse every sentence and return the parse. */
  syntax?: boolean
}

/** The metadata of an article body, as the pipeline takes it. */
export function metaOf(body: ArticleBody) {
  return {
    ...(body.title && { title: body.title }),
    ...(body.published && { published: body.published, publishedSource: 'caller' as const }),
    ...(body.url && { url: body.url }),
    ...(body.source && { source: body.source }),
  }
}
