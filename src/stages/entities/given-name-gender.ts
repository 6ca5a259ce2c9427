import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Entity } from '../../doc/types.js'

/** Given names by gender (`models/given-names.json`, `npm run train:given-names`); names given to both are absent. */
export interface GivenNames {
  m: readonly string[]
  f: readonly string[]
}

/** Given name → gender, as a lookup. */
export function givenNameGenders(names: GivenNames): ReadonlyMap<string, 'm' | 'f'> {
  return new Map([...names.m.map((n) => [n, 'm'] as const), ...names.f.map((n) => [n, 'f'] as const)])
}

/**
 * Gives a person of two names or more the gender of their given name ("Margaret Ellison" → f) when neither the
 * knowledge base nor a title said it; the pronoun resolver then asks it of "she". A lone name may be a surname
 * ("Jordan said"), so it says nothing.
 */
export function genderByGivenName(entities: Entity[], genders: ReadonlyMap<string, 'm' | 'f'>): void {
  for (const entity of entities) {
    if (entity.label !== 'PERSON' || entity.gender) continue
    const words = entity.name.split(/\s+/)
    const gender = words.length > 1 ? genders.get(words[0]) : undefined
    if (gender) entity.gender = gender
  }
}

const FILE = fileURLToPath(new URL('../../../models/given-names.json', import.meta.url))
let shared: ReadonlyMap<string, 'm' | 'f'> | undefined

/** The shipped list, read on first use; empty when the file is absent. */
export function defaultGivenNameGenders(): ReadonlyMap<string, 'm' | 'f'> {
  shared ??= existsSync(FILE) ? givenNameGenders(JSON.parse(readFileSync(FILE, 'utf8')) as GivenNames) : new Map()
  return shared
}
