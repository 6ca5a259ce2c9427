import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Ajv } from 'ajv'
import { analysisSchema } from './schema.js'

test('the committed schema file matches the schema in code (run `npm run schema` after a change)', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../schema/newsgraph.analysis-1.schema.json', import.meta.url), 'utf8'),
  )
  assert.deepEqual(file, JSON.parse(JSON.stringify(analysisSchema)))
})

test('the schema rejects an analysis with a missing layer or a wrong type', () => {
  const validate = new Ajv({ strict: false }).compile(analysisSchema)
  const good = {
    schema: 'newsgraph.analysis/1',
    article: { id: 'a', language: 'en', text: '' },
    sentences: [],
    entities: [],
    quotes: [],
    events: [],
    times: [],
    amounts: [],
    claims: [],
  }
  assert.equal(validate(good), true)
  assert.equal(validate({ ...good, quotes: undefined }), false)
  assert.equal(validate({ ...good, sentences: [{ start: -1, end: 2 }] }), false)
  assert.equal(validate({ ...good, schema: 'newsgraph.analysis/2' }), false)
})
