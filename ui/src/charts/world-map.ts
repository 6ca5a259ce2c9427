// A world map drawn offline: country outlines from world-atlas (Natural Earth, 1:110m) projected by d3-geo, with
// one circle per place, its area proportional to the happenings there. Labels only where they do not collide.
import { geoEqualEarth, geoPath } from 'd3-geo'
import { scaleSqrt } from 'd3-scale'
import type { FeatureCollection } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import { html } from '../lib/html.js'

/** One point: a place, its counts, where it links. */
export interface MapPoint {
  id: string
  name: string
  lat: number
  lon: number
  count: number
  href: string
}

const WIDTH = 960
const HEIGHT = 500
const topology = world as unknown as Topology<{ countries: GeometryCollection }>
const land = feature(topology, topology.objects.countries) as unknown as FeatureCollection
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b)
const projection = geoEqualEarth().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  { type: 'Sphere' },
)
const path = geoPath(projection)
const sphere = path({ type: 'Sphere' }) ?? ''
const countries = land.features.map((f) => path(f) ?? '')
const borderPath = path(borders) ?? ''

interface Box {
  x: number
  y: number
  w: number
  h: number
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** The map with its points, largest drawn first so that small ones stay on top and clickable. */
export function WorldMap({ points, label }: { points: MapPoint[]; label: string }) {
  const r = scaleSqrt()
    .domain([0, Math.max(1, ...points.map((p) => p.count))])
    .range([0, 22])
  const placed = points
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .map((p) => ({ ...p, xy: projection([p.lon, p.lat]) }))
    .filter((p): p is typeof p & { xy: [number, number] } => !!p.xy)
    .sort((a, b) => b.count - a.count)
  const taken: Box[] = []
  const labelled = new Set<string>()
  for (const p of placed.slice(0, 25)) {
    const w = p.name.length * 7 + 4
    const box = { x: p.xy[0] + r(p.count) + 2, y: p.xy[1] - 8, w, h: 16 }
    if (box.x + w > WIDTH || taken.some((t) => overlaps(t, box))) continue
    taken.push(box)
    labelled.add(p.id)
  }
  return html`<svg viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} class="chart-svg map" role="group" aria-label=${label}>
    <path d=${sphere} class="sea" />
    ${countries.map((d) => html`<path d=${d} class="land" />`)}
    <path d=${borderPath} class="border" />
    ${placed.map(
      (p) => html`<a href=${p.href} aria-label=${`${p.name}: ${p.count}`}>
        <circle cx=${p.xy[0]} cy=${p.xy[1]} r=${Math.max(3, r(p.count))} class="point"><title>${p.name}: ${p.count}</title></circle>
      </a>`,
    )}
    ${placed
      .filter((p) => labelled.has(p.id))
      .map(
        (p) =>
          html`<text x=${p.xy[0] + Math.max(3, r(p.count)) + 3} y=${p.xy[1] + 4} class="map-label">${p.name}</text>`,
      )}
  </svg>`
}
