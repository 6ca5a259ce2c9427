import { qualifierEntries } from './candidates.js'
import { POSTING } from './place-kinds.js'
import type { PlaceGazetteer } from './place-gazetteer.js'

// "Paris, Texas", "Alexandria, La.", "Kyiv, Ukraine", "Springfield, Ill., police": up to three capitalised words
// (an abbreviation keeps its full stops) right after the comma.
const QUALIFIER = /^,\s+(\p{Lu}[\p{L}’'.-]*(?:\s(?:\p{Lu}[\p{L}’'.-]*|of)){0,2})/u

/** A region or country that qualifies the place name ending at `end`, with the words that name it. */
export interface Qualifier {
  entries: number[]
  start: number
  end: number
}

/**
 * Reads ", Texas" after a place name: the longest run of words after the comma that names a region, a district
 * or a country. Undefined when the words after the comma name none.
 */
export function readQualifier(gazetteer: PlaceGazetteer, text: string, end: number): Qualifier | undefined {
  const match = QUALIFIER.exec(text.slice(end, end + 60))
  if (!match) return undefined
  const words = match[1].split(' ')
  const offset = end + match[0].length - match[1].length
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ')
    const entries = qualifierEntries(gazetteer, name)
    if (!entries.length) continue
    // "Ill.," keeps its stop; in "Kyiv, Ukraine." the stop ends the sentence.
    const stop = name.endsWith('.') && !isAbbreviation(gazetteer, name.slice(0, -1)) ? 1 : 0
    return { entries, start: offset, end: offset + name.length - stop }
  }
  return undefined
}

/** True when every entry of the name is by abbreviation ("Ill", "Va"): its full stop is part of it. */
function isAbbreviation(gazetteer: PlaceGazetteer, name: string): boolean {
  const postings = gazetteer.lookup(name)
  return postings.length > 0 && postings.every((p) => (p & POSTING.qualifierOnly) !== 0)
}
