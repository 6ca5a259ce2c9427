import type { Place, Span } from '../../doc/types.js'
import { candidatesOf } from './candidates.js'
import { colocatedKm, type NamedPoints } from './colocation.js'
import { foldName } from './fold-name.js'
import type { PlaceEntry, PlaceGazetteer } from './place-gazetteer.js'
import { FEATURE } from './place-kinds.js'
import { readQualifier } from './read-qualifier.js'
import { type ArticleVotes, contextScore, priorScore, WEIGHTS } from './score-candidates.js'

/** A name to resolve: a place mention, a demonym standing for a place, or a gold toponym in evaluation. */
export interface PlaceQuery extends Span {
  text: string
  demonym?: boolean
  /** The name stands for a government ("Moscow said"): a capital, a country or a region, where one has the name. */
  metonym?: boolean
}

/** Evidence about the whole article besides its place names. */
export interface ResolveOptions {
  /** The dateline's place, as written: "KYIV", "Alexandria, La.". */
  dateline?: string
}

interface Pending {
  query: PlaceQuery
  key: string
  candidates: PlaceEntry[]
  fixed?: PlaceEntry
  choice?: PlaceEntry
  rule: string
  confidence: number
}

/**
 * Resolves place names to gazetteer entries, using the whole article: a qualifier after the name ("Paris,
 * Texas"), the dateline, and the countries and regions of the article's other places, on top of each entry's
 * prior (kind, population, capital). One name keeps one sense in an article unless a qualifier says otherwise.
 * Returns one place (or undefined for an unknown name) per query, in the queries' order.
 */
export function resolvePlaces(
  gazetteer: PlaceGazetteer,
  text: string,
  queries: readonly PlaceQuery[],
  options: ResolveOptions = {},
): (Place | undefined)[] {
  const entries = new Map<number, PlaceEntry>()
  const entry = (i: number) => {
    let e = entries.get(i)
    if (!e) entries.set(i, (e = gazetteer.entry(i)))
    return e
  }
  const dateline = options.dateline ? resolveDateline(gazetteer, options.dateline, entry) : []
  // "Moscow said" anywhere makes every "Moscow" of the article the capital: one name, one sense.
  const metonyms = new Set(queries.filter((q) => q.metonym).map((q) => foldName(q.text)))
  // Where a name follows another and a comma: "Atlanta, Georgia" — the name after it, by its start.
  const follows = new Map<number, PlaceQuery>()
  for (const q of queries) {
    const after = /^,\s+/.exec(text.slice(q.end, q.end + 4))
    if (after) follows.set(q.end + after[0].length, q)
  }
  const pending: Pending[] = queries.map((query) => {
    let candidates = candidatesOf(gazetteer, query.text, query.demonym === true).map(entry)
    if (metonyms.has(foldName(query.text))) {
      const seats = candidates.filter((c) => c.kind !== 'city' || c.feature & FEATURE.capital)
      if (seats.length) candidates = seats
    }
    const p: Pending = { query, key: foldName(query.text), candidates, rule: 'places/prior', confidence: 0 }
    // "Seattle, Washington": the words after a place and a comma are its region or country.
    const inner = follows.get(query.start)
    if (candidates.length > 1 && inner) {
      const outer = candidates.filter((c) => c.kind === 'region' || c.kind === 'country')
      // The state of Atlanta, not the country: the outer entries that hold a place of the name before it.
      const towns = candidatesOf(gazetteer, inner.text, false).map(entry)
      const holding = outer.filter((o) => towns.some((t) => contains(o, t)))
      if (holding.length) {
        p.fixed = best(holding, priorScore)
        p.rule = 'places/qualifier'
        p.confidence = 0.95
      } else if (outer.length) {
        p.fixed = best(outer, priorScore)
        p.rule = 'places/qualifier'
        p.confidence = 0.9
      }
    }
    if (candidates.length > 1 && !query.demonym && !p.fixed) {
      const qualifier = readQualifier(gazetteer, text, query.end)
      const inside = qualifier && candidates.filter((c) => qualifier.entries.some((q) => contains(entry(q), c)))
      if (inside?.length) {
        p.fixed = best(inside, priorScore)
        p.rule = 'places/qualified'
        p.confidence = 0.95
      }
    }
    return p
  })
  // Towns and districts of different names that lie together: "Huntsville" and "Walker County", both Texan.
  const byKey = new Map<string, PlaceEntry[]>()
  for (const p of pending) if (!byKey.has(p.key)) byKey.set(p.key, p.candidates.filter(isLocal))
  const named: NamedPoints[] = [...byKey].map(([key, points]) => ({ key, points }))
  const colocated = colocatedKm(named, WEIGHTS.colocatedKm)
  // First pass: each name's best entry by its prior (and the dateline); these vote for countries and regions.
  const votesByKey = new Map<string, ArticleVotes>()
  const all: ArticleVotes = { countries: new Map(), regions: new Map(), total: 0 }
  const none: ArticleVotes = { countries: new Map(), regions: new Map(), total: 0 }
  const anchors: { key: string; lat: number; lon: number; weight: number }[] = []
  // The first-level regions the article names, by name: a list of states keeps "Washington" the state.
  const regionsNamed = new Map<string, PlaceEntry>()
  for (const p of pending) {
    if (!p.candidates.length) continue
    const together = colocated.get(p.key)
    const first =
      p.fixed ?? best(p.candidates, (c) => contextScore(c, none, dateline) + colocation(together?.get(c.index)))
    // A name with one entry (or a qualified one) is surer evidence than the likeliest of many.
    const weight = p.fixed ? 2 : p.candidates.length === 1 ? WEIGHTS.sureVote : 1
    for (const v of [all, upsert(votesByKey, p.key)]) vote(v, first, weight)
    if (first.kind === 'region') regionsNamed.set(p.key, first)
    if (first.kind === 'city' || first.kind === 'district')
      anchors.push({ key: p.key, lat: first.lat, lon: first.lon, weight })
  }
  // Second pass: each name against the others' votes (its own mentions left out).
  const choices = new Map<string, { choice: PlaceEntry; confidence: number; rule: string }>()
  for (const p of pending) {
    if (!p.candidates.length) continue
    if (p.fixed) {
      p.choice = p.fixed
      continue
    }
    const known = choices.get(p.key)
    if (known) Object.assign(p, known)
    else {
      const votes = without(all, votesByKey.get(p.key))
      const together = colocated.get(p.key)
      const near = anchors.filter((a) => a.key !== p.key)
      const scored = p.candidates
        .map((c) => ({
          c,
          s: contextScore(c, votes, dateline) + nearness(c, near) + colocation(together?.get(c.index)),
        }))
        .sort((a, b) => b.s - a.s)
      let choice = scored[0].c
      const prior = best(p.candidates, priorScore)
      let rule = dateline.some((d) => d.index === choice.index)
        ? 'places/dateline'
        : prior.index === choice.index
          ? 'places/prior'
          : together?.has(choice.index)
            ? 'places/colocated'
            : 'places/context'
      // "Washington": a region named like its country's capital is, in the news, mostly the capital, unless the
      // article lists two or more other regions of the country ("Texas, Iowa and Washington").
      const capital =
        choice.kind === 'region' &&
        siblings(regionsNamed, p.key, choice) < 2 &&
        p.candidates.find((c) => c.feature & FEATURE.capital && c.country === choice.country)
      if (capital) {
        choice = capital
        rule = 'places/capital-over-region'
      }
      // "Alexandria", "New York": a region named after its big city is, in the news, mostly the city.
      if (choice.kind === 'region') {
        const city = p.candidates.find(
          (c) => c.kind === 'city' && c.admin1 === choice.index && c.population >= 0.2 * choice.population,
        )
        if (city) {
          choice = city
          rule = 'places/city-over-region'
        }
      }
      const margin = scored.length > 1 ? scored[0].s - scored[1].s : 3
      const confidence = Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100
      choices.set(p.key, { choice, confidence, rule })
      Object.assign(p, { choice, confidence, rule })
    }
  }
  return pending.map((p) => (p.choice ? toPlace(p, entry, text) : undefined))
}

/**
 * A town's bonus for lying near the article's other towns: an article stays mostly in one region. Full within
 * a few kilometres, none past `WEIGHTS.nearKm`.
 */
function nearness(c: PlaceEntry, anchors: readonly { lat: number; lon: number; weight: number }[]): number {
  if (c.kind !== 'city' && c.kind !== 'district') return 0
  let bonus = 0
  for (const a of anchors) {
    // Degrees to kilometres, flat: exact enough within a few hundred kilometres.
    const dLat = (c.lat - a.lat) * 111
    const dLon = (c.lon - a.lon) * 111 * Math.cos((c.lat * Math.PI) / 180)
    const km = Math.sqrt(dLat * dLat + dLon * dLon)
    if (km < WEIGHTS.nearKm) bonus = Math.max(bonus, WEIGHTS.near * (1 - km / WEIGHTS.nearKm) * Math.min(a.weight, 1.5))
  }
  return bonus
}

/** How many other regions of `region`'s country the article names (by names other than `key`). */
function siblings(named: ReadonlyMap<string, PlaceEntry>, key: string, region: PlaceEntry): number {
  const others = new Set<number>()
  for (const [k, e] of named)
    if (k !== key && e.country === region.country && e.index !== region.index) others.add(e.index)
  return others.size
}

/** A bonus for a town within `WEIGHTS.colocatedKm` of a town or district of another name, full at 0 km. */
function colocation(km: number | undefined): number {
  return km === undefined ? 0 : WEIGHTS.colocated * (1 - km / WEIGHTS.colocatedKm)
}

function isLocal(e: PlaceEntry): boolean {
  return e.kind === 'city' || e.kind === 'district'
}

/** The dateline's place: "Alexandria, La." → the Louisiana town; "KYIV" → the capital. */
function resolveDateline(gazetteer: PlaceGazetteer, place: string, entry: (i: number) => PlaceEntry): PlaceEntry[] {
  const [head, ...rest] = place.split(',').map((s) => s.trim())
  const title = head.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
  const candidates = candidatesOf(gazetteer, title, false).map(entry)
  if (!candidates.length) return []
  const qualifier = rest.length ? candidatesOf(gazetteer, rest.join(' '), false).map(entry) : []
  const inside = candidates.filter((c) => qualifier.some((q) => q.index !== c.index && contains(q, c)))
  return [best(inside.length ? inside : candidates, priorScore)]
}

/** True when `outer` (a country, region or district) holds `inner`. */
function contains(outer: PlaceEntry, inner: PlaceEntry): boolean {
  if (outer.index === inner.index) return false
  if (outer.kind === 'country') return outer.country === inner.country
  if (outer.kind === 'region') return inner.admin1 === outer.index
  if (outer.kind === 'district') return inner.admin1 === outer.admin1 && inner.kind === 'city'
  return false
}

function best(list: readonly PlaceEntry[], score: (e: PlaceEntry) => number): PlaceEntry {
  let top = list[0]
  let topScore = score(top)
  for (let i = 1; i < list.length; i++) {
    const s = score(list[i])
    if (s > topScore) {
      top = list[i]
      topScore = s
    }
  }
  return top
}

function upsert(map: Map<string, ArticleVotes>, key: string): ArticleVotes {
  let v = map.get(key)
  if (!v) map.set(key, (v = { countries: new Map(), regions: new Map(), total: 0 }))
  return v
}

function vote(v: ArticleVotes, e: PlaceEntry, weight: number): void {
  if (e.country) v.countries.set(e.country, (v.countries.get(e.country) ?? 0) + weight)
  if (e.admin1 >= 0) v.regions.set(e.admin1, (v.regions.get(e.admin1) ?? 0) + weight)
  v.total += weight
}

/** `all` less `own`. */
function without(all: ArticleVotes, own: ArticleVotes | undefined): ArticleVotes {
  if (!own) return all
  const countries = new Map(all.countries)
  for (const [k, n] of own.countries) countries.set(k, (countries.get(k) ?? 0) - n)
  const regions = new Map(all.regions)
  for (const [k, n] of own.regions) regions.set(k, (regions.get(k) ?? 0) - n)
  return { countries, regions, total: all.total - own.total }
}

function toPlace(p: Pending, entry: (i: number) => PlaceEntry, text: string): Place {
  const e = p.choice as PlaceEntry
  const region = e.admin1 >= 0 ? entry(e.admin1) : undefined
  const place: Place = {
    start: p.query.start,
    end: p.query.end,
    text: text.slice(p.query.start, p.query.end),
    id: e.id,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    kind: e.kind,
    confidence: p.candidates.length === 1 && !p.fixed ? 0.9 : p.confidence,
    rule: p.query.demonym ? 'places/demonym' : p.candidates.length === 1 && !p.fixed ? 'places/only' : p.rule,
  }
  if (e.country) place.country = e.country
  if (region) {
    place.admin1 = region.id
    place.admin1Name = region.name
  }
  return place
}
