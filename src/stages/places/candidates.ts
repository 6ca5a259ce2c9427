import type { PlaceGazetteer } from './place-gazetteer.js'
import { POSTING } from './place-kinds.js'

/**
 * Gazetteer entries a name may refer to, as entry indices. A demonym ("French") finds only the places it is the
 * adjective of; a name finds only places of that name; abbreviations ("La.") are for qualifiers and never found
 * here. "New York City" falls back to "New York"'s towns.
 */
export function candidatesOf(gazetteer: PlaceGazetteer, name: string, demonym: boolean): number[] {
  const postings = gazetteer.lookup(name)
  // "Kan.", "Pa.", "Fla.": an AP abbreviation written with its full stop is the state, not a town "Kan" ("L.A.",
  // initials, stays Los Angeles).
  if (!demonym && /^\p{Lu}\p{Ll}+\.$/u.test(name)) {
    const states = abbreviated(postings)
    if (states.length) return states
  }
  let found = pick(postings, demonym, false)
  // "EU", "NATO": a short name in capitals is an acronym, never a town of that spelling ("Eu", France).
  if (/^[A-Z]{2,4}$/.test(name))
    found = found.filter((i) => {
      const e = gazetteer.entry(i)
      return e.kind !== 'city' && e.kind !== 'district'
    })
  if (demonym) return found
  // A name tagged as a place that is a demonym ("Georgian" in "the Georgian side"): the place it names, beside any
  // town of that spelling ("Canadian", Texas), which the scores weigh against it.
  const asDemonym = pick(postings, true, false)
  if (asDemonym.length && found.every((i) => gazetteer.entry(i).kind === 'city')) return [...found, ...asDemonym]
  if (found.length) return found
  // "W.Va.", "D.C.": an abbreviation with its full stops is a state even without a town before it.
  if (name.includes('.')) {
    const abbreviation = pick(postings, false, true)
    if (abbreviation.length) return abbreviation
  }
  // "Loudon Co." is Loudon County; "Town of Groton" is Groton.
  const county = /^(.+) Co\.?$/.exec(name)
  if (county) return candidatesOf(gazetteer, `${county[1]} County`, false)
  const town = /^Town of (.+)$/.exec(name)
  if (town) return pick(gazetteer.lookup(town[1]), false, false).filter((i) => gazetteer.entry(i).kind === 'city')
  const city = /^(.+) City$/.exec(name)
  if (city) return pick(gazetteer.lookup(city[1]), false, false).filter((i) => gazetteer.entry(i).kind === 'city')
  return found
}

function abbreviated(postings: Int32Array): number[] {
  const out: number[] = []
  for (const p of postings) if (p & POSTING.qualifierOnly && !(p & POSTING.demonym)) out.push(p & POSTING.entry)
  return out
}

function pick(postings: Int32Array, demonym: boolean, abbreviations: boolean): number[] {
  const out: number[] = []
  for (const p of postings) {
    if (p & POSTING.qualifierOnly && !abbreviations) continue
    if (Boolean(p & POSTING.demonym) !== demonym) continue
    out.push(p & POSTING.entry)
  }
  return out
}

/** Regions and countries a qualifier names, abbreviations included: "La." → Louisiana, "Texas", "France". */
export function qualifierEntries(gazetteer: PlaceGazetteer, name: string): number[] {
  const out: number[] = []
  for (const p of gazetteer.lookup(name)) {
    if (p & POSTING.demonym) continue
    const i = p & POSTING.entry
    const kind = gazetteer.entry(i).kind
    if (kind === 'country' || kind === 'region' || kind === 'district') out.push(i)
  }
  return out
}
