// Map: where the corpus's events happened (GET /v1/places), filtered by event type and dates in the address. Each
// point opens the events at that place.
import { useState } from 'preact/hooks'
import { WorldMap } from '../charts/world-map.js'
import { ChartFrame } from '../components/chart-frame.js'
import { Empty, ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { EVENT_TYPES } from '../lib/palette.js'
import { go, href } from '../lib/route.js'
import { queryOf, useApi } from '../lib/use-api.js'

export function MapPage({ params }: { params: URLSearchParams }) {
  const filters = { type: params.get('type') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' }
  const { data, error, loading } = useApi(`/v1/places?${queryOf({ ...filters, limit: '500' })}`)
  const places: Json[] = data?.places ?? []
  const eventsAt = (p: Json) =>
    href(['search'], { tab: 'events', where: p.name, type: filters.type, from: filters.from, to: filters.to })
  const points = places.map((p) => ({
    id: String(p.id),
    name: String(p.name ?? p.id),
    lat: Number(p.lat),
    lon: Number(p.lon),
    count: Number(p.happenings ?? p.events) || 0,
    href: eventsAt(p),
  }))
  return html`
    <h1>Map of events</h1>
    <${MapFilters} key=${params.toString()} filters=${filters} />
    ${loading && html`<${Loading} what="Loading the places…" />`}
    <${ErrorNote} message=${error} />
    ${data && !places.length && html`<${Empty}>No event in the corpus has a place${filters.type || filters.from || filters.to ? ' with these filters' : ''}.</${Empty}>`}
    ${
      places.length > 0 &&
      html`<${ChartFrame} id="map-chart" title="Where events happened"
        caption="One circle per place, its area by the number of happenings there (a happening told by several outlets counts once). Choose a circle to see its events."
        rows=${places} columns=${[
          { label: 'place', value: (p: Json) => p.name },
          { label: 'country', value: (p: Json) => p.country },
          { label: 'region', value: (p: Json) => p.admin1Name },
          { label: 'kind', value: (p: Json) => p.kind },
          { label: 'happenings', value: (p: Json) => p.happenings },
          { label: 'events', value: (p: Json) => p.events },
          { label: 'articles', value: (p: Json) => p.articles },
          { label: 'lat', value: (p: Json) => p.lat },
          { label: 'lon', value: (p: Json) => p.lon },
        ]} cellLink=${(p: Json, k: number) => (k === 0 ? eventsAt(p) : undefined)}>
        <${WorldMap} points=${points} label=${`map of ${places.length} places where events happened`} />
      </${ChartFrame}>`
    }`
}

function MapFilters({ filters }: { filters: { type: string; from: string; to: string } }) {
  const [values, setValues] = useState(filters)
  const set = (key: keyof typeof filters) => (e: Event) =>
    setValues({ ...values, [key]: (e.target as HTMLInputElement).value })
  return html`<form class="panel row" onSubmit=${(e: Event) => {
    e.preventDefault()
    go(['map'], values)
  }}>
    <label>Event type <select id="map-type" value=${values.type} onChange=${set('type')}>
      <option value="">any</option>${EVENT_TYPES.map((t) => html`<option>${t}</option>`)}</select></label>
    <label>From <input id="map-from" type="date" value=${values.from} onInput=${set('from')} /></label>
    <label>To <input id="map-to" type="date" value=${values.to} onInput=${set('to')} /></label>
    <button type="submit">Show</button>
  </form>`
}
