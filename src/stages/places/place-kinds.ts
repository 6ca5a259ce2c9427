/**
 * Feature kinds of gazetteer entries, by their number in the model file: a country, a first-level region (a US
 * state, a province), a second-level district (a county), a city or town, or an area without administrative
 * code (a continent, a sea, a disputed territory).
 */
export const PLACE_KINDS = ['country', 'region', 'district', 'city', 'area'] as const

/** A feature kind of the gazetteer. */
export type PlaceKind = (typeof PLACE_KINDS)[number]

/** Kind numbers, as stored in the model file. */
export const KIND = { country: 0, region: 1, district: 2, city: 3, area: 4 } as const

/** Flags on a posting (an index key → an entry): how the name relates to the place. */
export const POSTING = {
  /** The key is a nationality or regional adjective ("French", "Texan"): a place only where it stands for one. */
  demonym: 1 << 30,
  /** The key is an abbreviation ("La.", "TX"), read only right after "Place, ". */
  qualifierOnly: 1 << 29,
  /** Mask of the entry index. */
  entry: (1 << 29) - 1,
} as const

/** Flags on an entry's feature byte. */
export const FEATURE = {
  /** A national capital (GeoNames PPLC). */
  capital: 1,
  /** The seat of a first-level region (PPLA). */
  regionSeat: 2,
  /** The seat of a second-level district (PPLA2). */
  districtSeat: 4,
} as const
