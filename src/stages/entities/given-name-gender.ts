import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Entity } from '../../doc/types.js'
import { CURATED_GIVEN_NAMES } from './given-names.js'

/** Given names by gender (`models/given-names.json`, `npm run train:given-names`); names given to both are absent. */
export interface GivenNames {
  m: readonly string[]
  f: readonly string[]
}

/**
 * Given name (lower case) → gender, as a lookup. The team's curated names decide over the compiled list: Moby leaves
 * out every name it also lists for the other sex ("Donald", "Hillary", "Bill"), and news needs those most.
 */
export function givenNameGenders(names: GivenNames): ReadonlyMap<string, 'm' | 'f'> {
  return new Map([
    ...names.m.map((n) => [n.toLowerCase(), 'm'] as const),
    ...names.f.map((n) => [n.toLowerCase(), 'f'] as const),
    ...CURATED_GIVEN_NAMES,
  ])
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
    const gender = words.length > 1 ? genders.get(words[0].toLowerCase()) : undefined
    if (gender) entity.gender = gender
  }
}

const FILE = fileURLToPath(new URL('../../../models/given-names.json', import.meta.url))
let shared: ReadonlyMap<string, 'm' | 'f'> | undefined

/** The shipped list, read on first use; empty when the file is absent. */
export function defaultGivenNameGenders(): ReadonlyMap<string, 'm' | 'f'> {
  shared ??= givenNameGenders(
    existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as GivenNames) : { m: [], f: [] },
  )
  return shared
}

/** The gender a person's full name tells by its first word ("Don Fowler" → m); none for one word or an unknown name. */
export function genderOfName(name: string): 'm' | 'f' | undefined {
  const words = name.split(/\s+/)
  return words.length < 2 ? undefined : defaultGivenNameGenders().get(words[0].toLowerCase())
}
