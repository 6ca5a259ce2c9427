import { AppError } from '../../errors.js'
import type { Db, Param } from './db.js'

/** A gazetteer place as the store keeps it: one row per place any stored event or article names. */
export interface StoredPlace {
  id: string
  name: string
  lat: number
  lon: number
  country?: string
  admin1?: string
  admin1Name?: string
  kind: string
}

/** Place filters of the event queries and of the map. */
export interface PlaceFilters {
  /** ISO 3166 alpha-3 codes, comma-separated: "UKR,RUS". */
  country?: string
  /** A GeoNames admin1 code ("US.TX") or a region's name ("Texas"), comma-separated. */
  admin1?: string
  /** "minLon,minLat,maxLon,maxLat" in degrees (GeoJSON's order). */
  bbox?: string
}

/** Writes the places of one article (each place once across the corpus). */
export async function savePlaces(tx: Db, places: readonly StoredPlace[]): Promise<void> {
  for (const p of places)
    await tx.run(
      `INSERT INTO places (id, name, lat, lon, country, admin1, admin1_name, kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [p.id, p.name, p.lat, p.lon, p.country ?? null, p.admin1 ?? null, p.admin1Name ?? null, p.kind],
    )
}

/**
 * The SQL condition (on the places table as `p`) of the place filters, with its parameters; undefined when no
 * filter is set. @throws AppError invalid_input for a malformed country list or bounding box.
 */
export function placeCondition(filters: PlaceFilters): { sql: string; params: Param[] } | undefined {
  const sql: string[] = []
  const params: Param[] = []
  if (filters.country) {
    const codes = filters.country.split(',').map((c) => c.trim().toUpperCase())
    if (!codes.every((c) => /^[A-Z]{3}$/.test(c)))
      throw new AppError(
        'invalid_input',
        `expected ISO 3166 alpha-3 codes such as UKR or USA,CAN, instead found "${filters.country}"`,
      )
    sql.push(`p.country IN (${codes.map(() => '?').join(', ')})`)
    params.push(...codes)
  }
  if (filters.admin1) {
    const names = filters.admin1.split(',').map((c) => c.trim().toLowerCase())
    const list = names.map(() => '?').join(', ')
    sql.push(`(lower(p.admin1) IN (${list}) OR lower(p.admin1_name) IN (${list}))`)
    params.push(...names, ...names)
  }
  if (filters.bbox) {
    const box = filters.bbox.split(',').map(Number)
    const [minLon, minLat, maxLon, maxLat] = box
    if (
      box.length !== 4 ||
      !box.every(Number.isFinite) ||
      minLat > maxLat ||
      Math.abs(minLat) > 90 ||
      Math.abs(maxLat) > 90
    )
      throw new AppError(
        'invalid_input',
        `expected bbox=minLon,minLat,maxLon,maxLat in degrees, instead found "${filters.bbox}"`,
      )
    sql.push('p.lat >= ? AND p.lat <= ?')
    params.push(minLat, maxLat)
    // A box across the antimeridian (minLon > maxLon) wraps round.
    sql.push(minLon <= maxLon ? 'p.lon >= ? AND p.lon <= ?' : '(p.lon >= ? OR p.lon <= ?)')
    params.push(minLon, maxLon)
  }
  return sql.length ? { sql: sql.join(' AND '), params } : undefined
}

/** Rows that name a place (`location`, a place id) with that place's facts added as `place`. */
export async function attachPlaces<T extends { location?: string }>(
  db: Db,
  rows: T[],
): Promise<(T & { place?: StoredPlace })[]> {
  const ids = [...new Set(rows.map((r) => r.location).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return rows
  const found = await db.all<Record<string, string | number | null>>(
    `SELECT id, name, lat, lon, country, admin1, admin1_name, kind
     FROM places WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  )
  const byId = new Map(found.map((r) => [String(r.id), placeOf(r)]))
  return rows.map((r) => {
    const place = r.location ? byId.get(r.location) : undefined
    return place ? { ...r, place } : r
  })
}

/** A place of the map: where events happened, how many, in how many articles. */
export interface PlaceCount extends StoredPlace {
  /** Event mentions located here. */
  events: number
  /** Distinct happenings located here (an attack five outlets report counts once). */
  happenings: number
  articles: number
}

/** Filters of the map aggregate. */
export interface PlaceCountFilters extends PlaceFilters {
  type?: string
  from?: string
  to?: string
  limit?: number
}

/**
 * Events grouped by their place, most happenings first: the points of a map of the corpus. Copies of an
 * article (duplicates) are left out. @throws AppError invalid_input on a malformed filter.
 */
export async function countEventsByPlace(db: Db, filters: PlaceCountFilters): Promise<PlaceCount[]> {
  const where = ['a.duplicate_of IS NULL']
  const params: Param[] = []
  const condition = placeCondition(filters)
  if (condition) {
    where.push(condition.sql)
    params.push(...condition.params)
  }
  if (filters.type) {
    const types = filters.type.split(',').map((t) => t.trim().toUpperCase())
    if (!types.every((t) => /^[A-Z]+$/.test(t)))
      throw new AppError(
        'invalid_input',
        `expected PLOVER types such as ASSAULT or CONSULT,REQUEST, instead found "${filters.type}"`,
      )
    where.push(`e.type IN (${types.map(() => '?').join(', ')})`)
    params.push(...types)
  }
  for (const [key, op] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const value = filters[key]
    if (!value) continue
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new AppError('invalid_input', `expected ${key}=YYYY-MM-DD, instead found "${value}"`)
    where.push(`substr(e.date, 1, 10) ${op} ?`)
    params.push(value)
  }
  const limit = Math.min(Math.max(1, Math.floor(filters.limit ?? 500)), 5000)
  const rows = await db.all<Record<string, string | number | null>>(
    `SELECT p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin1_name, p.kind,
       count(*) AS events, count(DISTINCT e.happening) AS happenings, count(DISTINCT e.article_id) AS articles
     FROM events e JOIN articles a ON a.id = e.article_id JOIN places p ON p.id = e.location
     WHERE ${where.join(' AND ')}
     GROUP BY p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin1_name, p.kind
     ORDER BY happenings DESC, events DESC, p.id LIMIT ?`,
    [...params, limit],
  )
  return rows.map((r) => ({
    ...placeOf(r),
    events: Number(r.events),
    happenings: Number(r.happenings),
    articles: Number(r.articles),
  }))
}

function placeOf(r: Record<string, string | number | null>): StoredPlace {
  return {
    id: String(r.id),
    name: String(r.name),
    lat: Number(r.lat),
    lon: Number(r.lon),
    ...(r.country !== null && { country: String(r.country) }),
    ...(r.admin1 !== null && { admin1: String(r.admin1) }),
    ...(r.admin1_name !== null && { admin1Name: String(r.admin1_name) }),
    kind: String(r.kind),
  }
}
