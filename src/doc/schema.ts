/**
 * JSON Schema (draft-07) of the output contract `newsgraph.analysis/1`. `npm run schema` writes it to
 * `schema/newsgraph.analysis-1.schema.json`; a test keeps the two identical. Objects allow added fields
 * (the contract may grow), but every field named here must have the stated type.
 */

const offset = { type: 'integer', minimum: 0 } as const
const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: offset, end: offset, text: { type: 'string' } },
} as const
const id = { type: 'string', minLength: 1 } as const
const ids = { type: 'array', items: id } as const
const prob = { type: 'number', minimum: 0, maximum: 1 } as const
const entityType = { enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] } as const
const ploverType = {
  enum: [
    'AGREE',
    'CONSULT',
    'SUPPORT',
    'CONCEDE',
    'COOPERATE',
    'AID',
    'RETREAT',
    'REQUEST',
    'ACCUSE',
    'REJECT',
    'THREATEN',
    'PROTEST',
    'SANCTION',
    'MOBILIZE',
    'COERCE',
    'ASSAULT',
  ],
} as const

function arrayOf(items: object) {
  return { type: 'array', items } as const
}

function spanWith(required: string[], properties: Record<string, object>) {
  return {
    type: 'object',
    required: ['start', 'end', 'text', ...required],
    properties: { ...span.properties, ...properties },
  }
}

/** The JSON Schema of `newsgraph.analysis/1`. */
export const analysisSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://newsgraph.dev/schema/newsgraph.analysis-1.schema.json',
  title: 'newsgraph.analysis/1',
  type: 'object',
  required: ['schema', 'article', 'sentences', 'entities', 'quotes', 'events', 'times', 'amounts', 'claims'],
  properties: {
    schema: { const: 'newsgraph.analysis/1' },
    article: {
      type: 'object',
      required: ['id', 'language', 'text'],
      properties: {
        id,
        title: { type: 'string' },
        published: { type: 'string' },
        publishedSource: { enum: ['caller', 'manifest', 'feed', 'page', 'file-name', 'dateline'] },
        source: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string', minLength: 2 },
        text: { type: 'string' },
        place: { type: 'string' },
      },
    },
    sentences: arrayOf({
      type: 'object',
      required: ['start', 'end'],
      properties: { start: offset, end: offset, checkworthiness: prob },
    }),
    entities: arrayOf({
      type: 'object',
      required: ['id', 'name', 'type', 'aliases', 'mentions', 'salience'],
      properties: {
        id,
        name: { type: 'string' },
        type: entityType,
        aliases: arrayOf({ type: 'string' }),
        mentions: arrayOf(spanWith(['kind'], { kind: { enum: ['name', 'title', 'pronoun', 'demonym', 'nominal'] } })),
        country: { type: 'string', pattern: '^[A-Z]{3}$' },
        sector: { type: 'string' },
        roles: arrayOf({
          type: 'object',
          required: ['title'],
          properties: { title: { type: 'string' }, of: { type: 'string' } },
        }),
        actorId: { type: 'string' },
        sectors: arrayOf({ type: 'string' }),
        gender: { enum: ['m', 'f'] },
        rule: { type: 'string' },
        salience: { type: 'number', minimum: 0 },
      },
    }),
    quotes: arrayOf({
      type: 'object',
      required: ['id', 'kind', 'content', 'sentence'],
      properties: {
        id,
        kind: { enum: ['direct', 'indirect', 'mixed'] },
        content: span,
        cue: span,
        source: span,
        speaker: id,
        date: { type: 'string' },
        checkworthiness: prob,
        sentence: offset,
        parts: arrayOf(span),
        polarity: { enum: ['assert', 'deny', 'claim', 'question'] },
      },
    }),
    events: arrayOf({
      type: 'object',
      required: ['id', 'type', 'trigger', 'actors', 'recipients', 'modality', 'quad', 'score', 'sentence'],
      properties: {
        id,
        type: ploverType,
        mode: { type: 'string' },
        contexts: arrayOf({ type: 'string' }),
        trigger: span,
        actors: ids,
        recipients: ids,
        location: { type: 'string' },
        locationRule: { type: 'string' },
        date: { type: 'string' },
        modality: { enum: ['asserted', 'future', 'hypothetical', 'reported'] },
        reportedBy: id,
        quad: { enum: [1, 2, 3, 4] },
        score: { type: 'number' },
        sentence: offset,
        count: { type: 'number', minimum: 0 },
        actorSpans: arrayOf(span),
        recipientSpans: arrayOf(span),
        sameAs: id,
      },
    }),
    times: arrayOf({
      ...spanWith(['id', 'type'], {
        id,
        type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
        value: { type: 'string' },
        anchor: { enum: ['unknown'] },
        rule: { type: 'string' },
      }),
      // A relative expression in an article without a date keeps no value and says why.
      anyOf: [{ required: ['value'] }, { required: ['anchor'] }],
    }),
    amounts: arrayOf(
      spanWith(['id', 'kind', 'value'], {
        id,
        kind: { enum: ['money', 'count', 'percent', 'quantity'] },
        value: { type: 'number' },
        unit: { type: 'string' },
        of: { type: 'string' },
        modifier: { type: 'string' },
      }),
    ),
    places: arrayOf(
      spanWith(['id', 'name', 'lat', 'lon', 'kind', 'confidence', 'rule'], {
        id: { type: 'string' },
        name: { type: 'string' },
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lon: { type: 'number', minimum: -180, maximum: 180 },
        country: { type: 'string' },
        admin1: { type: 'string' },
        admin1Name: { type: 'string' },
        kind: { enum: ['country', 'region', 'district', 'city', 'area'] },
        confidence: prob,
        rule: { type: 'string' },
        metonym: { type: 'boolean' },
      }),
    ),
    claims: arrayOf({
      type: 'object',
      required: ['id', 'content', 'status', 'marker'],
      properties: {
        id,
        claimant: id,
        content: span,
        status: { enum: ['false', 'disputed', 'unsupported'] },
        marker: span,
        quote: id,
      },
    }),
    mentions: arrayOf(spanWith(['type'], { type: entityType })),
    paragraphs: arrayOf({
      type: 'object',
      required: ['start', 'end', 'kind'],
      properties: { start: offset, end: offset, kind: { enum: ['title', 'byline', 'heading', 'body'] } },
    }),
    structure: {
      type: 'object',
      properties: {
        title: span,
        byline: spanWith(['names'], { names: arrayOf({ type: 'string' }) }),
        dateline: spanWith(['place'], {
          place: { type: 'string' },
          date: { type: 'string' },
          agency: { type: 'string' },
        }),
      },
    },
    quotations: arrayOf(
      spanWith(['style', 'closed', 'depth', 'reopenings'], {
        style: { enum: ['double', 'single', 'guillemet'] },
        closed: { type: 'boolean' },
        depth: offset,
        parent: offset,
        reopenings: arrayOf(offset),
      }),
    ),
    syntax: arrayOf({
      type: 'object',
      required: ['sentence', 'tokens'],
      properties: {
        sentence: offset,
        tokens: arrayOf(
          spanWith(['upos', 'xpos', 'head', 'deprel'], {
            upos: { type: 'string' },
            xpos: { type: 'string' },
            head: { type: 'integer', minimum: -1 },
            deprel: { type: 'string' },
          }),
        ),
      },
    }),
    messages: arrayOf({
      type: 'object',
      required: ['ruleId', 'reason', 'severity'],
      properties: {
        ruleId: { type: 'string', pattern: '^[a-z]+/[a-z0-9-]+$' },
        reason: { type: 'string' },
        severity: { enum: ['info', 'warning', 'error'] },
        start: offset,
        end: offset,
      },
    }),
  },
} as const
