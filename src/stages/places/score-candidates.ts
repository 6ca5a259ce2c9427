import type { PlaceEntry } from './place-gazetteer.js'
import { FEATURE } from './place-kinds.js'

/**
 * Weights of the resolver's evidence (a plain object: a tuning script may set them); tuned on the first half of
 * each geoparsing set (see docs/places.md).
 */
export const WEIGHTS = {
  /** Per tenfold of population. */
  population: 1,
  country: 3,
  region: 1.2,
  district: -0.5,
  /** Continents, seas and territories have no population here: a flat prior above most towns'. */
  area: 8,
  capital: 0.5,
  regionSeat: 0.5,
  /** A share of 1 of the article's other places in the candidate's country. */
  sameCountry: 6,
  /** A share of 1 of the article's other places in the candidate's first-level region. */
  sameRegion: 7,
  /** The dateline's country or region. */
  dateline: 2,
  /** A town near the article's other towns (see `nearness`), and how near counts. */
  near: 2,
  nearKm: 300,
  /** A town within `colocatedKm` of a town or district of another name of the article (see colocation.ts). */
  colocated: 3,
  colocatedKm: 40,
  /** The vote of a name with a single entry, against 1 for the likeliest of several. */
  sureVote: 1.5,
}

/** What the rest of the article says: the share of its places in each country and first-level region. */
export interface ArticleVotes {
  countries: Map<string, number>
  regions: Map<number, number>
  total: number
}

/** A candidate's score from its own facts alone: kind, population, capital. */
export function priorScore(e: PlaceEntry): number {
  let s = WEIGHTS.population * Math.log10(e.population + 10)
  if (e.kind === 'country') s += WEIGHTS.country
  else if (e.kind === 'region') s += WEIGHTS.region
  else if (e.kind === 'district') s += WEIGHTS.district
  else if (e.kind === 'area') s += WEIGHTS.area
  if (e.feature & FEATURE.capital) s += WEIGHTS.capital
  else if (e.feature & FEATURE.regionSeat) s += WEIGHTS.regionSeat
  return s
}

/** A candidate's score with the article's evidence: the other places' countries and regions, the dateline. */
export function contextScore(e: PlaceEntry, votes: ArticleVotes, dateline: readonly PlaceEntry[]): number {
  let s = priorScore(e)
  if (votes.total > 0) {
    s += (WEIGHTS.sameCountry * (votes.countries.get(e.country) ?? 0)) / votes.total
    // A region is not "in" itself for this vote: "Georgia" must not win by its own mentions.
    if (e.kind !== 'region' && e.admin1 >= 0)
      s += (WEIGHTS.sameRegion * (votes.regions.get(e.admin1) ?? 0)) / votes.total
  }
  for (const d of dateline) {
    if (d.index === e.index) s += WEIGHTS.dateline * 2
    else if (d.kind !== 'country' && d.admin1 >= 0 && d.admin1 === e.admin1) s += WEIGHTS.dateline
    else if (d.country === e.country) s += WEIGHTS.dateline / 2
  }
  return s
}
