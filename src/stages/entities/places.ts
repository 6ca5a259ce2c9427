import { defaultGazetteer, type GazetteerData } from '../mentions/gazetteer.js'
import { candidatesOf } from '../places/candidates.js'
import { defaultPlaceGazetteer, type PlaceEntry } from '../places/place-gazetteer.js'
import { priorScore } from '../places/score-candidates.js'

/** Country facts from the gazetteer, indexed for lookups by name. */
export interface Places {
  /** ISO3 of a country named `name` ("Britain", "U.S.", "Ukraine"), or undefined. */
  country(name: string): string | undefined
  /** ISO3 of the country whose nationality adjective or noun `word` is ("Ukrainian", "Britons"). */
  demonym(word: string): string | undefined
  /** ISO3 of the country a city is in ("Kyiv" → UKR), capitals first. */
  city(name: string): string | undefined
  /** ISO3 when `name` is a capital or a seat of power ("Moscow", "Kremlin"): a metonym for a government. */
  seat(name: string): string | undefined
  /** The usual English name of a country. */
  name(iso3: string): string
}

const strip = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .trim()

/** Builds the lookups from gazetteer data. */
export function createPlaces(data: GazetteerData): Places {
  const countries = new Map<string, string>()
  const names = new Map<string, string>()
  for (const [iso3, list] of Object.entries(data.countries)) {
    names.set(iso3, list[0])
    for (const n of list) countries.set(strip(n), iso3)
  }
  // The short forms news uses most get the final word over ambiguous package names.
  for (const [n, iso3] of [
    ['us', 'USA'],
    ['america', 'USA'],
    ['united states', 'USA'],
    ['uk', 'GBR'],
    ['britain', 'GBR'],
  ] as const)
    countries.set(n, iso3)
  names.set('USA', 'United States')
  names.set('GBR', 'United Kingdom')
  const demonyms = new Map<string, string>()
  for (const [iso3, list] of Object.entries(data.demonyms)) for (const d of list) demonyms.set(d.toLowerCase(), iso3)
  // The city index is large and most articles never ask it: built on first use.
  let cities: Map<string, string> | undefined
  const cityIndex = () => {
    if (!cities) {
      cities = new Map()
      for (const [name, iso3] of data.cities) {
        const key = strip(name)
        if (!cities.has(key)) cities.set(key, iso3)
      }
    }
    return cities
  }
  const seats = new Map<string, string>()
  for (const [name, iso3] of Object.entries(data.capitals ?? {})) seats.set(strip(name), iso3)
  for (const [name, iso3] of Object.entries(data.seats)) seats.set(strip(name), iso3)
  // "Washington" in the news is the US capital far more often than the English town or the state.
  seats.set('washington', 'USA')
  return {
    country: (name) => countries.get(strip(name)),
    demonym: (word) => demonyms.get(word.toLowerCase()),
    // "Florida" is the US state, not the largest town of that name (Florida, Cuba): regions compete with towns.
    city: (name) => seats.get(strip(name)) ?? placeCountry(name) ?? cityIndex().get(strip(name)),
    seat: (name) => seats.get(strip(name)),
    name: (iso3) => names.get(iso3) ?? iso3,
  }
}

/** ISO3 of the likeliest place of that name, without context: kind, population and capital status decide. */
function placeCountry(name: string): string | undefined {
  const gazetteer = defaultPlaceGazetteer()
  const candidates = candidatesOf(gazetteer, name, false).map((i) => gazetteer.entry(i))
  let best: PlaceEntry | undefined
  for (const c of candidates) if (!best || priorScore(c) > priorScore(best)) best = c
  return best?.country || undefined
}

let shared: Places | undefined

/** Lookups over the shipped gazetteer, built on first use. */
export function defaultPlaces(): Places {
  shared ??= createPlaces(defaultGazetteer().data)
  return shared
}
