import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../errors.js'
import { decodeBundle } from '../../model/model-file.js'
import { foldName } from './fold-name.js'
import { PLACE_KINDS, type PlaceKind } from './place-kinds.js'

/** Where the shipped gazetteer lives. */
export const PLACES_MODEL_PATH = fileURLToPath(new URL('../../../models/places.bin', import.meta.url))

/** One gazetteer entry, read out of the packed arrays. */
export interface PlaceEntry {
  index: number
  /** GeoNames id for towns ("2988507"), ISO3 for countries ("FRA"), GeoNames admin code for regions ("US.TX"). */
  id: string
  name: string
  kind: PlaceKind
  lat: number
  lon: number
  population: number
  /** ISO 3166 alpha-3, or '' for areas across countries. */
  country: string
  /** Entry index of the first-level region the place is in (itself for a region), or -1. */
  admin1: number
  feature: number
}

/**
 * The places gazetteer (models/places.bin, built by `npm run train:places`): every array is a view on one
 * buffer that the threads of a pool share. Names are found by binary search over sorted UTF-8 keys, so loading
 * builds nothing.
 */
export class PlaceGazetteer {
  private readonly a: Record<string, Int8Array | Int16Array | Int32Array | Float32Array>
  private readonly keyBytes: Uint8Array
  private readonly countries: string[]
  private readonly decoder = new TextDecoder()
  private readonly encoder = new TextEncoder()
  private readonly looked = new Map<string, Int32Array>()
  private readonly entries = new Map<number, PlaceEntry>()
  readonly size: number

  constructor(gz: Buffer, name = 'places') {
    const { header, arrays } = decodeBundle(gz, name)
    if (header.kind !== 'places') throw new ConfigError(`${name} is not a places gazetteer`)
    this.a = arrays as PlaceGazetteer['a']
    const keys = arrays.keyBytes
    this.keyBytes = new Uint8Array(keys.buffer, keys.byteOffset, keys.length)
    this.countries = header.labels
    this.size = header.buckets
  }

  /** Posting words (entry index with `POSTING` flags) of a name, folded first; empty when unknown. */
  lookup(name: string): Int32Array {
    let found = this.looked.get(name)
    if (!found) {
      // News repeats its place names: a bounded memo of the names looked up in this thread.
      if (this.looked.size >= 20_000) this.looked.clear()
      found = this.search(name)
      this.looked.set(name, found)
    }
    return found
  }

  private search(name: string): Int32Array {
    const key = this.encoder.encode(foldName(name))
    const starts = this.a.keyStarts as Int32Array
    let low = 0
    let high = starts.length - 2
    while (low <= high) {
      const mid = (low + high) >>> 1
      const cmp = this.compare(key, starts[mid], starts[mid + 1])
      if (cmp === 0) {
        const p = this.a.postingStarts as Int32Array
        return (this.a.postings as Int32Array).subarray(p[mid], p[mid + 1])
      }
      if (cmp < 0) high = mid - 1
      else low = mid + 1
    }
    return new Int32Array(0)
  }

  /** The query's bytes against the key at [from, to): negative when the query sorts first. */
  private compare(query: Uint8Array, from: number, to: number): number {
    const bytes = this.keyBytes
    const n = Math.min(query.length, to - from)
    for (let i = 0; i < n; i++) {
      const d = query[i] - bytes[from + i]
      if (d !== 0) return d
    }
    return query.length - (to - from)
  }

  /** The entry at `index` (memoised: candidates of common names come back in every article). */
  entry(index: number): PlaceEntry {
    let e = this.entries.get(index)
    if (!e) {
      if (this.entries.size >= 50_000) this.entries.clear()
      e = this.read(index)
      this.entries.set(index, e)
    }
    return e
  }

  private read(index: number): PlaceEntry {
    const a = this.a
    const geonameId = (a.geonameId as Int32Array)[index]
    const country = (a.country as Int16Array)[index]
    return {
      index,
      id: geonameId ? String(geonameId) : this.text('id', index),
      name: this.text('name', index),
      kind: PLACE_KINDS[(a.kind as Int8Array)[index]],
      lat: Math.round((a.lat as Float32Array)[index] * 1e4) / 1e4,
      lon: Math.round((a.lon as Float32Array)[index] * 1e4) / 1e4,
      population: (a.population as Int32Array)[index],
      country: country >= 0 ? this.countries[country] : '',
      admin1: (a.admin1 as Int32Array)[index],
      feature: (a.feature as Int8Array)[index],
    }
  }

  private text(field: 'id' | 'name', index: number): string {
    const bytes = this.a[`${field}Bytes`] as Int8Array
    const starts = this.a[`${field}Starts`] as Int32Array
    return this.decoder.decode(
      new Uint8Array(bytes.buffer, bytes.byteOffset + starts[index], starts[index + 1] - starts[index]),
    )
  }
}

let shared: PlaceGazetteer | undefined

/** The gazetteer shipped in `models/`, loaded on first use. @throws ConfigError when the file is missing. */
export function defaultPlaceGazetteer(): PlaceGazetteer {
  if (!shared) {
    if (!existsSync(PLACES_MODEL_PATH))
      throw new ConfigError(`the places gazetteer ${PLACES_MODEL_PATH} is missing: run \`npm run train:places\``)
    shared = new PlaceGazetteer(readFileSync(PLACES_MODEL_PATH), PLACES_MODEL_PATH)
  }
  return shared
}
