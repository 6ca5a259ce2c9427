import type { PlaceEntry } from './place-gazetteer.js'

/** Grid cells of a tenth of a degree for finding towns near each other. */
const CELL = 0.1

/** One name's towns and districts, for the colocation of the others. */
export interface NamedPoints {
  key: string
  points: readonly PlaceEntry[]
}

/**
 * How near each candidate lies to some candidate of another name of the article, in kilometres: "Huntsville"
 * beside "Walker County" is the Texan town, seat of the Texan county, wherever the better-known Huntsville is.
 * A grid of the other names' towns keeps this linear in the candidates. Returns, per name and candidate
 * index, the distance to the nearest town or district of another name, for the candidates with one within `km`.
 */
export function colocatedKm(names: readonly NamedPoints[], km: number): Map<string, Map<number, number>> {
  const span = Math.ceil(km / 111 / CELL)
  const grid = new Map<string, { key: string; e: PlaceEntry }[]>()
  const cell = (lat: number, lon: number) => `${Math.floor(lat / CELL)},${Math.floor(lon / CELL)}`
  for (const n of names)
    for (const e of n.points) {
      const k = cell(e.lat, e.lon)
      const list = grid.get(k)
      if (list) list.push({ key: n.key, e })
      else grid.set(k, [{ key: n.key, e }])
    }
  const out = new Map<string, Map<number, number>>()
  for (const n of names) {
    const near = new Map<number, number>()
    for (const e of n.points) {
      const la = Math.floor(e.lat / CELL)
      const lo = Math.floor(e.lon / CELL)
      // Longitude cells shrink toward the poles: widen the search there.
      const spanLon = Math.ceil(span / Math.max(0.2, Math.cos((e.lat * Math.PI) / 180)))
      let bestKm = Number.POSITIVE_INFINITY
      for (let i = la - span; i <= la + span; i++)
        for (let j = lo - spanLon; j <= lo + spanLon; j++) {
          for (const o of grid.get(`${i},${j}`) ?? []) {
            // "Clarke" and "Clarke County" are one place named twice: no evidence for each other.
            if (o.key === n.key || o.e.index === e.index) continue
            const d = flatKm(e, o.e)
            if (d < bestKm) bestKm = d
          }
        }
      if (bestKm <= km) near.set(e.index, bestKm)
    }
    out.set(n.key, near)
  }
  return out
}

/** Degrees to kilometres, flat: exact enough within a few hundred kilometres. */
export function flatKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111
  const dLon = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180)
  return Math.sqrt(dLat * dLat + dLon * dLon)
}
