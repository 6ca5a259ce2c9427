import type { Mention } from '../../doc/types.js'
import { ORG_WORDS } from '../../lexicons/people.js'
import { candidatesOf } from './candidates.js'
import type { PlaceGazetteer } from './place-gazetteer.js'
import { POSTING } from './place-kinds.js'
import type { PlaceQuery } from './resolve-places.js'

const HOSTS = new Set(['ORG', 'FAC', 'MISC'])
const ORG_WORD_SET = new Set(ORG_WORDS.map((w) => w.toLowerCase()))
// Words that open many organisation names and are also towns somewhere ("Police", Poland).
const NOT_PLACES = new Set(
  (
    'police fire county city state national university college school justice homeland republic union liberty ' +
    'independence commerce security health energy federal general royal united central east west north south ' +
    'eastern western northern southern new great'
  ).split(' '),
)
const WORD = /\p{Lu}[\p{L}’'.]*/gu
const COUNTY = /^(.+) (?:County|Parish|Borough)$/

/**
 * Place names inside the names of organisations and facilities: "Shreveport Police Department", "University of
 * Minnesota", "Rapides Parish Fire District". A place counts where it opens the name or follows "of", "and" or a
 * hyphen, and is a country, a region, a district or a town of 5,000 people or more; a name that is nothing but a
 * place ("Shreveport" typed ORG) counts when it is a region or a town of 20,000.
 */
export function findEmbeddedPlaces(
  text: string,
  mentions: readonly Mention[],
  gazetteer: PlaceGazetteer,
): PlaceQuery[] {
  const found: PlaceQuery[] = []
  for (const m of mentions) {
    if (!HOSTS.has(m.label)) continue
    const name = text.slice(m.start, m.end)
    const words = [...name.matchAll(WORD)].map((w) => ({ start: m.start + (w.index ?? 0), text: w[0] }))
    for (let i = 0; i < words.length; i++) {
      const before = text.slice(i === 0 ? m.start : words[i - 1].start + words[i - 1].text.length, words[i].start)
      const opens = i === 0 || /^(?:\s+(?:of|and|for)\s+|-)$/.test(before)
      if (!opens || NOT_PLACES.has(words[i].text.toLowerCase()) || ORG_WORD_SET.has(words[i].text.toLowerCase()))
        continue
      for (let n = Math.min(3, words.length - i); n > 0; n--) {
        const last = words[i + n - 1]
        const end = last.start + last.text.replace(/\.$/, '').length
        const whole = words[i].start === m.start && end === m.end
        if (isPlaceName(gazetteer, text.slice(words[i].start, end), whole)) {
          found.push({ start: words[i].start, end, text: text.slice(words[i].start, end) })
          i += n - 1
          break
        }
      }
    }
  }
  return found
}

function isPlaceName(gazetteer: PlaceGazetteer, name: string, whole: boolean): boolean {
  if (/^[A-Z]{2,4}$/.test(name)) return false
  const minTown = whole ? 20_000 : 5_000
  // A demonym inside a name is an adjective ("Philippine Department of Agriculture"), not the place.
  if (gazetteer.lookup(name).some((p) => (p & POSTING.demonym) !== 0)) return false
  return candidatesOf(gazetteer, name, false).some((i) => {
    const e = gazetteer.entry(i)
    // "Hall Financial": a US county found by its bare name ("Hall" for Hall County) is no place inside a name.
    if (e.kind === 'area' || (e.kind === 'district' && COUNTY.exec(e.name)?.[1] === name)) return false
    return e.kind !== 'city' || e.population >= minTown
  })
}
