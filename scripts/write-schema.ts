// Writes the contract's JSON Schema to schema/, where users and other languages can read it.
import { writeFileSync } from 'node:fs'
import { analysisSchema } from '../src/doc/schema.js'

writeFileSync(
  new URL('../schema/newsgraph.analysis-1.schema.json', import.meta.url),
  JSON.stringify(analysisSchema, null, 2) + '\n',
)
