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
  country: 1,
  city: 2,
  region: 4,
  division: 8,
  demonym: 16,
  group: 32,
  title: 64,
  givenName: 128,
  orgWord: 256,
  knownOrg: 512,
  seat: 1024,
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
  /**
   * Every word an entry starts with → the mask of the one-word entry it is (0 if none) plus, from bit 16, the
   * most tokens an entry starting with it has; for `exact` and `lower`: one lookup per capitalised word.
   */
  private readonly startsExact = new Map<string, number>()
  private readonly startsLower = new Map<string, number>()
  readonly data: GazetteerData

  constructor(data: GazetteerData) {
    // The index is read into the maps below and not kept (≈ 1.3 MB a thread).
    const { index, ...rest } = data
    this.data = rest
    const addKey = (key: string, bit: number) => {
      this.exact.set(key, (this.exact.get(key) ?? 0) | bit)
      const low = key.toLowerCase()
      this.lower.set(low, (this.lower.get(low) ?? 0) | bit)
    }
    if (index) for (const [key, mask] of index) addKey(key, mask)
    else this.addData(data, addKey)
    for (const [entries, starts] of [
      [this.exact, this.startsExact],
      [this.lower, this.startsLower],
    ] as const) {
      for (const [key, mask] of entries) {
        const space = key.indexOf(' ')
        const first = space < 0 ? key : key.slice(0, space)
        let words = 1
        for (let at = space; at >= 0; at = key.indexOf(' ', at + 1)) words++
        const packed = starts.get(first) ?? 1 << 16
        starts.set(first, (Math.max(packed >>> 16, words) << 16) | (packed & 0xffff) | (space < 0 ? mask : 0))
      }
    }
  }

  private addData(data: GazetteerData, addKey: (key: string, bit: number) => void): void {
    const add = (name: string, bit: number) => {
      const key = tokenize(name)
        .map((t) => name.slice(t.start, t.end))
        .join(' ')
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
    const key = tokenize(name)
      .map((t) => name.slice(t.start, t.end))
      .join(' ')
    return (caseless ? this.lower.get(key.toLowerCase()) : this.exact.get(key)) ?? 0
  }

  /** The category mask of a one-word entry, exactly as written (no tokenizing: `word` is one token), or 0. */
  lookupWord(word: string): number {
    return this.exact.get(word) ?? 0
  }

  /** Longest matches over `words`, left to right, never overlapping. */
  match(words: readonly string[], caseless: boolean): GazMatch[] {
    const map = caseless ? this.lower : this.exact
    const matches: GazMatch[] = []
    for (let i = 0; i < words.length; ) {
      const code = words[i].charCodeAt(0)
      // Entries start with a capital or a digit ("G7"); skip lower-case words unless the sentence is all caps.
      if (!caseless && !(code >= 65 && code <= 90) && code < 128 && !(code >= 48 && code <= 57)) {
        i++
        continue
      }
      const first = caseless ? words[i].toLowerCase() : words[i]
      const packed = (caseless ? this.startsLower : this.startsExact).get(first)
      if (packed === undefined) {
        i++
        continue
      }
      const longest = packed >>> 16
      let found = packed & 0xffff ? 1 : 0
      let mask = packed & 0xffff
      let key = first
      for (let n = 2; n <= longest && i + n <= words.length; n++) {
        const word = caseless ? words[i + n - 1].toLowerCase() : words[i + n - 1]
        key = `${key} ${word}`
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
  shared ??= new Gazetteer(
    JSON.parse(readFileSync(new URL('../../../models/gazetteers.json', import.meta.url), 'utf8')) as GazetteerData,
  )
  return shared
}
