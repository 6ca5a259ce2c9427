import type { Place } from '../doc/types.js'
import { analyzeDoc } from '../pipeline/analyze.js'
import { defaultPlaceGazetteer } from '../stages/places/place-gazetteer.js'
import { resolvePlaces } from '../stages/places/resolve-places.js'
import { rawToNormalized } from './align-offsets.js'
import { distanceKm, type GeoArticle } from './geoparsing.js'
import { prf, type PRF } from './score-spans.js'

/** Toponym resolution on gold spans: share within 161 km (100 miles), median error, and how many were scored. */
export interface ResolutionScore {
  accuracy161: number
  medianKm: number
  n: number
  /** Gold toponyms with coordinates the resolver found no entry for (counted as wrong, 20,000 km off). */
  unresolved: number
}

/** The result of `newsgraph eval geo` on one set of articles. */
export interface GeoScore {
  resolution: ResolutionScore
  /** Our places against the gold toponym spans, one to one, a match when the spans overlap. */
  tagging: PRF
  /** The same with exact spans only. */
  taggingExact: PRF
  articles: number
}

/** Scores per part: the first half of the articles (tuned on), the second half (untouched), and all. */
export interface GeoReport {
  tune: GeoScore
  heldOut: GeoScore
  all: GeoScore
}

const UNRESOLVED_KM = 20_000

interface ArticleResult {
  errors: number[]
  unresolved: number
  tp: number
  exact: number
  predicted: number
  gold: number
}

/**
 * Geoparsing evaluation. Resolution: each article's gold toponym spans are resolved together, in the article's
 * context (its text and dateline), by the places resolver, and the distance from our point to the gold one is
 * measured. Tagging: the places the pipeline finds against every gold toponym span.
 */
export function evalGeo(articles: readonly GeoArticle[]): GeoReport {
  const results = articles.map(scoreArticle)
  const half = Math.ceil(results.length / 2)
  return {
    tune: summarise(results.slice(0, half)),
    heldOut: summarise(results.slice(half)),
    all: summarise(results),
  }
}

function scoreArticle(article: GeoArticle): ArticleResult {
  const doc = analyzeDoc(article.text)
  const map = rawToNormalized(article.text, doc.text)
  const gold = article.toponyms.map((t) => ({ ...t, start: map[t.start], end: map[t.end] }))
  const located = gold.filter((t) => t.lat !== undefined && t.end > t.start)
  const queries = located.map((t) => ({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end) }))
  const dateline = doc.structure.dateline?.place
  const resolved = resolvePlaces(defaultPlaceGazetteer(), doc.text, queries, dateline ? { dateline } : {})
  const errors: number[] = []
  let unresolved = 0
  located.forEach((t, k) => {
    const p = resolved[k]
    if (!p) unresolved++
    errors.push(p ? distanceKm(p.lat, p.lon, t.lat as number, t.lon as number) : UNRESOLVED_KM)
  })
  const { tp, exact } = matchSpans(doc.places, gold)
  return { errors, unresolved, tp, exact, predicted: doc.places.length, gold: gold.length }
}

/** One-to-one matches of our places to gold spans: overlapping, and exactly equal. */
function matchSpans(places: readonly Place[], gold: readonly { start: number; end: number }[]) {
  const taken = new Set<number>()
  let tp = 0
  let exact = 0
  for (const g of gold) {
    let best = -1
    for (let k = 0; k < places.length; k++) {
      const p = places[k]
      if (taken.has(k) || !(p.start < g.end && g.start < p.end)) continue
      if (best < 0 || (p.start === g.start && p.end === g.end)) best = k
    }
    if (best < 0) continue
    taken.add(best)
    tp++
    if (places[best].start === g.start && places[best].end === g.end) exact++
  }
  return { tp, exact }
}

function summarise(results: readonly ArticleResult[]): GeoScore {
  const errors = results.flatMap((r) => r.errors).sort((a, b) => a - b)
  const within = errors.filter((e) => e <= 161).length
  const sum = (f: (r: ArticleResult) => number) => results.reduce((s, r) => s + f(r), 0)
  const median = errors.length
    ? errors.length % 2
      ? errors[(errors.length - 1) / 2]
      : (errors[errors.length / 2 - 1] + errors[errors.length / 2]) / 2
    : 0
  return {
    resolution: {
      accuracy161: errors.length ? within / errors.length : 0,
      medianKm: Math.round(median * 10) / 10,
      n: errors.length,
      unresolved: sum((r) => r.unresolved),
    },
    tagging: prf({ tp: sum((r) => r.tp), predicted: sum((r) => r.predicted), gold: sum((r) => r.gold) }),
    taggingExact: prf({ tp: sum((r) => r.exact), predicted: sum((r) => r.predicted), gold: sum((r) => r.gold) }),
    articles: results.length,
  }
}
