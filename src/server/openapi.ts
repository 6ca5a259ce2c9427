/** The OpenAPI 3.1 document of the HTTP API, served at /openapi.json. */
export function openApiDocument(maxLength: number): Record<string, unknown> {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
  const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })
  // An article in a request body; the body of /v1/analyze adds `syntax`.
  const article = {
    type: 'object',
    additionalProperties: false,
    oneOf: [{ required: ['text'] }, { required: ['html'] }],
    properties: {
      text: { type: 'string', maxLength },
      html: { type: 'string', maxLength: maxLength * 4 },
      title: { type: 'string' },
      published: { type: 'string', description: 'YYYY-MM-DD or an ISO 8601 instant' },
      url: { type: 'string' },
      source: { type: 'string' },
    },
  }
  const errors = {
    400: { description: 'invalid input (a date that is no calendar day among them)', ...json(ref('Error')) },
    401: { description: 'missing or wrong API token', ...json(ref('Error')) },
    403: { description: 'a state-changing request from another origin', ...json(ref('Error')) },
    421: { description: 'a Host header that does not name this server (see --allowed-host)', ...json(ref('Error')) },
    503: { description: 'the store is read-only or unavailable', ...json(ref('Error')) },
    507: { description: 'the store is out of space', ...json(ref('Error')) },
  }
  const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
    name,
    in: 'query',
    description,
    schema,
  })
  const paging = [
    q('limit', 'results per page, 1–1000 (default 50)', { type: 'integer', minimum: 1, maximum: 1000 }),
    q('cursor', 'the `next` cursor of the previous page'),
  ]
  const dates = [
    q('from', 'first date, YYYY-MM-DD', { type: 'string', format: 'date' }),
    q('to', 'last date, YYYY-MM-DD', { type: 'string', format: 'date' }),
  ]
  const placeParams = [
    q('country', 'ISO 3166 alpha-3 codes of the event place, comma-separated'),
    q('admin1', 'first-level region of the event place: GeoNames code (US.TX) or name (Texas)'),
    q('bbox', 'minLon,minLat,maxLon,maxLat in degrees'),
  ]
  const page = {
    description:
      'a page of results: items, total (all pages), next (absent on the last page); or, when an actor filter ' +
      'names several actors, {name, candidates: [{id, name, type, country, count}]} to ask again by id',
    ...json({
      type: 'object',
      properties: {
        items: { type: 'array' },
        total: { type: 'integer' },
        next: { type: 'string' },
        name: { type: 'string' },
        candidates: { type: 'array', items: { type: 'object' } },
      },
    }),
  }
  const get = (summary: string, parameters: unknown[], response: unknown = page) => ({
    get: { summary, parameters, responses: { 200: response, ...errors } },
  })
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsgraph API',
      version: '1',
      description:
        'Who said what, who did what to whom, where and when — from news articles, as data tied to exact characters.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'required when the server is bound beyond localhost' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
          },
        },
        Article: article,
        Job: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            kind: { const: 'feed' },
            feed: { type: 'string' },
            status: { enum: ['queued', 'running', 'done', 'failed'] },
            created: { type: 'string', format: 'date-time' },
            started: { type: 'string', format: 'date-time' },
            finished: { type: 'string', format: 'date-time' },
            read: { type: 'integer', description: 'items read so far' },
            stored: { type: 'integer' },
            duplicates: { type: 'integer' },
            skipped: { type: 'integer' },
            failed: { type: 'integer' },
            error: { type: 'string', description: 'why the job failed (the feed could not be read)' },
            itemsTotal: { type: 'integer' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  index: { type: 'integer' },
                  name: { type: 'string' },
                  status: { enum: ['stored', 'duplicate', 'skipped', 'failed'] },
                  id: { type: 'string' },
                  error: { type: 'string' },
                },
              },
            },
          },
        },
        AnalyzeRequest: {
          ...article,
          properties: {
            ...article.properties,
            syntax: { type: 'boolean', description: 'parse every sentence and add the parse (field "syntax")' },
          },
        },
        Analysis: { description: 'newsgraph.analysis/1: see schema/newsgraph.analysis-1.schema.json', type: 'object' },
      },
    },
    security: [{ token: [] }, {}],
    paths: {
      '/v1/analyze': {
        post: {
          summary: 'analyse one article (not stored)',
          requestBody: { required: true, ...json(ref('AnalyzeRequest')) },
          responses: {
            200: { description: 'the analysis', ...json(ref('Analysis')) },
            ...errors,
            413: { description: 'body too large', ...json(ref('Error')) },
          },
        },
      },
      '/v1/articles': {
        post: {
          summary:
            'ingest one article, up to 100 ({articles: […]}), or start a feed ingest in the background ({feed: URL}: ' +
            '202 with the job); copies are flagged',
          requestBody: {
            required: true,
            ...json({
              oneOf: [
                ref('Article'),
                { type: 'object', properties: { articles: { type: 'array', maxItems: 100, items: ref('Article') } } },
                {
                  type: 'object',
                  properties: {
                    feed: {
                      type: 'string',
                      description:
                        'an http(s) RSS or Atom feed; refused (400) when its host resolves to a loopback, private, ' +
                        'link-local or metadata address, unless the server runs with --allow-private-urls',
                    },
                  },
                },
              ],
            }),
          },
          responses: {
            200: {
              description:
                'every article came out alike: results, one per article in order: {index, status, id?, ' +
                'duplicateOf?, storyId?, reason?, error?: {code, message}} with status stored | duplicate | ' +
                'already_stored | skipped (no article text) | failed',
              ...json({ type: 'object', properties: { results: { type: 'array', items: { type: 'object' } } } }),
            },
            207: {
              description: 'the articles came out differently, or some failed (each failure is in the server log)',
              ...json({ type: 'object', properties: { results: { type: 'array', items: { type: 'object' } } } }),
            },
            202: {
              description: 'a feed job started: follow it at its href (also the Location header)',
              ...json({
                type: 'object',
                properties: {
                  job: {
                    type: 'object',
                    properties: {
                      id: { type: 'string' },
                      status: { type: 'string' },
                      feed: { type: 'string' },
                      href: { type: 'string' },
                    },
                  },
                },
              }),
            },
            429: { description: 'too many feed jobs waiting', ...json(ref('Error')) },
            ...errors,
          },
        },
      },
      '/v1/jobs/{id}': {
        get: {
          summary: "a background job's progress and a page of its per-item results",
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            q('offset', 'first item result to return (default 0)', { type: 'integer', minimum: 0 }),
            q('limit', 'item results per page, up to 1000 (default 1000)', { type: 'integer', maximum: 1000 }),
          ],
          responses: {
            200: { description: 'the job', ...json(ref('Job')) },
            404: { description: 'unknown or forgotten job', ...json(ref('Error')) },
          },
        },
      },
      '/v1/articles/{id}': {
        get: {
          summary:
            'a stored article as its view needs it: id, title, published, publishedSource, source, sources (every ' +
            "outlet that ran it), url, text, analysis (every layer; a copy's are its original's)",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'the article', ...json({ type: 'object' }) },
            404: { description: 'unknown id', ...json(ref('Error')) },
          },
        },
      },
      '/v1/search': get(
        'full-text search, best matches first (bm25 / ts_rank_cd); copies fold into their original',
        [
          q('q', 'words'),
          q('sort', 'relevance (default) or date (newest first)', { enum: ['relevance', 'date'] }),
          ...dates,
          q('source', 'outlet'),
          q('limit', 'hits per page, 1–1000 (default 20)', { type: 'integer', minimum: 1, maximum: 1000 }),
          q('cursor', 'the `next` cursor of the previous page'),
        ],
        {
          description:
            'total (matching articles), stories, items: [{id, title, published, source, sources, url, storyId, ' +
            'snippet, marks: [[start, end], …] (the matched words in snippet)}], next',
          ...json({
            type: 'object',
            properties: {
              total: { type: 'integer' },
              stories: { type: 'integer' },
              items: { type: 'array', items: { type: 'object' } },
              next: { type: 'string' },
            },
          }),
        },
      ),
      '/v1/quotes': get('quotes by speaker, topic and date', [
        q('speaker', 'an actor id (that actor only) or name'),
        q('about', 'words in the quote'),
        ...dates,
        q('source', 'outlet'),
        ...paging,
      ]),
      '/v1/events': get('PLOVER events', [
        q('actor', 'an actor id or name, as actor or recipient'),
        q('type', 'PLOVER types, comma-separated'),
        q('where', 'place name (or its region name, or its gazetteer id)'),
        ...placeParams,
        ...dates,
        q('source', 'outlet'),
        ...paging,
      ]),
      '/v1/places': get(
        'events grouped by place, for a map: id, name, lat, lon, country, admin1, kind; events, happenings, articles',
        [
          q('type', 'PLOVER types, comma-separated'),
          ...placeParams,
          ...dates,
          q('limit', 'places, 1–5000 (default 500)', { type: 'integer', minimum: 1, maximum: 5000 }),
        ],
        {
          description: 'places, most happenings first',
          ...json({ type: 'object', properties: { places: { type: 'array', items: { type: 'object' } } } }),
        },
      ),
      '/v1/claims': get('claims the reporting disputes', [
        q('status', 'false, disputed or unsupported'),
        q('actor', 'claimant'),
        ...dates,
        ...paging,
      ]),
      '/v1/actors/{id}': {
        get: {
          summary: "an actor's dossier (id or name)",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'the dossier', ...json({ type: 'object' }) },
            404: { description: 'unknown actor', ...json(ref('Error')) },
          },
        },
      },
      '/v1/actors/{id}/quotes': get(
        "an actor's quotes, paged with their total (a dossier's list past its first page)",
        [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...dates, ...paging],
      ),
      '/v1/actors/{id}/claims': get('the claims an actor made that the reporting disputes, paged with their total', [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        q('status', 'false, disputed or unsupported'),
        ...dates,
        ...paging,
      ]),
      '/v1/timeline': get('events per day and type', [q('actor', 'an actor'), q('about', 'words'), ...dates]),
      '/v1/network': get('actor → recipient edges', [q('type', 'one PLOVER type'), ...dates]),
      '/v1/stats': get('corpus counts', []),
      '/v1/export': {
        get: {
          summary: 'the corpus, streamed',
          parameters: [q('format', 'jsonl, csv or gexf', { enum: ['jsonl', 'csv', 'gexf'] })],
          responses: { 200: { description: 'the export' }, ...errors },
        },
      },
    },
  }
}
