import type { Doc, Place } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { findEmbeddedPlaces } from './find-embedded-places.js'
import { METONYM_VERBS } from './lexicon.js'
import { defaultPlaceGazetteer, type PlaceGazetteer } from './place-gazetteer.js'
import { type PlaceQuery, resolvePlaces } from './resolve-places.js'

const PLACE_LABELS = new Set(['GPE', 'LOC', 'FAC'])

/** Options of the places stage (stage option `places`). */
export interface FindPlacesOptions {
  /** Nationality words as places ("Ukrainian" → Ukraine); default true. LGL marks them, GeoVirus does not. */
  demonyms?: boolean
}

/**
 * Resolves the article's places: every GPE, LOC and FAC mention, every nationality word (NORP) that is a
 * country's demonym, and the dateline's place, each to a gazetteer entry with coordinates, country and region.
 * Names the gazetteer does not know ("Orchard St.") are left out.
 */
export function findPlaces(
  doc: Pick<Doc, 'text' | 'mentions' | 'structure'>,
  gazetteer: PlaceGazetteer = defaultPlaceGazetteer(),
  options: FindPlacesOptions = {},
): Place[] {
  const { text } = doc
  const queries: PlaceQuery[] = []
  const dateline = doc.structure.dateline
  if (dateline) {
    // "KYIV, Feb 23 (Reuters) -", "AUSTIN, Texas (AP) -": the town is the dateline's first words (its region, if
    // any, qualifies it), looked up in title case: "KYIV" is no acronym.
    const town = dateline.place.split(',')[0].trim()
    const at = text.indexOf(town, dateline.start)
    if (at >= 0) queries.push({ start: at, end: at + town.length, text: titleCase(town) })
  }
  for (const m of doc.mentions) {
    if (dateline && m.start < dateline.end && m.end > dateline.start) continue
    if (PLACE_LABELS.has(m.label)) {
      const query: PlaceQuery = { start: m.start, end: m.end, text: text.slice(m.start, m.end) }
      if (isMetonym(text, m.start, m.end)) query.metonym = true
      queries.push(query)
    } else if (m.label === 'NORP' && options.demonyms !== false)
      queries.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), demonym: true })
  }
  // "Shreveport Police Department": the place inside an organisation's name.
  queries.push(...findEmbeddedPlaces(text, doc.mentions, gazetteer).map((q) => ({ ...q, embedded: true })))
  if (!queries.length) return []
  const resolved = resolvePlaces(gazetteer, text, queries, dateline ? { dateline: dateline.place } : {})
  const places: Place[] = []
  resolved.forEach((place, k) => {
    if (!place) return
    if (k === 0 && dateline && queries[0].start === place.start) {
      place.rule = 'places/dateline'
      // A dateline in capitals: the gazetteer's spelling is the name, the text stays as written.
    }
    if (queries[k].metonym) place.metonym = true
    if ((queries[k] as { embedded?: boolean }).embedded) place.rule = `${place.rule}+inside-name`
    places.push(place)
  })
  return places.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * True when the word after a place name is a verb of speech or action and the name is no prepositional object:
 * "Moscow said", not "Police in Paris said".
 */
function isMetonym(text: string, start: number, end: number): boolean {
  if (
    /\b(?:in|at|near|from|of|to|into|outside|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 16), start))
  )
    return false
  const next = /^(?:[’']s)?\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24))
  return next !== null && METONYM_VERBS.has(next[1])
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
}

/** The places stage. */
export const findPlacesStage: Stage<'places'> = {
  layer: 'places',
  requires: ['mentions', 'structure'],
  run: (doc, ctx) => findPlaces(doc, defaultPlaceGazetteer(), (ctx.options.places ?? {}) as FindPlacesOptions),
}
