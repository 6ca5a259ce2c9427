import { readFileSync } from 'node:fs'
import { tokenize } from '../text/tokenize.js'

/** The gazetteer file `models/gazetteers.json`, built by `npm run train:gazetteers`. */
export interface GazetteerData {
  /** ISO3 → names and aliases. */
  countries: Record<string, string[]>
  /** [name, ISO3, population] (population 0 for capitals not in the city data). */
  cities: [string, string, number][]
  regions: string[]
  divisions: string[]
  /** ISO3 → nationality adjectives and nouns. */
  demonyms: Record<string, string[]>
  groups: string[]
  titles: string[]
  givenNames: string[]
  orgWords: string[]
  knownOrgs: string[]
  /** Seat of power → ISO3: "Kremlin" → RUS. */
  seats: Record<string, string>
  /** Capital city → ISO3 of its country. */
  capitals: Record<string, string>
  /** Every entry already tokenized (tokens joined by spaces) with its category mask: saves tokenizing at load. */
  index?: [string, number][]
}

/** Gazetteer categories, as bits of a mask. */
export const GAZ = {
  country: 1, city: 2, region: 4, division: 8, demonym: 16, group: 32, title: 64, givenName: 128, orgWord: 256,
  knownOrg: 512, seat: 1024,
} as const

/** Number of gazetteer categories. */
export const GAZ_CATEGORIES = Object.keys(GAZ).length
const MAX_TOKENS = 6

/** A match of a gazetteer entry over tokens [start, end). */
export interface GazMatch {
  start: number
  end: number
  mask: number
}

/**
 * Token-sequence gazetteer: entries are tokenized like article text, then matched longest-first, left to right.
 * Matching is case-sensitive, except in all-caps sentences (headlines), where it compares lower case.
 */
export class Gazetteer {
  private readonly exact = new Map<string, number>()
  private readonly lower = new Map<string, number>()
  /** First word of a multi-word entry (exact, and lower case) → the most tokens an entry starting with it has. */
  private readonly longest = new Map<string, number>()
  readonly data: GazetteerData

  constructor(data: GazetteerData) {
    this.data = data
    const addKey = (key: string, bit: number) => {
      this.exact.set(key, (this.exact.get(key) ?? 0) | bit)
      const low = key.toLowerCase()
      this.lower.set(low, (this.lower.get(low) ?? 0) | bit)
      // Only entries of several words need a look-ahead; one-word entries are found without it.
      const space = key.indexOf(' ')
      if (space < 0) return
      const first = key.slice(0, space)
      const length = key.split(' ').length
      for (const w of [first, first.toLowerCase()]) this.longest.set(w, Math.max(this.longest.get(w) ?? 1, length))
    }
    if (data.index) {
      for (const [key, mask] of data.index) addKey(key, mask)
      return
    }
    const add = (name: string, bit: number) => {
      const key = tokenize(name).map((t) => name.slice(t.start, t.end)).join(' ')
      if (key && key.split(' ').length <= MAX_TOKENS) addKey(key, bit)
    }
    for (const names of Object.values(data.countries)) for (const n of names) add(n, GAZ.country)
    for (const [name] of data.cities) add(name, GAZ.city)
    for (const n of data.regions) add(n, GAZ.region)
    for (const n of data.divisions) add(n, GAZ.division)
    for (const forms of Object.values(data.demonyms)) for (const n of forms) add(n, GAZ.demonym)
    for (const n of data.groups) add(n, GAZ.group)
    for (const n of data.titles) add(n, GAZ.title)
    for (const n of data.givenNames) add(n, GAZ.givenName)
    for (const n of data.orgWords) add(n, GAZ.orgWord)
    for (const n of data.knownOrgs) add(n, GAZ.knownOrg)
    for (const n of Object.keys(data.seats)) add(n, GAZ.seat)
  }

  /** Every entry with its category mask, for `GazetteerData.index`. */
  entries(): [string, number][] {
    return [...this.exact]
  }

  /** The category mask of an exact entry, or 0. */
  lookup(name: string, caseless = false): number {
    const key = tokenize(name).map((t) => name.slice(t.start, t.end)).join(' ')
    return (caseless ? this.lower.get(key.toLowerCase()) : this.exact.get(key)) ?? 0
  }

  /** Longest matches over `words`, left to right, never overlapping. */
  match(words: readonly string[], caseless: boolean): GazMatch[] {
    const map = caseless ? this.lower : this.exact
    const matches: GazMatch[] = []
    for (let i = 0; i < words.length; ) {
      const first = words[i].charCodeAt(0)
      // Entries start with a capital or a digit ("G7"); skip lower-case words unless the sentence is all caps.
      if (!caseless && !(first >= 65 && first <= 90) && first < 128 && !(first >= 48 && first <= 57)) {
        i++
        continue
      }
      const longest = this.longest.get(caseless ? words[i].toLowerCase() : words[i]) ?? 1
      let found = 0
      let mask = 0
      let key = ''
      for (let n = 1; n <= longest && i + n <= words.length; n++) {
        const word = caseless ? words[i + n - 1].toLowerCase() : words[i + n - 1]
        key = n === 1 ? word : `${key} ${word}`
        const m = map.get(key)
        if (m !== undefined) {
          found = n
          mask = m
        }
      }
      if (found) {
        matches.push({ start: i, end: i + found, mask })
        i += found
      } else i++
    }
    return matches
  }
}

let shared: Gazetteer | undefined

/** The gazetteer shipped in `models/`, loaded once on first use. */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(JSON.parse(readFileSync(new URL('../../../models/gazetteers.json', import.meta.url), 'utf8')) as GazetteerData)
  return shared
}
