import assert from 'node:assert/strict'
import { Ajv } from 'ajv'
import type { Analysis } from '../doc/analysis.js'
import { checkAnalysis } from '../doc/check-doc.js'
import { analysisSchema } from '../doc/schema.js'

const validate = new Ajv({ allErrors: true, strict: false }).compile(analysisSchema)

/** Asserts that `value` is a valid `newsgraph.analysis/1`: the JSON Schema, and every span invariant. */
export function assertValidAnalysis(value: unknown): asserts value is Analysis {
  const valid = validate(value)
  assert.ok(valid, `not a valid newsgraph.analysis/1: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`)
  assert.deepEqual(checkAnalysis(value as Analysis), [])
}
