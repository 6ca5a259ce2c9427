import type { EntityType } from '../../doc/analysis.js'
import type { ConllType } from './bio.js'
import { GAZ, type Gazetteer } from './gazetteer.js'

const GEO_FEATURE =
  /\b(?:River|Sea|Ocean|Mountains?|Mount|Lake|Islands?|Valley|Gulf|Bay|Peninsula|Desert|Strait|Coast|Basin|Plateau|Range|Forest|Canal|Delta|Steppe|Hills?)\b/
const FACILITY =
  /\b(?:Airport|Bridge|Stadium|Arena|Tower|Palace|Square|Street|Avenue|Road|Highway|Station|Harbou?r|Dam|Plant|Cathedral|Mosque|Temple|Museum|Prison|Base|Embassy|Hall)\b/
const EVENT =
  /\b(?:War|Games|Olympics?|Cup|Championships?|Open|Summit|Revolution|Festival|Conference|Forum|Tour|Grand Prix|Series|Crisis|Holocaust|Uprising|Spring|Expo|Marathon|Rally)\b/

/**
 * Maps a CoNLL type to the contract's finer types, from the mention's text and the gazetteers:
 * LOC → GPE (countries, cities, states, and unknown places, most of which are towns), LOC (regions, seas,
 * mountains) or FAC (airports, bridges, squares); MISC → NORP (nationalities, religions, parties' members),
 * EVENT (wars, games, summits) or MISC; seats of power ("Kremlin", "White House") → ORG.
 */
export function refineType(type: ConllType, text: string, gazetteer: Gazetteer): EntityType {
  // People and organisations keep their type: the gazetteer is consulted for places and MISC only.
  const mask =
    type === 'LOC' || type === 'MISC' ? gazetteer.lookup(text) || gazetteer.lookup(text.replace(/^the\s+/i, '')) : 0
  switch (type) {
    case 'PER':
      return 'PERSON'
    case 'ORG':
      return 'ORG'
    case 'LOC':
      if (mask & GAZ.seat) return 'ORG'
      if (mask & (GAZ.country | GAZ.division)) return 'GPE'
      if (mask & GAZ.region || GEO_FEATURE.test(text)) return 'LOC'
      if (FACILITY.test(text)) return 'FAC'
      return 'GPE'
    case 'MISC':
      if (mask & (GAZ.demonym | GAZ.group)) return 'NORP'
      if (EVENT.test(text)) return 'EVENT'
      if (/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|i|an)s?$/u.test(text)) return 'NORP'
      return 'MISC'
  }
}

/** Maps a contract type back to CoNLL's four for evaluation: GPE and LOC → LOC; NORP, EVENT, FAC, MISC → MISC. */
export function toConllType(type: EntityType): ConllType {
  switch (type) {
    case 'PERSON':
      return 'PER'
    case 'ORG':
      return 'ORG'
    case 'GPE':
    case 'LOC':
      return 'LOC'
    default:
      return 'MISC'
  }
}
