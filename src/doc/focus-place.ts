import type { Place } from './types.js'

/**
 * The article's focus place: the dateline's place when there is one, else the place named most often (demonyms
 * and areas across countries aside; the earliest on a tie). Undefined for an article with no place.
 * @example focusPlace(doc.places)?.id // '2988507' (Paris)
 */
export function focusPlace(places: readonly Place[]): Place | undefined {
  const dateline = places.find((p) => p.rule === 'places/dateline')
  if (dateline) return dateline
  const counts = new Map<string, { place: Place; n: number }>()
  for (const p of places) {
    if (p.rule === 'places/demonym' || !p.country) continue
    const known = counts.get(p.id)
    if (known) known.n++
    else counts.set(p.id, { place: p, n: 1 })
  }
  let best: { place: Place; n: number } | undefined
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.place
}
